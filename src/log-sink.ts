/**
 * Where a server's log lines go: stdout, one write per turn of the event loop instead of one per line.
 *
 * Why: on Linux, Node writes to a pipe or a file synchronously, so each log line is a system call on
 * the request path (CloudWatch's awslogs driver reads a pipe). Under load several requests finish in
 * one turn of the event loop; joining their lines into one write saves most of those calls. A line
 * waits at most until the loop comes round (setImmediate), and whatever is pending is written
 * synchronously when the process exits, so a crash after a request logged it still shows the line.
 */
import type { Writable } from 'node:stream';

/** A line writer that batches lines for `stream` until the event loop's next turn. */
export function batchedLineWriter(stream: Writable = process.stdout): (line: string) => void {
  let pending = '';
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    stream.write(chunk);
  };
  process.on('exit', flush);
  return (line) => {
    pending += `${line}\n`;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

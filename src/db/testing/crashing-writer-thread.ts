/**
 * A stand-in SQLite writer thread for sqlite-writer.ts's tests, speaking the real protocol without
 * a database: it answers each insert with a row id counting from 1, holds back the answer to an
 * insert whose first value is `hold`, and throws an uncaught exception (node then fires 'error'
 * and 'exit') on one whose first value is `crash`.
 */
import { parentPort } from 'node:worker_threads';

const port = parentPort;
if (port === null) throw new Error('crashing-writer-thread.ts must run as a worker thread');
let rowId = 0;
port.on('message', (message: { id: number; values: unknown[] } | { close: true }) => {
  if ('close' in message) {
    port.close();
    return;
  }
  if (message.values[0] === 'crash') {
    setImmediate(() => {
      throw new Error('crashed on purpose');
    });
    return;
  }
  if (message.values[0] === 'hold') return;
  port.postMessage({ id: message.id, rowId: (rowId += 1) });
});
port.postMessage({ ready: true });

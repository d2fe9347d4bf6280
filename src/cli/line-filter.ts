/**
 * Line for line from a stream to a stream: one line in, one line out, the line endings kept.
 *
 * `textops spell` and `textops space` are filters: each line is transformed on its own and
 * written with the same terminator it came with ("\n", "\r\n", or none on a last unterminated
 * line), so `diff` between input and output shows only the engine's changes. Bytes are decoded as
 * UTF-8 across chunk boundaries; output respects back-pressure.
 */
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';

/** Copy `input` to `output`, passing each line (without its terminator) through `transform`. */
export async function filterLines(input: Readable, output: Writable, transform: (line: string) => string): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = async (text: string): Promise<void> => {
    if (!output.write(text)) await once(output, 'drain');
  };
  const flushLines = async (final: boolean): Promise<void> => {
    let start = 0;
    let newline = pending.indexOf('\n');
    let out = '';
    while (newline !== -1) {
      const crlf = newline > start && pending.charCodeAt(newline - 1) === 13;
      out += transform(pending.slice(start, crlf ? newline - 1 : newline)) + (crlf ? '\r\n' : '\n');
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
    if (final && pending !== '') {
      out += transform(pending);
      pending = '';
    }
    if (out !== '') await emit(out);
  };
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    await flushLines(false);
  }
  pending += decoder.end();
  await flushLines(true);
}

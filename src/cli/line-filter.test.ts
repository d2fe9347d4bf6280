import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { filterLines } from './line-filter.ts';

async function run(chunks: (string | Buffer)[], transform: (line: string) => string): Promise<string> {
  const output = new PassThrough();
  const collected: Buffer[] = [];
  output.on('data', (chunk: Buffer) => collected.push(chunk));
  await filterLines(Readable.from(chunks), output, transform);
  return Buffer.concat(collected).toString('utf8');
}

describe('filterLines', () => {
  it('gives empty output for empty input', async () => {
    assert.equal(await run([], (line) => `[${line}]`), '');
  });

  it('writes one line out for each line in, keeping \\n and \\r\\n endings', async () => {
    assert.equal(await run(['a\nb\r\n\nc\n'], (line) => `[${line}]`), '[a]\n[b]\r\n[]\n[c]\n');
  });

  it('keeps a last line without a terminator unterminated', async () => {
    assert.equal(await run(['a\nlast'], (line) => line.toUpperCase()), 'A\nLAST');
  });

  it('joins lines and multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('héllo wörld\n😀x\n');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9, 14), bytes.subarray(14)];
    assert.equal(await run(chunks, (line) => `<${line}>`), '<héllo wörld>\n<😀x>\n');
  });
});

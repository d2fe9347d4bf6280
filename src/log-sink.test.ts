import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { batchedLineWriter } from './log-sink.ts';

describe('batchedLineWriter', () => {
  it('writes the lines of one turn of the event loop in one write, in order', async () => {
    const stream = new PassThrough();
    const writes: string[] = [];
    stream.on('data', (chunk: Buffer) => writes.push(chunk.toString()));
    const write = batchedLineWriter(stream);
    write('one');
    write('two');
    write('three');
    assert.deepEqual(writes, []);
    await nextTurn();
    await nextTurn();
    assert.deepEqual(writes, ['one\ntwo\nthree\n']);
    write('four');
    await nextTurn();
    await nextTurn();
    assert.deepEqual(writes, ['one\ntwo\nthree\n', 'four\n']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeTrigramModel, encodeTrigramModel } from './trigram-costs.ts';
import type { TrigramModel } from './second-order.ts';

const startId = 3;
const model: TrigramModel = {
  ids: { contextKey: new Float64Array([2 ** 21 + 2]), continuationFrom: new Int32Array([0, 1, 1, 1, 1]), contextFrom: new Int32Array([1, 2]), word: new Int32Array([2, 0]), tripleStart: 1 },
  cost: new Float32Array([1.5, 0.25]),
  continuationBackoff: new Float32Array([0.5, 0, 0, 0]),
  contextBackoff: new Float32Array([0.75]),
  contextsFrom: new Int32Array([0, 0, 0, 1, 1]),
  mergeFilter: new Uint32Array([1, 2, 3]),
  wordFilter: new Uint32Array([4, 5]),
  splitFilter: new Uint32Array([6, 7]),
  classes: { width: 3, wordClass: new Float32Array([0, 0.5, 1, 0, 0, 0.75, 2, 0]), transitionCost: new Float32Array([0.5, 1, 2, 0.25, 4, 8, 1.5, 3, 6]) },
};

describe('data/trigram-costs.bin (the prepared second-pass model as bytes)', () => {
  it('reads back every array and the triples start as written', () => {
    const read = decodeTrigramModel(encodeTrigramModel(model, startId), startId);
    assert.deepEqual(read, model);
  });

  it('reads a copy that does not start on an 8-byte boundary', () => {
    const bytes = encodeTrigramModel(model, startId);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepEqual(decodeTrigramModel(shifted.subarray(1), startId), model);
  });

  it('fails the start-up when built over another word model, naming the rebuild', () => {
    assert.throws(() => decodeTrigramModel(encodeTrigramModel(model, startId), startId + 1, 'x.bin'), /x\.bin: built for 3 model words, the model has 4: run npm run build:trigram-costs/);
  });

  it('fails on a file that is not one, or is cut short', () => {
    assert.throws(() => decodeTrigramModel(new Uint8Array(64), startId), /not a textops trigram cost file/);
    assert.throws(() => decodeTrigramModel(encodeTrigramModel(model, startId).subarray(0, 48), startId), /truncated/);
  });
});

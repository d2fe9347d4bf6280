import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { forEachSkeletonMatch, skeletonIndex, skeletonKey } from './skeleton.ts';

describe('skeletonKey', () => {
  const cases: [word: string, key: string][] = [
    ['bureaucracy', 'brcrc'],
    ['beaurocracy', 'brcrc'],
    ['emissary', 'emsr'],
    ['emmisarry', 'emsr'],
    ['erratically', 'ertcl'],
    ['eraticly', 'ertcl'],
    ["don't", 'dnt'],
    ['a', 'a'],
    ['', ''],
  ];
  for (const [word, key] of cases) it(`reduces ${word || 'the empty word'} to ${key || 'nothing'}`, () => assert.equal(skeletonKey(word), key));
});

describe('forEachSkeletonMatch', () => {
  const model = modelFromCounts([['bureaucracy', 50], ['cat', 40], ['bureaucracies', 30], ['cot', 20], ['act', 10]]);

  it('visits the words sharing the skeleton, most frequent first', () => {
    const found: number[] = [];
    forEachSkeletonMatch(skeletonIndex(model), 'cut', (id) => found.push(id));
    assert.deepEqual(found.map((id) => model.words[id]), ['cat', 'cot']);
  });

  it('visits nothing for a skeleton no word has', () => {
    const found: number[] = [];
    forEachSkeletonMatch(skeletonIndex(model), 'xyzzy', (id) => found.push(id));
    assert.deepEqual(found, []);
  });

  it('builds one index per model and reuses it', () => assert.equal(skeletonIndex(model), skeletonIndex(model)));
});

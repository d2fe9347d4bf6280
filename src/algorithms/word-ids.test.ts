import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from './model.ts';
import { parseBigrams } from './segment/bigrams.ts';
import { bigramIdsOf, wordIdsOf } from './word-ids.ts';

const model = modelFromCounts([['the', 50], ['cat', 20], ['sat', 10]]);

describe('wordIdsOf', () => {
  it('numbers the words by rank with their counts, and gives the same ids to every caller', () => {
    const ids = wordIdsOf(model);
    assert.deepEqual([...ids.idOf], [['the', 0], ['cat', 1], ['sat', 2]]);
    assert.deepEqual([...ids.countOf], [50, 20, 10]);
    assert.equal(ids.vocabulary, 3);
    assert.equal(wordIdsOf(model), ids);
  });
});

describe('bigramIdsOf', () => {
  const bigrams = parseBigrams('# header\n<s>\t*\t9\n<s>\tthe\t4\nthe\t*\t6\nthe\tcat\t3\nthe\tdog\t2\nzebra\t*\t5\nzebra\tcat\t2\n');

  it('keeps the parse order, leaves out a context without an id, gives <s> the id after the vocabulary and -1 to a follower without an id', () => {
    const ids = bigramIdsOf(model, bigrams);
    assert.deepEqual([...ids.contextIds], [3, 0]);
    assert.deepEqual([...ids.contextTotals], [9, 6]);
    assert.deepEqual([...ids.from], [0, 1, 3]);
    assert.deepEqual([...ids.followerIds], [0, 1, -1]);
    assert.deepEqual([...ids.followerCounts], [4, 3, 2]);
  });

  it('resolves a parse once per model', () => {
    assert.equal(bigramIdsOf(model, bigrams), bigramIdsOf(model, bigrams));
    const other = modelFromCounts([['cat', 5], ['the', 1]]);
    assert.deepEqual([...bigramIdsOf(other, bigrams).followerIds], [1, 0, -1]);
  });
});

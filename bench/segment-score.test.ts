import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparableWords, f1Of, scoreSegmentations, withoutSpaces } from './segment-score.ts';

describe('segment scoring', () => {
  it('ignores case and punctuation when comparing words', () => {
    assert.deepEqual(comparableWords('Hello, World! "It\'s" -- fine.'), ['hello', 'world', 'its', 'fine']);
  });

  it('counts exact sentences and word spans', () => {
    const score = scoreSegmentations(['the cat sat', 'a green house'], ['The cat sat.', 'a greenhouse']);
    assert.equal(score.exact, 1);
    assert.equal(score.correctWords, 4);
    assert.equal(score.referenceWords, 6);
    assert.equal(score.predictedWords, 5);
    assert.equal(f1Of(score).toFixed(4), ((2 * (4 / 5) * (4 / 6)) / (4 / 5 + 4 / 6)).toFixed(4));
  });

  it('scores nothing predicted as zero', () => {
    assert.equal(f1Of(scoreSegmentations(['a b'], [''])), 0);
  });

  it('removes every whitespace character from a sentence', () => {
    assert.equal(withoutSpaces(' a b\tc\nd '), 'abcd');
  });
});

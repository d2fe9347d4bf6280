import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { countRunEnds, formatRunEnds, parseRunEnds } from './ends.ts';
import { segment } from './segment.ts';
import { prepareSegmenter } from './model.ts';

describe('run-end counts', () => {
  it('counts, per word, the runs it ends and its occurrences, runs cut at punctuation', () => {
    const counts = countRunEnds('Look at them. Sit on the mat, look at them; at last.');
    assert.equal(counts.runs, 4);
    assert.equal(counts.words, 12);
    assert.deepEqual(counts.ends.get('them'), [2, 2]);
    assert.deepEqual(counts.ends.get('at'), [0, 3]);
    assert.equal(counts.ends.get('mat'), undefined, 'words seen once are left to the average');
  });

  it('writes a sorted file that parses back to the same counts', () => {
    const counts = countRunEnds('b a. a b. b a, c c');
    const text = formatRunEnds(counts, 'test');
    assert.deepEqual(text.split('\n').slice(1), ['*\t4\t8', 'a\t2\t3', 'b\t1\t3', 'c\t1\t2', '']);
    assert.deepEqual(parseRunEnds(text), counts);
  });

  it('names the first malformed line', () => {
    assert.throws(() => parseRunEnds('*\t3\t8\nthe\t5\n'), /run-ends:2: expected/);
    assert.throws(() => parseRunEnds('the\t9\t5\n'), /run-ends:1: expected/);
    assert.throws(() => parseRunEnds('the\t1\t5\n'), /no "\*<TAB>runs<TAB>words" line/);
  });
});

describe('segment with the end of the run as context', () => {
  const words = modelFromCounts([['the', 1000], ['them', 300], ['at', 600], ['on', 800], ['mat', 10], ['sat', 100], ['cat', 100], ['noon', 50], ['they', 300], ['looked', 50]]);
  const corpus = 'they sat on them at noon. they sat on them at noon. the cat sat on the mat. look at the mat, at them. they looked at them.';
  it('prefers a last word that ends runs to one that never does', () => {
    assert.equal(segment('satonthemat.', prepareSegmenter(words, countBigrams(corpus))).text, 'sat on them at.');
    assert.equal(segment('satonthemat.', prepareSegmenter(words, countBigrams(corpus), undefined, undefined, countRunEnds(corpus))).text, 'sat on the mat.');
  });

  it('does not end the run before a space: the words go on', () => {
    const model = prepareSegmenter(words, countBigrams(corpus), undefined, undefined, countRunEnds(corpus));
    assert.equal(segment('satonthemat noon', model).text, 'sat on them at noon');
  });
});

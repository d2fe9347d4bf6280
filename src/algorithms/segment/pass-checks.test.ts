import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { prepareSegmenter } from './model.ts';
import { prepareTrigrams, type TrigramModel } from './second-order.ts';
import { countTrigrams, formatTrigrams, parseTrigrams } from './trigrams.ts';
import { maySplit, wordHash } from './merge-filter.ts';
import { firstCandidate, maySplitWord } from './pass-checks.ts';
import { boundariesOfRun } from './viterbi.ts';

const counts: [string, number][] = [
  ['the', 5000], ['in', 4000], ['with', 3000], ['hand', 300], ['out', 2000], ['handout', 20], ['within', 1000], ['hall', 100], ['you', 2000], ['dont', 100], ['any', 900],
];
const corpus = 'you dont hand out any. the hall within. with in the hall.';
const words = modelFromCounts(counts);
const model = prepareSegmenter(words, countBigrams(corpus));
const rankOf = (word: string): number | undefined => (words.words.includes(word) ? words.words.indexOf(word) : undefined);
const trigramsOf = (): TrigramModel => prepareTrigrams(parseTrigrams(formatTrigrams(countTrigrams(corpus), rankOf, 'test'), model.startId), model, words.words);

describe('the second pass pre-checks', () => {
  it('asks the split filter the same of a word by its id as by its letters, capitals or not, and again with another model', () => {
    for (const trigrams of [trigramsOf(), trigramsOf()]) {
      for (const text of ['YouDontHandoutAny', 'withinthehall', 'handoutwithin']) {
        const split = boundariesOfRun(text, 0, text.length, model);
        const bounds = [0, ...split.offsets, text.length];
        for (let k = 0; k + 1 < bounds.length; k++) {
          const [from, to] = [bounds[k]!, bounds[k + 1]!];
          const id = words.words.indexOf(text.slice(from, to).toLowerCase());
          if (id < 0) continue;
          const expected = to - from >= 4 && maySplit(trigrams.splitFilter, wordHash(text, from, to));
          assert.equal(maySplitWord(trigrams, split.lattice!, id, from, to), expected, text.slice(from, to));
          assert.equal(maySplitWord(trigrams, split.lattice!, id, from, to), expected, `${text.slice(from, to)}, asked again`);
        }
      }
    }
  });

  it('finds no candidate in a run whose words neither merge nor split, and the pair that may merge otherwise', () => {
    const trigrams = trigramsOf();
    const plain = boundariesOfRun('thehall', 0, 7, model);
    assert.equal(firstCandidate(plain.lattice!, trigrams, 'thehall', 0, 7, plain.offsets, true), -1);
    // `with in` spells `within`: the pair (0, 1) is the first the pass looks at.
    const lattice = boundariesOfRun('withinthehall', 0, 13, model).lattice!;
    assert.equal(firstCandidate(lattice, trigrams, 'withinthehall', 0, 13, [4, 6, 9], true), 0);
  });
});

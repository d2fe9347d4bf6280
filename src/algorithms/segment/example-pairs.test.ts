import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { addedRanges, decodeExamplePairs, encodeExamplePairs, examplesOf, selectExamplePairs } from './example-pairs.ts';
import { prepareSegmenter } from './model.ts';
import { pairCostOf } from './pairs.ts';
import { DEFAULT_TUNING } from './tuning.ts';

describe('the pairs of WordNet\'s example sentences', () => {
  it('reads the quoted examples of a gloss, not its definition', () => {
    assert.equal(examplesOf('a person who works; "she took office"; "he took office early"\nred; "a red hat"'), 'she took office.\nhe took office early.\na red hat.');
  });

  it('selects the pairs seen twice that the bigram counts do not keep, after a context they keep pairs for', () => {
    const bigrams = countBigrams('he took it. he took it. she ran. she ran.');
    const pairs = selectExamplePairs('he took office. he took office. she took office. zed took office. zed took office.', bigrams);
    // `took office` is new after `took`, `zed` after a run's start; `he took` is kept already; `zed took` has no context
    // big.txt keeps pairs for; `she` starts a run once only.
    assert.deepEqual([...pairs].map(([v, followers]) => [v, [...followers]]), [['<s>', [['zed', 2]]], ['took', [['office', 5]]]]);
  });

  it('writes the pairs as word ids sorted by context, <s> as the run start, -1 for a word without an id, and reads them back', () => {
    const pairs = new Map([['took', new Map([['office', 3], ['aim', 2]])], ['<s>', new Map([['abject', 2]])], ['zz', new Map([['aim', 2]])]]);
    const idOf = new Map([['took', 0], ['office', 1], ['abject', 2]]);
    const read = decodeExamplePairs(encodeExamplePairs(pairs, idOf, 9), 9);
    assert.deepEqual([...read.contexts], [0, 0, 9]);
    assert.deepEqual([...read.followers], [-1, 1, 2]);
    assert.deepEqual([...read.counts], [2, 3, 2]);
    assert.deepEqual(addedRanges(read), new Map([[0, { from: 0, to: 2, total: 5 }], [9, { from: 2, to: 3, total: 2 }]]));
  });

  it('refuses a file built for another word count, or not one at all', () => {
    const bytes = encodeExamplePairs(new Map([['took', new Map([['office', 3]])]]), new Map([['took', 0], ['office', 1]]), 9);
    assert.throws(() => decodeExamplePairs(bytes, 10), /built for 9 words, the word model has 10/);
    assert.throws(() => decodeExamplePairs(new Uint8Array(16), 9), /not a textops example-pairs file/);
    assert.throws(() => decodeExamplePairs(bytes.subarray(0, bytes.length - 4), 9), /bytes, expected/);
  });
});

describe('the example pairs in the segmenter\'s tables (segment/model.ts)', () => {
  const words = modelFromCounts([['he', 500], ['took', 100], ['it', 800], ['office', 50], ['of', 900], ['fice', 1]]);
  const bigrams = countBigrams('he took it. he took it. he took it. took of it. took of it.');
  const examples = { contexts: Int32Array.of(3), followers: Int32Array.of(4), counts: Int32Array.of(4) };
  // Word ids are ranks: of, it, he, took, office, fice.
  const took = 3;
  const office = 4;
  const it_ = 1;

  it('gives an added pair a cost of its own, and leaves big.txt\'s pairs their counts over the grown total', () => {
    const without = prepareSegmenter(words, bigrams);
    const withExamples = prepareSegmenter(words, bigrams, DEFAULT_TUNING, undefined, undefined, undefined, undefined, examples);
    assert.ok(Number.isNaN(pairCostOf(without.pairs, took, office)));
    assert.ok(pairCostOf(withExamples.pairs, took, office) < without.backoffCost[took]! + without.wordCost[office]!);
    // c(took it) = 3 of c(took) = 5 before, of 5 + 4 after: ln(9 / 5) more.
    assert.ok(Math.abs(pairCostOf(withExamples.pairs, took, it_) - pairCostOf(without.pairs, took, it_) - Math.log(9 / 5)) < 1e-9);
  });

  it('adds nothing when turned off', () => {
    const off = prepareSegmenter(words, bigrams, { ...DEFAULT_TUNING, examplePairs: false }, undefined, undefined, undefined, undefined, examples);
    assert.ok(Number.isNaN(pairCostOf(off.pairs, took, office)));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { examplePairIds, examplesOf, formatExamplePairs, parseExamplePairs, selectExamplePairs } from './example-pairs.ts';
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

  it('writes a sorted file that parses back to the same pairs', () => {
    const pairs = new Map([['took', new Map([['office', 3], ['aim', 2]])], ['<s>', new Map([['abject', 2]])]]);
    const text = formatExamplePairs(pairs, 'test');
    assert.deepEqual(text.split('\n').slice(1), ['<s>\tabject\t2', 'took\taim\t2', 'took\toffice\t3', '']);
    assert.deepEqual(parseExamplePairs(text), pairs);
  });

  it('names the first malformed line', () => {
    assert.throws(() => parseExamplePairs('took\toffice\t3\ntook\taim\n'), /example-pairs:2: expected/);
    assert.throws(() => parseExamplePairs('took\toffice\t0\n'), /example-pairs:1: expected/);
  });

  it('resolves the pairs to word ids, <s> to the run start, a word without an id to -1', () => {
    const ids = examplePairIds(new Map([['<s>', new Map([['a', 2]])], ['b', new Map([['zz', 2], ['a', 3]])]]), new Map([['a', 0], ['b', 1]]), 2);
    assert.deepEqual(ids.get(2), { followerIds: [0], counts: [2], total: 2 });
    assert.deepEqual(ids.get(1), { followerIds: [-1, 0], counts: [2, 3], total: 5 });
  });
});

describe('the example pairs in the segmenter\'s tables (segment/model.ts)', () => {
  const words = modelFromCounts([['he', 500], ['took', 100], ['it', 800], ['office', 50], ['of', 900], ['fice', 1]]);
  const bigrams = countBigrams('he took it. he took it. he took it. took of it. took of it.');
  const examples = new Map([['took', new Map([['office', 4]])]]);
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

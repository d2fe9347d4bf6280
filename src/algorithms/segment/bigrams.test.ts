import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countBigrams, formatBigrams, parseBigrams, RUN_START } from './bigrams.ts';

describe('countBigrams', () => {
  it('counts pairs within runs and restarts a run at punctuation', () => {
    const counts = countBigrams('The cat sat. The cat sat, the cat ran.');
    assert.equal(counts.pairs.get('the')?.get('cat'), 3);
    assert.equal(counts.pairs.get(RUN_START)?.get('the'), 3);
    assert.equal(counts.pairs.get('sat'), undefined);
  });

  it('keeps only pairs seen at least twice but totals every pair of a context', () => {
    const counts = countBigrams('a b. a b. a c.');
    assert.deepEqual([...(counts.pairs.get('a') ?? [])], [['b', 2]]);
    assert.equal(counts.contextTotals.get('a'), 3);
  });

  it('keeps contractions as one word', () => {
    const counts = countBigrams("I don't know. I don't know.");
    assert.equal(counts.pairs.get("don't")?.get('know'), 2);
  });
});

describe('formatBigrams and parseBigrams', () => {
  it('round-trips counts through the file format', () => {
    const counts = countBigrams('the cat sat on the mat. the cat sat on the mat.');
    const text = formatBigrams(counts, 'test');
    assert.deepEqual(parseBigrams(text), counts);
    assert.equal(formatBigrams(parseBigrams(text), 'test'), text);
  });

  it('names the malformed line', () => {
    assert.throws(() => parseBigrams('a\t*\t3\na\tb\tmany\n', 'bad.txt'), /bad\.txt:2/);
  });

  it('rejects pairs whose context has no total line', () => {
    assert.throws(() => parseBigrams('a\tb\t3\n'), /no "\*" total/);
  });
});

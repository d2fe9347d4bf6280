import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BETA, countSuffixes, formatSuffixes, MIN_STEMS, parseSuffixes, shareAfterEnding } from './suffixes.ts';

/** A vocabulary where `ness` follows MIN_STEMS listed stems and `ful` one fewer; `non` and the single letter `x` go before MIN_STEMS stems. */
function vocabulary(): string[] {
  const stems = Array.from({ length: MIN_STEMS }, (_, k) => `stem${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}`);
  return [...stems, ...stems.map((stem) => `${stem}ness`), ...stems.slice(1).map((stem) => `${stem}ful`), ...stems.map((stem) => `non${stem}`), ...stems.map((stem) => `x${stem}`), 'abc', 'abcness', 'nonabc'];
}

describe('productive suffixes', () => {
  it('counts the listed stems of 4+ letters each suffix follows, and keeps those with at least MIN_STEMS', () => {
    const counts = countSuffixes(vocabulary());
    assert.equal(counts.stemsTaking.get('ness'), MIN_STEMS, 'abc + ness does not count: the stem is too short');
    assert.equal(counts.stemsTaking.has('ful'), false);
    assert.equal(counts.stems, vocabulary().length - 1, 'every word of 4+ letters may be a stem');
  });

  it('counts the listed stems each prefix of MIN_PREFIX+ letters goes before (`non` + stem), but no single letter', () => {
    const counts = countSuffixes(vocabulary());
    assert.equal(counts.prefixesTaking.get('non'), MIN_STEMS, 'non + abc does not count: the stem is too short');
    assert.equal(counts.prefixesTaking.has('x'), false);
  });

  it('counts the suffixes by the stem\'s last two letters, and smooths that share towards the overall one', () => {
    const counts = countSuffixes(vocabulary());
    // Ending in `aa`: the stem `stemaa` (which takes ness) and the prefixed `nonstemaa` and `xstemaa` (which take nothing).
    const endingTotal = 3;
    assert.equal(counts.byEnding.get('aa:*'), endingTotal);
    assert.equal(counts.byEnding.get('aa:ness'), 1);
    const overall = MIN_STEMS / counts.stems;
    assert.equal(shareAfterEnding(counts, 'aa', 'ness'), (1 + BETA * overall) / (endingTotal + BETA));
    assert.equal(shareAfterEnding(counts, 'qq', 'ness'), overall, 'an ending no stem has falls back to the overall share');
  });

  it('writes a sorted file that reads back the same, and names a bad line', () => {
    const counts = { stemsTaking: new Map([['s', 900], ['ness', 60]]), prefixesTaking: new Map([['non', 300]]), stems: 1000, byEnding: new Map([['ic:s', 5], ['ic:*', 8]]) };
    const text = formatSuffixes(counts, 'test');
    assert.equal(text.split('\n').slice(1).join('\n'), 'ic:*\t8\nic:s\t5\nness\t60\nnon-\t300\ns\t900\n*\t1000\n');
    assert.deepEqual(parseSuffixes(text), counts);
    assert.throws(() => parseSuffixes('ness\tmany\n*\t3\n', 'f'), /f:1: expected "suffix<TAB>count"/);
    assert.throws(() => parseSuffixes('-\t3\n*\t3\n', 'f'), /f:1: expected/);
    assert.throws(() => parseSuffixes('ness\t3\n', 'f'), /the "\*<TAB>stems" line is missing/);
  });
});

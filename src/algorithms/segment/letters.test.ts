import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSegmentExtra, NO_EXTRA } from './extra.ts';
import { fillLetterPairs, LETTER_SYMBOLS, letterPairCosts, letterSymbol } from './letters.ts';

const names = parseSegmentExtra(Buffer.from('benton\t3\ncarlton\t2\nclinton\t1\ndalton\t4\nhills\tw\n'));

/** The letter model's cost of a whole string between two boundaries, as the search adds it up. */
function stringCost(costs: Float64Array, text: string): number {
  const codes = Int32Array.from(text, (c) => c.charCodeAt(0));
  const before = new Float64Array(codes.length);
  fillLetterPairs(codes, codes.length, costs, before);
  return costs[letterSymbol(codes[0]!)]! + before[codes.length - 1]! + costs[letterSymbol(codes[codes.length - 1]!) * LETTER_SYMBOLS]!;
}

describe('letter model of unknown strings', () => {
  it('prices letters the names spell cheaper than letters they do not (…ton against …tno)', () => {
    const costs = letterPairCosts(names, 1);
    assert.ok(stringCost(costs, 'ashton') < stringCost(costs, 'ashtno'));
    assert.ok(stringCost(costs, 'ashton') < 0);
  });

  it('centres each letter on its average over the names, so the average name costs about nothing more', () => {
    const costs = letterPairCosts(names, 1);
    for (let a = 0; a < LETTER_SYMBOLS - 1; a++) {
      let mean = 0;
      let mass = 0;
      for (let b = 0; b < LETTER_SYMBOLS - 1; b++) {
        const p = Math.exp(-costs[a * LETTER_SYMBOLS + b]!);
        mass += p;
      }
      for (let b = 0; b < LETTER_SYMBOLS - 1; b++) mean += (Math.exp(-costs[a * LETTER_SYMBOLS + b]!) / mass) * costs[a * LETTER_SYMBOLS + b]!;
      assert.ok(Math.abs(mean) < 1e-9, `row ${a}: ${mean}`);
    }
  });

  it('reads only names (not dictionary words), scales by its weight, and adds nothing at weight 0 or without names', () => {
    assert.deepEqual(letterPairCosts(parseSegmentExtra(Buffer.from('hills\tw\n')), 1), new Float64Array(LETTER_SYMBOLS * LETTER_SYMBOLS));
    assert.deepEqual(letterPairCosts(NO_EXTRA, 1), new Float64Array(LETTER_SYMBOLS * LETTER_SYMBOLS));
    assert.deepEqual(letterPairCosts(names, 0), new Float64Array(LETTER_SYMBOLS * LETTER_SYMBOLS));
    const half = letterPairCosts(names, 0.5);
    const full = letterPairCosts(names, 1);
    assert.ok(full.every((cost, k) => Math.abs(cost - 2 * half[k]!) < 1e-12));
  });

  it('prices characters other than a-z at 0 (an apostrophe inside a string)', () => {
    const costs = letterPairCosts(names, 1);
    assert.equal(letterSymbol(39), LETTER_SYMBOLS - 1);
    assert.equal(costs[letterSymbol(110) * LETTER_SYMBOLS + letterSymbol(39)], 0);
  });
});

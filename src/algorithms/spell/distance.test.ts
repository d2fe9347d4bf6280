import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { osaDistance, OsaPattern } from './distance.ts';
import { randomWord } from '../testing/random-word.ts';

/** Full-table OSA distance, the reference the banded version must match. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  // Every index below stays within 0..a.length by 0..b.length, the table's size.
  const at = (i: number, j: number): number => d[i]![j]!;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i]!;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(a.length, b.length);
}


describe('osaDistance', () => {
  const cases: [what: string, a: string, b: string, distance: number][] = [
    ['equal words', 'spell', 'spell', 0],
    ['one deletion', 'speling', 'spelling', 1],
    ['one insertion', 'spelling', 'speling', 1],
    ['one substitution', 'spelleng', 'spelling', 1],
    ['one transposition', 'sepll', 'spell', 1],
    ['two edits', 'speleng', 'spelling', 2],
    ['empty against a word', '', 'ab', 2],
  ];
  for (const [what, a, b, distance] of cases) {
    it(`counts ${what} as ${distance}`, () => assert.equal(osaDistance(a, b, 2), distance));
  }

  it('reports limit + 1 for anything farther than the limit', () => {
    assert.equal(osaDistance('abcdef', 'uvwxyz', 2), 3);
    assert.equal(osaDistance('a', 'abcd', 2), 3);
  });

  it('agrees with the full-table distance on many word pairs', () => {
    for (let seed = 1; seed < 3000; seed++) {
      const a = randomWord(seed);
      const b = randomWord(seed * 7 + 3);
      assert.equal(osaDistance(a, b, 2), Math.min(referenceDistance(a, b), 3), `${a} ${b}`);
    }
  });
});

describe('OsaPattern', () => {
  it('agrees with the full-table distance on many word pairs, swapped neighbours included', () => {
    const pattern = new OsaPattern();
    for (let seed = 1; seed < 3000; seed++) {
      const a = randomWord(seed);
      const near = a.length > 1 ? a.slice(0, seed % (a.length - 1)) + a.charAt((seed % (a.length - 1)) + 1) + a.charAt(seed % (a.length - 1)) + a.slice((seed % (a.length - 1)) + 2) : a;
      pattern.set(a);
      for (const b of [randomWord(seed * 7 + 3), near, a.slice(1), `${a}e`]) {
        for (const limit of [1, 2]) assert.equal(pattern.distance(b, limit), Math.min(referenceDistance(a, b), limit + 1), `${a} ${b} ${limit}`);
      }
    }
  });

  it('falls back to the table for long or non-ASCII words', () => {
    const pattern = new OsaPattern();
    const long = 'abcdefghijklmnopqrstuvwxyzabcdefgh';
    pattern.set(long);
    assert.equal(pattern.distance(`${long.slice(0, 10)}${long.slice(11)}`, 2), 1);
    pattern.set('café');
    assert.equal(pattern.distance('cafe', 2), 1);
    assert.equal(pattern.distance('café', 2), 0);
  });
});

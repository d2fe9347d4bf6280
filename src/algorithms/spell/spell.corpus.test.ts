// Corpus tier: the shipped model on Norvig's development set must keep its accuracy floor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadWordModel } from '../../engines/run.ts';
import { correct, correctWord } from './spell.ts';

const devSetPath = new URL('../../../bench/data/spell-testset1.txt', import.meta.url).pathname;
const model = loadWordModel(new URL('../../../data', import.meta.url).pathname);

/** `right: wrong1 wrong2 ...` lines → [wrong, right] pairs. */
function devPairs(): [string, string][] {
  return readFileSync(devSetPath, 'utf8')
    .split('\n')
    .filter((line) => line.includes(':'))
    .flatMap((line) => {
      // The filter kept only lines with a ':', so split gives both sides.
      const [right = '', wrongs = ''] = line.split(':');
      return wrongs.trim().split(/\s+/).map((wrong): [string, string] => [wrong, right.trim()]);
    });
}

describe('spelling with data/wordfreq.txt', () => {
  it('corrects at least 86% of the development set (spell-testset1)', () => {
    const pairs = devPairs();
    assert.equal(pairs.length, 270);
    const right = pairs.filter(([wrong, expected]) => correctWord(wrong, model).toLowerCase() === expected.toLowerCase()).length;
    const accuracy = right / pairs.length;
    assert.ok(accuracy >= 0.86, `accuracy ${(accuracy * 100).toFixed(1)}% is under the 86% floor`);
  });

  const examples: [typed: string, expected: string][] = [
    ['speling', 'spelling'],
    ['korrectud', 'corrected'],
    ['thier', 'their'],
    ['begining', 'beginning'],
    ['recieve', 'receive'],
    ['dont', "don't"],
    ['Speling', 'Spelling'],
  ];
  for (const [typed, expected] of examples) {
    it(`corrects ${typed} to ${expected}`, () => assert.equal(correctWord(typed, model), expected));
  }

  it('leaves a correctly spelled sentence alone', () => {
    const text = "It's a truth universally acknowledged that I don't know everything, isn't it?";
    assert.deepEqual(correct(text, model), { text, changes: [] });
  });

  it('fixes a sentence with several misspellings', () => {
    assert.equal(correct('Thsi sentense has severl mispelled wrods.', model).text, 'This sentence has several misspelled words.');
  });
});

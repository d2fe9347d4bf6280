import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_EDIT_COSTS, editCost, substitutionCost } from './error-model.ts';

const costs = DEFAULT_EDIT_COSTS;

describe('editCost', () => {
  const cases: [what: string, typed: string, intended: string, cost: number][] = [
    ['no edit', 'spelling', 'spelling', 0],
    ['an arbitrary insertion', 'spelxling', 'spelling', costs.any],
    ['a left-out consonant', 'speling', 'spelding', costs.omission],
    ['a dropped double letter', 'speling', 'spelling', costs.doubleLetter],
    ['a doubled letter', 'spellling', 'spelling', costs.doubleLetter],
    ['a transposition', 'spelilng', 'spelling', costs.transpose],
    ['a vowel swap', 'spelleng', 'spelling', costs.vowelSwap],
    ['a phonetic slip', 'kollege', 'college', costs.phonetic + costs.firstLetter],
    ['an arbitrary substitution', 'spelljng', 'spelling', costs.any],
    ['a left-out vowel', 'ment', 'meant', costs.omission],
    ['a left-out h', 'wich', 'which', costs.omission],
    ['an extra vowel', 'failes', 'fails', costs.vowelInsert],
    ['a missing apostrophe', 'dont', "don't", costs.apostrophe],
    ['an edit of the first letter', 'mpelling', 'spelling', costs.any + costs.firstLetter],
    ['a swap of the first two letters', 'htis', 'this', costs.transpose + costs.firstSwap],
    ['a first letter typed as the key beside it', 'rhe', 'the', costs.keyboardNeighbour + costs.firstNearKey],
    ['a first letter typed as a far key', 'bhe', 'the', costs.any + costs.firstLetter],
    ['a pair typed again right after itself', 'traditition', 'tradition', costs.repeatPair],
    ['a pair typed again at the end', 'entitity', 'entity', costs.repeatPair],
  ];
  for (const [what, typed, intended, cost] of cases) {
    it(`charges ${what} ${cost}`, () => assert.ok(Math.abs(editCost(typed, intended) - cost) < 1e-9, `${editCost(typed, intended)}`));
  }

  it('makes common slips cheaper than arbitrary edits', () => {
    for (const cheap of [costs.transpose, costs.doubleLetter, costs.vowelSwap, costs.phonetic, costs.apostrophe, costs.omission]) {
      assert.ok(cheap < costs.any);
    }
  });

  it('charges a left-out letter less than a wrong one, so `ment` is nearer `meant` than `mint`', () => {
    assert.ok(editCost('ment', 'meant') < editCost('ment', 'mint'));
    assert.ok(editCost('goverment', 'government') < editCost('goverment', 'governmant'));
  });

  it('charges a swap of the first two letters less than the left-out letter of another word, so `htis` is nearer `this` than `his`', () => {
    assert.ok(costs.firstSwap < costs.firstLetter);
    assert.ok(editCost('htis', 'this') < editCost('htis', 'his'));
    assert.ok(editCost('htis', 'this', { ...costs, firstSwap: costs.firstLetter }) > editCost('htis', 'his'));
  });

  it('charges a repeated pair as one slip, so `traditition` is nearer `tradition` than two extra letters are', () => {
    assert.ok(costs.repeatPair < 2 * costs.any);
    assert.ok(Math.abs(editCost('traditition', 'tradition', { ...costs, repeatPair: Infinity }) - (costs.vowelInsert + costs.any)) < 1e-9);
    assert.ok(editCost('entitity', 'entity') < editCost('entitity', 'entirety'));
  });

  it('takes a pair as repeated only when it follows its first typing at once', () => {
    // `tradiation`: one extra vowel, no pair typed twice; `traditxyon`: two extra letters that repeat nothing.
    assert.ok(Math.abs(editCost('tradiation', 'tradition') - costs.vowelInsert) < 1e-9);
    assert.ok(editCost('traditxyon', 'tradition') >= 2 * costs.omission);
  });

  it('adds the costs of two edits', () => {
    assert.ok(Math.abs(editCost('speleng', 'spelling') - (costs.doubleLetter + costs.vowelSwap)) < 1e-9);
  });

  it('with a ceiling, gives the exact cost up to it and, beyond it, a value over the ceiling no larger than the cost', () => {
    const pairs = [['speleng', 'spelling'], ['htis', 'this'], ['recieve', 'receive'], ['xyzzy', 'spelling'], ['abcdefgh', 'hgfedcba'], ['tset', 'test'], ['traditition', 'tradition'], ['abababab', 'ab']] as const;
    for (const [typed, intended] of pairs) {
      const exact = editCost(typed, intended);
      for (const ceiling of [0, 0.5, 1, 2, 4, exact, Infinity]) {
        const bounded = editCost(typed, intended, costs, ceiling);
        if (exact <= ceiling) assert.equal(bounded, exact, `${typed} ${intended} ${ceiling}`);
        else assert.ok(bounded > ceiling && bounded <= exact, `${typed} ${intended} ${ceiling}: ${bounded}`);
      }
    }
  });
});

describe('substitutionCost', () => {
  it('is symmetric for the listed pairs', () => {
    assert.equal(substitutionCost('c', 'k', costs), substitutionCost('k', 'c', costs));
    assert.equal(substitutionCost('a', 'e', costs), costs.vowelSwap);
    assert.equal(substitutionCost('q', 'z', costs), costs.any);
  });
});

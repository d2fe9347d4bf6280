import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { capitalisedWordFollows, contextWordBefore, guessedWordAfter, isElision, onlySpacesBetween } from './neighbours.ts';

const model = modelFromCounts([['look', 10], ['telling', 5], ['it', 50]]);

describe('isElision', () => {
  it("reads a known word before an inner apostrophe as an elision (look'd), not a possessive", () => {
    assert.ok(isElision("he look'd up", "look'd", 9, model));
    assert.ok(!isElision("the lok'd door", "lok'd", 9, model));
    assert.ok(!isElision("look's colour", "look's", 6, model));
  });

  it("reads a dropped final g before an apostrophe (tellin') as an elision", () => {
    assert.ok(isElision("tellin' tales", 'tellin', 6, model));
    assert.ok(!isElision('tellin tales', 'tellin', 6, model));
  });

  it("reads letters cut off by a final apostrophe (ol', nuthin') as an elision only when asked (trailingElisions)", () => {
    assert.ok(isElision("you ol' fool", 'ol', 6, model, true));
    assert.ok(isElision("ain't nuthin' much", 'nuthin', 12, model, true));
    assert.ok(!isElision("you ol' fool", 'ol', 6, model));
  });

  it('reads a closing quotation mark or a plural possessive after a word as no elision', () => {
    assert.ok(!isElision("he said 'teh' twice", 'teh', 12, model, true));
    assert.ok(!isElision("the wokers' union", 'wokers', 10, model, true));
  });
});

describe('guessedWordAfter', () => {
  it("takes the first pass's guess for the next word, when there is one", () => {
    assert.equal(guessedWordAfter('a few mistaks here', 5, new Map([[6, 'mistakes']])), 'mistakes');
    assert.equal(guessedWordAfter('a few mistaks here', 5, undefined), 'mistaks');
  });
});

describe('capitalisedWordFollows', () => {
  it('is true only for a capital then a lowercase letter after spaces', () => {
    assert.ok(capitalisedWordFollows('on Friday', 2));
    assert.ok(!capitalisedWordFollows('on NASA', 2));
    assert.ok(!capitalisedWordFollows('on friday', 2));
    assert.ok(!capitalisedWordFollows('on.Friday', 2));
  });
});

describe('onlySpacesBetween', () => {
  it('is true only for a non-empty run of spaces or tabs between two words', () => {
    assert.ok(onlySpacesBetween('von  Zemlinsky', 3, 5));
    assert.ok(onlySpacesBetween('von\tZemlinsky', 3, 4));
    assert.ok(!onlySpacesBetween('Bacillus, subtilis', 8, 10));
    assert.ok(!onlySpacesBetween('a\nb', 1, 2));
    assert.ok(!onlySpacesBetween('ab', 1, 1));
    assert.ok(!onlySpacesBetween('ab', -1, 1));
  });
});

describe('contextWordBefore', () => {
  it("uses the previous word's correction across whitespace, and the text's own word otherwise", () => {
    const text = 'teh cat';
    assert.equal(contextWordBefore(text, 4, { end: 3, word: 'the' }), 'the');
    assert.equal(contextWordBefore(text, 4, undefined), 'teh');
  });

  it('does not carry a correction across a gap of more than 64 spaces', () => {
    const text = `teh${' '.repeat(65)}cat`;
    assert.equal(contextWordBefore(text, 68, { end: 3, word: 'the' }), 'teh');
  });
});

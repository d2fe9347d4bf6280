import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { isCompound } from './compound.ts';

const model = modelFromCounts([
  ['shock', 500],
  ['wave', 400],
  ['role', 300],
  ['playing', 300],
  ['lot', 900],
  ['a', 5000],
  ['rare', 120],
  ['zyx', 2],
]);

describe('isCompound', () => {
  it('finds two common words run together', () => {
    assert.ok(isCompound('shockwave', model));
    assert.ok(isCompound('roleplaying', model));
  });

  it('does not count a split with a one- or two-letter part', () => {
    assert.ok(!isCompound('alot', model));
  });

  it('does not count a split with a rare part', () => {
    assert.ok(!isCompound('rarezyx', model));
    assert.ok(isCompound('rarezyx', model, 3, 1));
  });

  it('does not count a word that does not split into known words', () => {
    assert.ok(!isCompound('shockwavx', model));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { parseBigrams } from '../segment/bigrams.ts';
import { correct } from './spell.ts';
import { DEFAULT_SPELL_OPTIONS } from './options.ts';
import { buildSpellContext } from './context.ts';
import { isOpenedCompound, isProductivePrefix, joinedAfter, joinedBefore, prefixedCount } from './hyphen-parts.ts';

const model = modelFromCounts([
  ['the', 5000], ['a', 4000], ['mist', 3000], ['old', 3000], ['bell', 2000], ['was', 2000], ['year', 900], ['eleven', 500],
  ['read', 400], ['fortune', 300], ['lead', 300], ['place', 300], ['spawned', 200], ['for', 3000], ['is', 3000],
  ['misread', 20], ['misfortune', 20], ['mislead', 20], ['misplace', 20],
]);
const context = buildSpellContext(model, parseBigrams(''));
const fix = (text: string, options = DEFAULT_SPELL_OPTIONS): string => correct(text, model, options, context).text;
const without = { ...DEFAULT_SPELL_OPTIONS, hyphenNames: false, hyphenPrefixes: 0, hyphenPlurals: false };

describe('the parts of a hyphenated word', () => {
  it('counts the model words that are a prefix plus another model word', () => {
    assert.equal(prefixedCount('mis', model), 4);
    assert.equal(prefixedCount('zzz', model), 0);
    assert.equal(isProductivePrefix('mis', model, 4), true);
    assert.equal(isProductivePrefix('mis', model, 5), false);
    assert.equal(isProductivePrefix('mis', model, 0), false);
  });

  it('finds a hyphen joining a part to a letter on either side', () => {
    assert.equal(joinedAfter('a mis-spawned', 5), true);
    assert.equal(joinedAfter('a mis - spawned', 5), false);
    assert.equal(joinedBefore('year-olds', 5), true);
    assert.equal(joinedBefore('a -olds', 3), false);
  });

  it('leaves a productive prefix before a hyphen alone (`mis-spawned`), but not one standing as a word', () => {
    const options = { ...DEFAULT_SPELL_OPTIONS, hyphenPrefixes: 4 };
    assert.equal(fix('a mis-spawned', options), 'a mis-spawned');
    assert.equal(fix('a mis-spawned', without), 'a mist-spawned');
    assert.equal(fix('a mis spawned', options), 'a mist spawned');
  });

  it("leaves the last part alone when it is its best candidate's plural (`eleven-year-olds`)", () => {
    assert.equal(fix('for eleven-year-olds is', { ...DEFAULT_SPELL_OPTIONS, hyphenPrefixes: 4 }), 'for eleven-year-olds is');
    assert.equal(fix('for eleven-year-olds is', without), 'for eleven-year-old is');
  });

  it('reads a Capitalised sentence start joined to a Capitalised part as a name (`Bel-Shamharoth`)', () => {
    assert.equal(fix('Bel-Shamharoth was old', { ...DEFAULT_SPELL_OPTIONS, hyphenPrefixes: 4 }), 'Bel-Shamharoth was old');
    assert.equal(fix('Bel-Shamharoth was old', without), 'Bell-Shamharoth was old');
  });
});

describe('a closed compound written apart', () => {
  const compounds = modelFromCounts([['tragicomedy', 80], ['comedy', 900], ['semicolon', 40], ['colon', 300]]);
  it('is an unknown part that with the hyphen-joined part beside it makes a model word', () => {
    const text = 'a tragi-comedy';
    assert.equal(isOpenedCompound(text, 2, 7, true, false, compounds), true);
    assert.equal(isOpenedCompound('a tragci-comedy', 2, 8, true, false, compounds), false);
    assert.equal(isOpenedCompound('a semi-colon', 7, 12, false, true, compounds), true); // the part after, joined to the one before
    assert.equal(isOpenedCompound(text, 2, 7, false, false, compounds), false); // not joined
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts, withSpellingOnly, type Model } from '../model.ts';
import { spellIndex } from './deletion-index.ts';
import { DEFAULT_SPELL_OPTIONS } from './options.ts';
import { newBudget, posterior, rankCandidates } from './candidates.ts';

const model = modelFromCounts([
  ['the', 1000],
  ['and', 800],
  ['spelling', 100],
  ['spilling', 50],
  ['selling', 40],
]);
const words = (typed: string, limit: number, budget?: { hits: number }) => rankCandidates(typed, model, DEFAULT_SPELL_OPTIONS, limit, budget).ids.map((id) => model.words[id]);

describe('rankCandidates', () => {
  it('returns the best few candidates, best first', () => {
    assert.deepEqual(words('speling', 3), ['spelling', 'spilling', 'selling']);
    assert.deepEqual(words('speling', 1), ['spelling']);
  });

  it('looks up words of three letters or fewer at distance 1 only', () => {
    assert.deepEqual(words('th', 3), ['the']);
    assert.deepEqual(words('xnd', 3), ['and']);
    assert.deepEqual(words('xnx', 3), []);
  });

  it('ranks a dictionary word no corpus saw above a frequent word a costlier edit away (the smoothed prior)', () => {
    const rare = modelFromCounts([['initials', 6000], ['initialise', 1]]);
    const best = (priorPseudoCount: number) => rare.words[rankCandidates('initialse', rare, { ...DEFAULT_SPELL_OPTIONS, priorPseudoCount }, 2).ids[0]!];
    assert.equal(best(DEFAULT_SPELL_OPTIONS.priorPseudoCount), 'initialise');
    assert.equal(best(0), 'initials');
  });

  it("suggests a spelling-only inflection over a counted word a costlier edit away, but never the typed word for itself", () => {
    const counted = modelFromCounts([['initializes', 2000], ['initialise', 50]]);
    const withForms = withSpellingOnly(counted, ['initialises']);
    const best = (typed: string, chosen: Model) => spellIndex(chosen).words[rankCandidates(typed, chosen, DEFAULT_SPELL_OPTIONS, 3).ids[0]!];
    assert.equal(best('initailises', counted), 'initializes');
    assert.equal(best('initailises', withForms), 'initialises');
    assert.notEqual(best('initialises', withForms), 'initialises');
  });

  it('adds the words of the same consonant skeleton when the best within distance 2 is a far or rare guess, but not for a word with an apostrophe', () => {
    const far = modelFromCounts([['minutes', 5000], ['minuets', 2], ['data', 5000], ['etat', 1]]);
    const found = (typed: string, skeletonBelow: number) => rankCandidates(typed, far, { ...DEFAULT_SPELL_OPTIONS, skeletonBelow }, 3).ids.map((id) => far.words[id]);
    assert.deepEqual(found('muinets', -Infinity), ['minuets']);
    assert.deepEqual(found('muinets', DEFAULT_SPELL_OPTIONS.skeletonBelow), ['minuets', 'minutes']);
    assert.deepEqual(found("d'etat", DEFAULT_SPELL_OPTIONS.skeletonBelow), ['etat']);
  });

  it('hands on the best candidate at its raw-count score, which the keep-or-change gates compare', () => {
    const rare = modelFromCounts([['initials', 6000], ['initialise', 1]]);
    const { scores } = rankCandidates('initialse', rare, DEFAULT_SPELL_OPTIONS, 2);
    assert.ok(Math.abs(scores[0]! - (Math.log(1) - DEFAULT_SPELL_OPTIONS.lambda * DEFAULT_SPELL_OPTIONS.costs.omission)) < 1e-9);
  });

  it('charges the per-text budget with the index hits it verifies, and finds nothing once it is spent', () => {
    const budget = newBudget(1_000);
    assert.deepEqual(words('spellng', 1, budget), ['spelling']);
    assert.ok(budget.hits < 1_000);
    assert.deepEqual(words('spellng', 1, { hits: 0 }), []);
  });
});

describe('posterior', () => {
  it('orders by score and shares the probability mass by softmax', () => {
    const { words: ranked, confidences } = posterior(['a', 'b', 'c'], [0, Math.log(3), -Infinity]);
    assert.deepEqual(ranked, ['b', 'a', 'c']);
    assert.deepEqual(confidences.map((share) => Math.round(share * 1e9) / 1e9), [0.75, 0.25, 0]);
  });
});

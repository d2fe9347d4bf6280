/**
 * The fast Viterbi search finds a cheapest path: on random lowercase runs, the split it returns, priced
 * by the reference dynamic programme (test/support/reference-segmenter.ts), costs what the reference's
 * own cheapest path costs, within float rounding (the two add the same numbers in different orders).
 * Runs are words drawn from the vocabulary (frequent and rare ones, supplementary dictionary words, and
 * words with a productive suffix or prefix, on model or supplementary stems) with the spaces removed, and random letters. Seeded: the seed is in every failure message, replay
 * with PROPERTY_SEED=<seed>. The search runs with its beam off (segment/beam.ts), which is what makes it exact; the
 * beam's own checks are in src/algorithms/segment/beam.test.ts.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SegmentModel } from '../../src/algorithms/segment/model.ts';
import { boundariesOfRun } from '../../src/algorithms/segment/viterbi.ts';
import { referenceCost, type ReferenceIndex } from '../support/reference-segmenter.ts';
import { loadSegmenterFixture } from '../support/segmenter-fixture.ts';
import { runSeed, seededRandom } from '../support/random-text.ts';

const SEED = runSeed(process.env);
const RUNS = 2_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

let model: SegmentModel;
let index: ReferenceIndex;
let words: string[];
let extraWords: string[];
let suffixes: string[];
let prefixes: string[];

before(() => {
  const fixture = loadSegmenterFixture();
  // The beam (segment/beam.ts) trades exactness for speed; this file checks the search itself, so with the beam off.
  model = { ...fixture.model, beamWidth: Infinity };
  index = fixture.index;
  words = fixture.modelWords.filter((word) => /^[a-z]+$/.test(word));
  extraWords = [...fixture.extraWords];
  suffixes = [...fixture.suffixes];
  prefixes = [...fixture.prefixes];
});

/** A word of the vocabulary, its rank drawn log-uniformly, so frequent and rare words both come up. */
function vocabularyWord(random: () => number): string {
  return words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))))]!; // in range: clamped
}

/** One to eight pieces run together: vocabulary words mostly, some supplementary words and random letters. */
function randomRun(random: () => number): string {
  const pieces = 1 + Math.floor(random() * 8);
  let run = '';
  for (let k = 0; k < pieces; k++) {
    const roll = random();
    if (roll < 0.6) run += vocabularyWord(random);
    else if (roll < 0.65) run += vocabularyWord(random) + suffixes[Math.floor(random() * suffixes.length)];
    else if (roll < 0.7) run += prefixes[Math.floor(random() * prefixes.length)] + vocabularyWord(random);
    else if (roll < 0.75) run += extraWords[Math.floor(random() * extraWords.length)];
    else if (roll < 0.8) run += extraWords[Math.floor(random() * extraWords.length)]! + suffixes[Math.floor(random() * suffixes.length)];
    else for (let length = 1 + Math.floor(random() * 14); length > 0; length--) run += LETTERS[Math.floor(random() * 26)];
  }
  return run;
}

/** The reference's price of the split the fast search chose for `run`. */
function fastSplitCost(run: string): { cuts: number[]; cost: number } {
  const cuts = boundariesOfRun(run, 0, run.length, model).offsets;
  return { cuts, cost: referenceCost(run, model, index, cuts) };
}

function assertSameCost(run: string, label: string): void {
  const cheapest = referenceCost(run, model, index);
  const fast = fastSplitCost(run);
  const tolerance = 1e-9 * Math.max(1, Math.abs(cheapest));
  if (!(Math.abs(fast.cost - cheapest) <= tolerance)) {
    const split = fast.cuts.map((cut, k) => run.slice(fast.cuts[k - 1] ?? 0, cut)).concat(run.slice(fast.cuts.at(-1) ?? 0)).join(' ');
    assert.fail(`${label} ${JSON.stringify(run)} (PROPERTY_SEED=${SEED}): the fast search's split "${split}" costs ${fast.cost}, the cheapest path ${cheapest}`);
  }
}

describe(`the Viterbi search against the reference dynamic programme (PROPERTY_SEED=${SEED})`, () => {
  it('finds a split as cheap as the cheapest path on random runs of words and letters', () => {
    const random = seededRandom(SEED);
    for (let k = 0; k < RUNS; k++) assertSameCost(randomRun(random), `run #${k}`);
  });

  it('finds it on runs that exercise each kind of word: pairs, backoff, long unknowns, supplementary, derived and prefixed words', () => {
    for (const run of ['hypothalamically', 'nonreactivity', 'theoverreactivityofit', 'thecatsatonthemat', 'livewithinyourmeans', 'unfathomableness', 'supercalifragilisticexpialidocious', 'a', 'qqqqqqqqqqqqqqqqqqqqq', 'ofthepeoplebythepeople', 'geyseringunfathomableness']) assertSameCost(run, 'fixed run');
  });

  it('prices a split the model reads worse as dearer than the cheapest path', () => {
    const run = 'thecatsatonthemat';
    assert.ok(referenceCost(run, model, index, [3, 6, 9, 11, 14]) < referenceCost(run, model, index, [2, 6, 9, 11, 14]));
  });
});

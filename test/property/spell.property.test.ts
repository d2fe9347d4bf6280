/**
 * Property tests of the spelling corrector over random, hostile Unicode (seeded; the seed is in
 * every failure message, replay with PROPERTY_SEED=<seed>).
 *
 * Whatever the text, `correct` must not throw, and it may only replace whole words: each change
 * names exactly the characters it replaced, changes are in order and never overlap, and every
 * character outside them comes back byte-exact (the output is the input with the changes applied).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Model } from '../../src/algorithms/model.ts';
import { loadWordModel } from '../../src/engines/run.ts';
import { correct, type SpellResult } from '../../src/algorithms/spell/spell.ts';
import { randomText, runSeed, seededRandom, splitsSurrogatePair, visible } from '../support/random-text.ts';

const SEED = runSeed(process.env);
const SHORT_TEXTS = 2_000;
const LONG_TEXTS = 40;

let model: Model;
before(() => {
  model = loadWordModel(fileURLToPath(new URL('../../data', import.meta.url)));
});

/** Every violated property of one correction, as sentences (empty when it holds). */
function violations(text: string, result: SpellResult): string[] {
  const found: string[] = [];
  let rebuilt = '';
  let at = 0;
  for (const change of result.changes) {
    if (change.offset < at) found.push(`change at ${change.offset} overlaps or precedes the one before (ends at ${at})`);
    if (text.slice(change.offset, change.offset + change.original.length) !== change.original) {
      found.push(`change at ${change.offset} claims to replace ${visible(change.original)} but the text there is ${visible(text.slice(change.offset, change.offset + change.original.length))}`);
    }
    if (change.replacement === change.original) found.push(`change at ${change.offset} replaces a word by itself`);
    if (change.replacement === '' || /\s/u.test(change.replacement)) found.push(`change at ${change.offset} has a blank or multi-word replacement ${visible(change.replacement)}`);
    if (splitsSurrogatePair(text, change.offset) || splitsSurrogatePair(text, change.offset + change.original.length)) {
      found.push(`change at ${change.offset} cuts a surrogate pair`);
    }
    rebuilt += text.slice(at, change.offset) + change.replacement;
    at = Math.max(at, change.offset + change.original.length);
  }
  rebuilt += text.slice(at);
  if (rebuilt !== result.text) found.push('the output differs from the input outside the reported changes');
  if (text.isWellFormed() && !result.text.isWellFormed()) found.push('well-formed input came back with a lone surrogate');
  return found;
}

function check(text: string, label: string): void {
  let result: SpellResult;
  try {
    result = correct(text, model);
  } catch (err) {
    assert.fail(`correct() threw on ${label} ${visible(text)} (PROPERTY_SEED=${SEED}): ${err instanceof Error ? err.stack : String(err)}`);
  }
  const found = violations(text, result);
  if (found.length > 0) assert.fail(`correct() on ${label} ${visible(text)} (PROPERTY_SEED=${SEED}):\n  ${found.join('\n  ')}`);
}

describe(`spelling correction over random Unicode (PROPERTY_SEED=${SEED})`, () => {
  it('never throws and changes only the words it reports, on short texts', () => {
    const random = seededRandom(SEED);
    for (let i = 0; i < SHORT_TEXTS; i++) check(randomText(random, 40), `short text #${i}`);
  });

  it('never throws and changes only the words it reports, on long texts', () => {
    const random = seededRandom(SEED ^ 0x5eed);
    for (let i = 0; i < LONG_TEXTS; i++) check(randomText(random, 1_500), `long text #${i}`);
  });

  it('holds on the edge cases a random draw may miss', () => {
    const cases = ['', ' ', '\uD800', '\uDC00speling', 'speling\uD83D', 'spe\u0301ling', 'speling\u0301', '😀speling😀', '\u202Espeling', "''''", "'speling'", 'x'.repeat(5_000), 'a\u0000b', 'SPELING', 'Speling Speling'];
    for (const text of cases) check(text, 'edge case');
  });

  it('corrects a known typo inside hostile surroundings and leaves the rest as it was', () => {
    const text = '\uD800 😀 teh שלום\u0301 \u0000';
    const result = correct(text, model);
    assert.equal(result.text, '\uD800 😀 the שלום\u0301 \u0000');
  });
});

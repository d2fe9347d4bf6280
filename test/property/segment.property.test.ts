/**
 * Property tests of space restoration over random, hostile Unicode (seeded; the seed is in every
 * failure message, replay with PROPERTY_SEED=<seed>).
 *
 * Whatever the text, `segment` must not throw, and its only change is inserting U+0020: the
 * insertions are ascending offsets of the original, the output is the original with a space at
 * each, so every non-space character survives in order; and no space lands inside a surrogate
 * pair, before a combining mark, or beside whitespace that was already there.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../src/algorithms/model.ts';
import { segment, type Segmentation } from '../../src/algorithms/segment/segment.ts';
import { loadSegmenter } from '../../src/algorithms/segment/load.ts';
import type { SegmentModel } from '../../src/algorithms/segment/model.ts';
import { randomText, runSeed, seededRandom, splitsSurrogatePair, visible } from '../support/random-text.ts';

const SEED = runSeed(process.env);
const SHORT_TEXTS = 2_000;
const LONG_TEXTS = 40;

let model: SegmentModel;
before(() => {
  const data = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
  model = loadSegmenter(loadModel(data('wordfreq.txt')), data('bigrams.txt'));
});

/** Every violated property of one segmentation, as sentences (empty when it holds). */
function violations(text: string, result: Segmentation): string[] {
  const found: string[] = [];
  let previous = -1;
  let rebuilt = '';
  let from = 0;
  for (const offset of result.insertions) {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) found.push(`insertion at ${offset} is outside the text`);
    if (offset <= previous) found.push(`insertion at ${offset} is not after the one before (${previous})`);
    if (splitsSurrogatePair(text, offset)) found.push(`insertion at ${offset} cuts a surrogate pair`);
    if (/^\p{M}/u.test(text.slice(offset))) found.push(`insertion at ${offset} separates a combining mark from its base`);
    if (/\s$/u.test(text.slice(0, offset)) || /^\s/u.test(text.slice(offset))) found.push(`insertion at ${offset} is beside existing whitespace`);
    rebuilt += text.slice(from, offset) + ' ';
    from = offset;
    previous = offset;
  }
  rebuilt += text.slice(from);
  if (rebuilt !== result.text) found.push('the output is not the input with a space at each reported offset');
  if (result.text.replace(/ /g, '') !== text.replace(/ /g, '')) found.push('the non-space characters changed or moved');
  return found;
}

function check(text: string, label: string): void {
  let result: Segmentation;
  try {
    result = segment(text, model);
  } catch (err) {
    assert.fail(`segment() threw on ${label} ${visible(text)} (PROPERTY_SEED=${SEED}): ${err instanceof Error ? err.stack : String(err)}`);
  }
  const found = violations(text, result);
  if (found.length > 0) assert.fail(`segment() on ${label} ${visible(text)} (PROPERTY_SEED=${SEED}):\n  ${found.join('\n  ')}`);
}

describe(`space restoration over random Unicode (PROPERTY_SEED=${SEED})`, () => {
  it('never throws and only inserts spaces, on short texts', () => {
    const random = seededRandom(SEED);
    for (let i = 0; i < SHORT_TEXTS; i++) check(randomText(random, 40), `short text #${i}`);
  });

  it('never throws and only inserts spaces, on long texts', () => {
    const random = seededRandom(SEED ^ 0x5eed);
    for (let i = 0; i < LONG_TEXTS; i++) check(randomText(random, 1_500), `long text #${i}`);
  });

  it('holds on the edge cases a random draw may miss', () => {
    const cases = ['', ' ', '\uD800', 'the\uDC00quick', 'thequick\uD83D', 'the\u0301quick', 'thequick\u0301brown', '😀thequick😀brown', '\u202Ethequickbrown', "''''", 'x'.repeat(20_000), 'thequick'.repeat(2_000), 'a\u0000b', 'THEQUICKBROWN', 'שלוםthequick'];
    for (const text of cases) check(text, 'edge case');
  });

  it('restores spaces in Latin runs that sit among hostile characters', () => {
    assert.equal(segment('😀thequickbrownfox😀', model).text.includes('the quick brown fox'), true);
  });
});

/**
 * Property test of the spelling tokenizer's fast path (spell/ascii-words.ts): over seeded random text,
 * `wordSpans` (the code-unit scanner for ASCII chunks) yields exactly what `wordSpansByPattern` (the
 * Unicode patterns of spell/tokens.ts, the definition) yields: the same words at the same offsets with
 * the same sentence starts. Replay a failure with PROPERTY_SEED=<seed>.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordSpans, wordSpansByPattern } from '../../src/algorithms/spell/tokens.ts';
import { randomText, runSeed, seededRandom, visible } from '../support/random-text.ts';

const SEED = runSeed(process.env);

/** Pieces that meet the scanner's edge cases: separators, pass-through marks, digits, cases, a few non-ASCII. */
const ASCII_PIECES = [
  'the', 'Word', 'WORD', 'wOrd', 'a', 'I', "don't", "'", '-', '--', "'-", '_', '.', '..', ':', '://', '/', '\\', '@',
  '#', '+', 'www.', 'WwW.', 'http', 'x2', '42', '3.5', 'e.g', 'Node', 'js', '!', '?', ',', '(', ')', '"', 'é', '’',
  ' ', ' ', ' ', '\n', '\t', '\u00a0', '\u2003', '\u200b', '\ufeff', '\u0085',
];

function asciiHeavyText(random: () => number): string {
  let text = '';
  const pieces = Math.floor(random() * 30);
  for (let i = 0; i < pieces; i++) text += ASCII_PIECES[Math.floor(random() * ASCII_PIECES.length)];
  return text;
}

function spans(generator: Iterable<{ offset: number; text: string; sentenceStart: boolean }>): string[] {
  return [...generator].map((span) => `${span.offset}:${span.text}:${span.sentenceStart}`);
}

describe('wordSpans (property)', () => {
  it('reads every text as the patterns do, on ASCII-heavy and hostile Unicode text alike', () => {
    const random = seededRandom(SEED);
    for (let n = 0; n < 20_000; n++) {
      const text = n % 2 === 0 ? asciiHeavyText(random) : randomText(random, 20);
      assert.deepEqual(spans(wordSpans(text)), spans(wordSpansByPattern(text)), `seed ${SEED}, text ${visible(text)}`);
    }
  });
});

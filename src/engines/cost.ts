/**
 * Which texts are cheap enough for the main thread: an estimate of the work, not a length.
 *
 * The main thread answers every request, /healthz included, so it may only run work that costs
 * about as much as a thread hop (tens of microseconds to a couple of milliseconds). Length alone
 * is a poor guide: 2,000 characters of prose the model knows cost well under a millisecond, while
 * 2,000 characters of distinct unknown two-letter words cost ~100 ms, because every unknown word
 * searches the edit-distance-2 neighbourhood of the index and short words have the most
 * neighbours. So the estimate, in microseconds, is
 *
 *   space:  chars · 0.5                      (the Viterbi segmenter is linear, ~2 M chars/s)
 *   spell:  known words · 1  +  Σ over DISTINCT unknown words  unknownCost(length)
 *           unknownCost: 2 letters 350, 3 letters 200, 4–5 letters 100, longer 40
 *
 * (measured per word on this repository's model on a shared 2-core machine, rounded up; the
 * corrector remembers a word it has seen within a text, hence "distinct"). Texts longer than
 * INLINE_MAX_CHARS are never estimated (the estimate itself must stay cheap) and go to a worker.
 */
import type { Model } from '../algorithms/model.ts';
import { wordSpans } from '../algorithms/spell/tokens.ts';
import type { LocalOperation } from './run.ts';

/** Longer texts always go to a worker thread, whatever their estimate. */
const INLINE_MAX_CHARS = 2_000;

/** The default main-thread budget per text, in estimated microseconds. */
export const INLINE_BUDGET_US = 2_000;

const SPACE_US_PER_CHAR = 0.5;
const KNOWN_WORD_US = 1;

/** Estimated microseconds of CPU for one unknown word of `length` letters. */
export function unknownWordCost(length: number): number {
  if (length <= 2) return 350;
  if (length === 3) return 200;
  if (length <= 5) return 100;
  return 40;
}

/** Estimated microseconds of CPU to run `operation` on `text`; stops counting once past `budgetUs`. */
function estimateCost(operation: LocalOperation, text: string, words: Model, budgetUs = Infinity): number {
  if (operation === 'space') return text.length * SPACE_US_PER_CHAR;
  let cost = 0;
  const unknown = new Set<string>();
  for (const span of wordSpans(text)) {
    const lower = span.text.toLowerCase();
    if (words.counts.has(lower) || unknown.has(lower)) {
      cost += KNOWN_WORD_US;
    } else {
      unknown.add(lower);
      cost += unknownWordCost(lower.length);
    }
    if (cost > budgetUs) return cost;
  }
  return cost;
}

/** True when `text` is cheap enough to run on the main thread: estimated under `budgetUs` (0: never). */
export function runsInline(operation: LocalOperation, text: string, words: Model, budgetUs: number): boolean {
  if (text.length > INLINE_MAX_CHARS) return false;
  return estimateCost(operation, text, words, budgetUs) < budgetUs;
}

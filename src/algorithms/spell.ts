// Spelling correction: pick the candidate c that maximises P(c) · P(w|c) (Norvig's noisy channel).
//
// P(c) = count(c) / total from the shared word model; P(w|c) ∝ exp(-λ · cost(w, c)) with the weighted
// edit cost of spell-error-model.ts; the candidates are the known words within distance 2 of w, found
// by the symmetric-delete index of spell-index.ts. When there is none, the words sharing w's consonant
// skeleton (spell-skeleton.ts) whose edit cost is at most 3 are tried; failing that, w stays as it is.
// A known word is returned as is. Ties go to the more frequent word, then the one listed first.
// Policy for names: a Capitalised word that the model does not know is taken for a name and left
// alone, unless it starts a sentence or a line, where the capital says nothing. A possessive (`Jonh's`)
// is corrected on its stem and keeps its `'s`; a contraction the model knows (`don't`) is a word.
import type { Model } from './model.ts';
import { DEFAULT_EDIT_COSTS, editCost, type EditCosts } from './spell-error-model.ts';
import { forEachCandidate, MAX_DISTANCE, spellIndex } from './spell-index.ts';
import { isCorrectableShape, wordSpans } from './tokens.ts';
import { forEachSkeletonMatch, skeletonIndex } from './spell-skeleton.ts';

/** The engine name and version stored with each correction record. */
export const SPELL_ENGINE = 'textops-spell/1';

/** One replaced word: where it was (UTF-16 offset in the input), what it was, what it became. */
export interface SpellChange {
  readonly offset: number;
  readonly original: string;
  readonly replacement: string;
}

/** A corrected text with the list of its changes, in text order. */
export interface SpellResult {
  readonly text: string;
  readonly changes: SpellChange[];
}

/** Tuning of the channel model: λ per unit of edit cost, the edit costs, and the fallback's cost ceiling. */
export interface SpellOptions {
  readonly lambda: number;
  readonly costs: EditCosts;
  /** the largest edit cost a skeleton match (beyond distance 2) may have; 0 turns the fallback off. */
  readonly fallbackMaxCost: number;
}

/** The options in use (see bench/RESULTS.md for how they were chosen). */
export const DEFAULT_SPELL_OPTIONS: SpellOptions = { lambda: 8, costs: DEFAULT_EDIT_COSTS, fallbackMaxCost: 3 };

/** Distinct words remembered per `correct` call, which bounds its extra memory. */
const MEMO_LIMIT = 50_000;

/** Builds a model's lookup structures now (otherwise the first correction does), e.g. at start-up. */
export function prepareSpelling(model: Model): void {
  spellIndex(model);
  skeletonIndex(model);
}

/** Corrects every misspelled word of `text`; all other characters pass through unchanged. */
export function correct(text: string, model: Model, options: SpellOptions = DEFAULT_SPELL_OPTIONS): SpellResult {
  const pieces: string[] = [];
  const changes: SpellChange[] = [];
  // Texts repeat their words, misspellings included: each distinct word is corrected once per call.
  const corrected = new Map<string, string>();
  let copiedUpTo = 0;
  for (const span of wordSpans(text)) {
    const looksLikeName = !span.sentenceStart && isCapitalised(span.text);
    if (looksLikeName && !isKnown(stemOf(span.text), model)) continue;
    let replacement = corrected.get(span.text);
    if (replacement === undefined) {
      replacement = correctWord(span.text, model, options);
      if (corrected.size < MEMO_LIMIT) corrected.set(span.text, replacement);
    }
    if (replacement === span.text) continue;
    pieces.push(text.slice(copiedUpTo, span.offset), replacement);
    copiedUpTo = span.offset + span.text.length;
    changes.push({ offset: span.offset, original: span.text, replacement });
  }
  if (changes.length === 0) return { text, changes };
  pieces.push(text.slice(copiedUpTo));
  return { text: pieces.join(''), changes };
}

/** The most probable intended spelling of one word, in the word's case; a known word comes back as is. */
export function correctWord(word: string, model: Model, options: SpellOptions = DEFAULT_SPELL_OPTIONS): string {
  if (!isCorrectableShape(word) || isKnown(word, model)) return word;
  const stem = stemOf(word);
  if (stem !== word) {
    if (stem.length < 2 || isKnown(stem, model)) return word;
    const best = bestCandidate(stem.toLowerCase().replaceAll('’', "'"), model, options);
    return best === undefined ? word : withCaseOf(word, best) + word.slice(stem.length);
  }
  const best = bestCandidate(word.toLowerCase().replaceAll('’', "'"), model, options);
  return best === undefined ? word : withCaseOf(word, best);
}

/**
 * The most probable intended word for lowercase `typed`: the known word within distance 2 with the highest
 * P(c) · P(typed|c), else the best consonant-skeleton match within the fallback's cost, else undefined.
 */
export function bestCandidate(typed: string, model: Model, options: SpellOptions = DEFAULT_SPELL_OPTIONS): string | undefined {
  if (typed.length > model.maxWordLength + MAX_DISTANCE) return undefined;
  const index = spellIndex(model);
  let found = 0;
  forEachCandidate(index, typed, MAX_DISTANCE, (id, distance) => {
    if (found === candidateKeys.length) candidateKeys = growCopy(candidateKeys);
    candidateKeys[found++] = id * 4 + distance;
  });
  // Most frequent first (ids are frequency ranks). No edit costs less than the cheapest slip, so once
  // a candidate's prior cannot beat the best score even at that price, neither can any rarer one.
  const keys = candidateKeys.subarray(0, found).sort();
  const cheapestEdit = cheapestEditCost(options.costs);
  let bestId = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < found; k++) {
    const id = keys[k] >>> 2;
    const distance = keys[k] & 3;
    const logCount = index.logCounts[id];
    if (logCount - options.lambda * cheapestEdit < bestScore) break;
    if (logCount - options.lambda * cheapestEdit * distance < bestScore) continue;
    const score = logCount - options.lambda * editCost(typed, index.words[id], options.costs);
    // Ties keep the earlier, more frequent word.
    if (score > bestScore) {
      bestId = id;
      bestScore = score;
    }
  }
  if (bestId < 0) return bestBySkeleton(typed, model, options);
  return index.words[bestId];
}

/** The word sharing `typed`'s consonant skeleton with the best score, among those within the fallback's cost. */
function bestBySkeleton(typed: string, model: Model, options: SpellOptions): string | undefined {
  const index = spellIndex(model);
  let bestId = -1;
  let bestScore = -Infinity;
  forEachSkeletonMatch(skeletonIndex(model), typed, (id) => {
    const cost = editCost(typed, index.words[id], options.costs);
    const score = index.logCounts[id] - options.lambda * cost;
    if (cost <= options.fallbackMaxCost && score > bestScore) {
      bestId = id;
      bestScore = score;
    }
  });
  return bestId < 0 ? undefined : index.words[bestId];
}

/** Scratch for the candidates of one query: id · 4 + distance, so that sorting orders by id. */
let candidateKeys: Uint32Array = new Uint32Array(1024);

/** A copy of `array` in a buffer twice as long. */
function growCopy(array: Uint32Array): Uint32Array {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** The smallest cost of any single edit under `costs`. */
function cheapestEditCost(costs: EditCosts): number {
  return Math.min(costs.any, costs.transpose, costs.doubleLetter, costs.vowelSwap, costs.keyboardNeighbour, costs.phonetic, costs.apostrophe);
}

/** True when the model knows the word in lowercase (typographic apostrophes read as straight ones). */
function isKnown(word: string, model: Model): boolean {
  const lower = word.toLowerCase();
  return model.counts.has(lower) || (lower.includes('’') && model.counts.has(lower.replaceAll('’', "'")));
}

/** The word without a possessive `'s`. */
function stemOf(word: string): string {
  return /['’]s$/.test(word) ? word.slice(0, -2) : word;
}

/** True when the first letter is an ASCII capital. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** `replacement` with the first letter capitalised when `original` starts with a capital. */
function withCaseOf(original: string, replacement: string): string {
  return isCapitalised(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * A reference for the segmenter's Viterbi search (src/algorithms/segment/viterbi.ts): the same costs
 * (src/algorithms/segment/model.ts) as a plain dynamic programme over Maps, written to be obviously
 * right, not fast. It is test code only: the property test asks whether the fast search finds a path
 * as cheap as this one does.
 *
 * Scope: a run of lowercase letters a-z with nothing around it, so no case cue, name, apostrophe or
 * number applies. A state is (position, last word); its cost is that of the cheapest path to it.
 * From a state (i, v) every piece run[i, e) may follow as
 *   a model word w:           + pair cost of (v, w) when the table keeps the pair, else -ln alpha(v) + cost(w);
 *   a supplementary word:     + -ln alpha(v) + the cost of a word seen once + going on;
 *   an unknown string:        + its length's cost (the table up to the window, the linear tail past it) + its letter
 *                             pairs' costs (segment/letters.ts) + going on;
 *   a derived word:           a model word or supplementary dictionary word of MIN_STEM+ letters as above, then a listed
 *                             suffix: + the suffix's cost after the stem's last two letters + going on;
 *   a prefixed word:          a listed prefix, then a model word of MIN_STEM+ letters: + -ln alpha(v) + the prefix's cost
 *                             + the stem's unigram cost (its going on left out) + going on;
 * the last four leave no context (NO_CONTEXT, whose alpha is 1). The run's start is the context `startId`.
 * The run ends at the state whose cost plus its last word's end adjustment is least.
 */
import type { SegmentModel } from '../../src/algorithms/segment/model.ts';
import { pairCostOf } from '../../src/algorithms/segment/pairs.ts';
import { MIN_STEM } from '../../src/algorithms/segment/suffixes.ts';
import { LETTER_SYMBOLS, letterSymbol } from '../../src/algorithms/segment/letters.ts';

/** The last word of a state after a word without pair counts (unknown or supplementary). */
const NO_CONTEXT = -1;

/** The words behind the model's ids, which the fast search reads from its trie. */
export interface ReferenceVocabulary {
  /** Model word id -> word (the shared model's words, most frequent first). */
  readonly words: readonly string[];
  /** Supplementary entries (data/segment-extra.txt) -> census rank, 0 for a dictionary word. */
  readonly extra: ReadonlyMap<string, number>;
  /** The productive suffixes, in the order of the model's suffixCost (data/segment-suffixes.txt). */
  readonly suffixes: readonly string[];
  /** The productive prefixes, in the order of the model's prefixCost (the `x-` lines of data/segment-suffixes.txt). */
  readonly prefixes: readonly string[];
}

/** A fast lookup of the vocabulary, built once per model. */
export interface ReferenceIndex {
  readonly idOf: ReadonlyMap<string, number>;
  readonly extra: ReadonlyMap<string, number>;
  /** Suffix -> its index in the model's suffix tables. */
  readonly suffixIndex: ReadonlyMap<string, number>;
  /** Prefix -> its cost on top of its stem's unigram cost. */
  readonly prefixCost: ReadonlyMap<string, number>;
}

/** Word -> id for the ids the segmenter's tables cover. */
export function referenceIndex(vocabulary: ReferenceVocabulary, model: SegmentModel): ReferenceIndex {
  const idOf = new Map<string, number>();
  for (let id = 0; id < Math.min(vocabulary.words.length, model.wordCost.length); id++) idOf.set(vocabulary.words[id]!, id);
  const suffixIndex = new Map(vocabulary.suffixes.map((suffix, k) => [suffix, k]));
  const prefixCost = new Map(vocabulary.prefixes.map((prefix, k) => [prefix, model.prefixCost[k]!]));
  return { idOf, extra: vocabulary.extra, suffixIndex, prefixCost };
}

/** -ln alpha(v): what a word v keeps no pair for costs on top of its own cost (nothing after NO_CONTEXT). */
function backoffOf(model: SegmentModel, v: number): number {
  return v === NO_CONTEXT ? 0 : model.backoffCost[v]!;
}

/** The cost of the model word w after v. */
function knownWordCost(model: SegmentModel, v: number, w: number): number {
  const pair = v === NO_CONTEXT ? Number.NaN : pairCostOf(model.pairs, v, w);
  return Number.isNaN(pair) ? backoffOf(model, v) + model.wordCost[w]! : pair;
}

/** The letter model's cost of a string (segment/letters.ts): each of its letter pairs, a boundary # on either side. */
function letterCost(model: SegmentModel, piece: string): number {
  let cost = 0;
  let before = 0;
  for (let k = 0; k < piece.length; k++) {
    const symbol = letterSymbol(piece.charCodeAt(k));
    cost += model.letterCosts[before * LETTER_SYMBOLS + symbol]!;
    before = symbol;
  }
  return cost + model.letterCosts[before * LETTER_SYMBOLS]!;
}

/** The cost of the unknown string `piece`, going on included. */
function unknownWordCost(model: SegmentModel, piece: string): number {
  const length = piece.length;
  const own = length < model.unknownCost.length ? model.unknownCost[length]! : model.unknownTailBase + model.unknownSlope * length;
  return own + letterCost(model, piece) + model.goOnCost[model.startId]!;
}

/** What suffix x costs after a stem ending in the two letters t, or undefined when x is no listed suffix. */
function suffixCostAfter(model: SegmentModel, index: ReferenceIndex, t: string, x: string): number | undefined {
  const k = index.suffixIndex.get(x);
  if (k === undefined) return undefined;
  const ending = 26 * (t.charCodeAt(0) - 97) + (t.charCodeAt(1) - 97);
  return model.suffixCostAfter[ending * index.suffixIndex.size + k]!;
}

/** What ending the run after last word v costs more than going on. */
function endAdjustment(model: SegmentModel, v: number): number {
  return model.endAdjust[v === NO_CONTEXT ? model.startId : v]!;
}

/**
 * The cost of the cheapest path through the lowercase run, or, given `cuts` (ascending offsets inside the run),
 * of the cheapest path whose words end exactly at those cuts (any reading of each piece).
 */
export function referenceCost(run: string, model: SegmentModel, index: ReferenceIndex, cuts?: readonly number[]): number {
  if (!/^[a-z]+$/.test(run)) throw new Error(`the reference segmenter reads lowercase a-z runs only, not ${JSON.stringify(run)}`);
  const n = run.length;
  const ends = cuts ? [...cuts, n] : undefined;
  // best[i]: last word -> cost of the cheapest path to position i ending with it.
  const best: Map<number, number>[] = Array.from({ length: n + 1 }, () => new Map());
  const at = (position: number): Map<number, number> => best[position]!; // 0 <= position <= n
  const relax = (position: number, word: number, cost: number): void => {
    if (cost < (at(position).get(word) ?? Infinity)) at(position).set(word, cost);
  };
  const goOn = model.goOnCost[model.startId]!;
  at(0).set(model.startId, 0);
  for (let i = 0; i < n; i++) {
    const nextCut = ends?.find((cut) => cut > i);
    for (const [v, cost] of at(i)) {
      for (let e = i + 1; e <= n; e++) {
        if (nextCut !== undefined && e !== nextCut) continue;
        const piece = run.slice(i, e);
        const w = index.idOf.get(piece);
        if (w !== undefined) relax(e, w, cost + knownWordCost(model, v, w));
        if (index.extra.get(piece) === 0) relax(e, NO_CONTEXT, cost + backoffOf(model, v) + model.extraWordCost + goOn);
        relax(e, NO_CONTEXT, cost + unknownWordCost(model, piece));
        for (let k = i + MIN_STEM; k < e; k++) {
          const suffix = suffixCostAfter(model, index, run.slice(k - 2, k), run.slice(k, e));
          if (suffix === undefined) continue;
          const stem = index.idOf.get(run.slice(i, k));
          if (stem !== undefined) relax(e, NO_CONTEXT, cost + knownWordCost(model, v, stem) + suffix + goOn);
          if (index.extra.get(run.slice(i, k)) === 0) relax(e, NO_CONTEXT, cost + backoffOf(model, v) + model.extraWordCost + goOn + suffix + goOn);
        }
        for (let k = i + 1; k <= e - MIN_STEM; k++) {
          const prefix = index.prefixCost.get(run.slice(i, k));
          const stem = index.idOf.get(run.slice(k, e));
          if (prefix !== undefined && stem !== undefined) relax(e, NO_CONTEXT, cost + backoffOf(model, v) + prefix + (model.wordCost[stem]! - model.goOnCost[stem]!) + goOn);
        }
      }
    }
  }
  let cheapest = Infinity;
  for (const [v, cost] of at(n)) cheapest = Math.min(cheapest, cost + endAdjustment(model, v));
  return cheapest;
}

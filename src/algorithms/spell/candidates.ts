// The few best candidates for one unknown word, by P(c) · P(w|c) alone, with a bounded amount of work.
//
// score(c) = ln(count(c) + k) - λ · cost(w, c)   (ln P(c) up to a constant, smoothed by spell/prior.ts; cost from
// spell/error-model.ts); the scores handed on are shifted so that the best carries its raw-count score.
//
// The candidates are the known words within OSA distance 2 (spell/deletion-index.ts), and, when there is none or
// (for a word of 6 letters or more) the best of them scores below σ (a far or rare guess: `muinets` → magnets,
// mines), the words sharing w's consonant skeleton within the fallback's cost too (spell/skeleton.ts: `minutes`,
// three edits away). The best
// `limit` are kept in descending score order (ties: the more frequent word), so that the context model
// (spell/context.ts) can re-rank them and the runners-up become the change's ranked alternatives. The model's
// spelling-only words (model.ts, ranked by spell/prior.ts below every counted word) are candidates too, but
// never for themselves: a typed word a curated dictionary lists is still an unknown word, which the gates of
// spell/spell.ts keep or correct (θ_d) as before.
//
// Bounded work: the symmetric-delete probes of a 2- or 3-letter word hit the 0- and 1-letter deletion
// keys that hundreds of words share, so a text of thousands of distinct short unknown words used to cost
// ~350 ms per 20,000 characters. Two rules bound it: (1) a word of SHORT_WORD letters or fewer is looked
// up at distance 1 only (two edits of a 3-letter word leave one letter of it: a guess, not a correction),
// which verifies only the index entries of 0 or 1 deletions (spell/deletion-index.ts): tens instead of hundreds;
// (2) the caller passes a `Budget` of verified index hits per text (DEFAULT_HIT_BUDGET, ~5 times what a
// 10,000-word text with 500 distinct misspellings uses, twice what 20,000 characters of distinct real
// misspellings use); once it is spent, the text's further unknown
// words are left as they are. The work per text is then at most the budget's hits plus O(characters)
// for tokenising and look-ups (bench/RESULTS.md states the worst case measured).
import type { Model } from '../model.ts';
import { editCost, type EditCosts } from './error-model.ts';
import { collectHits, MAX_DISTANCE, spellIndex } from './deletion-index.ts';
import { OsaPattern } from './distance.ts';
import { anchorScores, smoothedLogCounts } from './prior.ts';
import { forEachSkeletonMatch, skeletonIndex } from './skeleton.ts';

/** Tuning of the channel model: λ per unit of edit cost, the edit costs, and the fallback's cost ceiling. */
export interface ChannelOptions {
  readonly lambda: number;
  readonly costs: EditCosts;
  /** the largest edit cost a skeleton match (beyond distance 2) may have; 0 turns the fallback off. */
  readonly fallbackMaxCost: number;
  /** k: candidates are ranked by ln(count + k) (spell/prior.ts); 0 reads the counts as they are. */
  readonly priorPseudoCount: number;
  /**
   * σ: the skeleton's matches join the candidates within distance 2 of a word of 6 letters or more when the best of those scores below σ
   * (ln(count + k) - λ · cost, before spell/prior.ts shifts it); -Infinity: only when there is none. Not for a word
   * with an apostrophe, whose skeleton joins its parts (`d'etat` → `data`).
   */
  readonly skeletonBelow: number;
}

/**
 * Candidates scoring this many nats below the best are not ranked: their posterior share is under e^-W
 * unless the context lifts them by about as much (W = 6, 10 and no window measured the same on both sentence sets).
 */
const SCORE_WINDOW = 10;

/**
 * Words shorter than this never get the skeleton's matches beside distance-2 candidates: a short skeleton (`bt`) is
 * shared by dozens of words, each priced by editCost, and the worst-case texts of the sentence bench (20,000
 * characters of distinct unknown 2- to 5-letter words) would pay that for most of their words; from 6 letters on,
 * they do no more work than before. The dev and held-out figures are the same with 4, 5 or 6.
 */
const SKELETON_BESIDE_MIN_LENGTH = 6;

/** Words this short or shorter are looked up at distance 1 only. */
const SHORT_WORD = 3;

/** Index hits one text may verify; the unknown words after that are left uncorrected. */
const DEFAULT_HIT_BUDGET = 150_000;

/** The work left for one text: verified index hits (shared by all its words). */
export interface Budget {
  hits: number;
}

/** A fresh per-text budget. */
export function newBudget(hits = DEFAULT_HIT_BUDGET): Budget {
  return { hits };
}

/** The best candidates of one word, best first: parallel arrays of word ids and isolated scores. */
export interface Ranked {
  readonly ids: number[];
  readonly scores: number[];
}

/**
 * The best `limit` candidates for lowercase `typed` by isolated score, best first (empty when none).
 * `budget` is charged with the index hits verified; once it is exhausted the answer is empty.
 */
export function rankCandidates(typed: string, model: Model, options: ChannelOptions, limit: number, budget?: Budget): Ranked {
  const ranked: Ranked = { ids: [], scores: [] };
  if (typed.length > model.maxWordLength + MAX_DISTANCE || (budget !== undefined && budget.hits <= 0)) return ranked;
  const index = spellIndex(model);
  const maxDistance = typed.length <= SHORT_WORD ? 1 : MAX_DISTANCE;
  const hits = collectHits(index, typed, maxDistance);
  if (budget !== undefined) budget.hits -= hits;
  // Most frequent first (ids are frequency ranks). No edit costs less than the cheapest slip, so once a
  // candidate's prior cannot beat the limit-th best score even at that price, neither can any rarer one.
  // The hits are verified (osaDistance) only once their prior could still make the list: most are rarer
  // words that the bar turns away unverified. Stopping at an unverified hit is the same as stopping at the
  // next verified one when the priors never rise with the id (the bar cannot move in between).
  const logCounts = smoothedLogCounts(index, options.priorPseudoCount);
  const ids = index.hitIds.subarray(0, hits).sort();
  // The hits' priors and words are random reads (a 2.4 MB array, strings across the heap), and in the loop below each
  // waits for the one before: the loop's work between them keeps the processor from running ahead. Touched first in a
  // loop of nothing else, they are fetched together, and the loop below finds them in the caches: about 1.15x on
  // running text with the context's four candidates, outputs unchanged (bench/RESULTS.md).
  let touched = 0;
  for (let k = 0; k < hits; k++) touched += index.words[ids[k]!]!.length + logCounts[ids[k]!]!;
  sink = touched;
  pattern.set(typed);
  const cheapestEdit = cheapestEditCost(options.costs);
  for (let k = 0; k < hits; k++) {
    const id = ids[k]!;
    const logCount = logCounts[id]!;
    const bar = Math.max(ranked.ids.length < limit ? -Infinity : (ranked.scores.at(-1) as number), ranked.ids.length === 0 ? -Infinity : ranked.scores[0]! - SCORE_WINDOW);
    const word = index.words[id]!;
    if (id >= index.modelWords && word === typed) continue;
    if (logCount - options.lambda * cheapestEdit < bar) {
      if (index.logCountsDescending) break;
      if (pattern.distance(word, maxDistance) <= maxDistance) break;
      continue;
    }
    // A lower bound of the distance first (the length difference), then the exact distance.
    const atLeast = word === typed ? 0 : Math.max(1, Math.abs(word.length - typed.length));
    if (logCount - options.lambda * cheapestEdit * atLeast < bar) continue;
    const distance = pattern.distance(word, maxDistance);
    if (distance > maxDistance || logCount - options.lambda * cheapestEdit * distance < bar) continue;
    // A full list takes only a score above its last: a cost above (logCount − last) / λ (with a margin far
    // beyond rounding) cannot get in, so editCost may stop as soon as it is sure to exceed that.
    const ceiling = ranked.ids.length >= limit && options.lambda > 0 ? (logCount - ranked.scores.at(-1)!) / options.lambda + 1e-9 : Infinity;
    const cost = editCost(typed, word, options.costs, ceiling);
    if (cost > ceiling) continue;
    insertRanked(ranked, id, logCount - options.lambda * cost, limit);
  }
  if (ranked.ids.length === 0 || (ranked.scores[0]! < options.skeletonBelow && typed.length >= SKELETON_BESIDE_MIN_LENGTH && !typed.includes("'"))) rankBySkeleton(typed, model, options, limit, ranked, logCounts);
  anchorScores(ranked, index.logCounts, logCounts);
  return ranked;
}

/** Adds to `ranked` the words sharing `typed`'s consonant skeleton within the fallback's cost (each word once). */
function rankBySkeleton(typed: string, model: Model, options: ChannelOptions, limit: number, ranked: Ranked, logCounts: Float64Array): void {
  const index = spellIndex(model);
  forEachSkeletonMatch(skeletonIndex(model), typed, (id) => {
    if (ranked.ids.includes(id)) return;
    const cost = editCost(typed, index.words[id]!, options.costs);
    if (cost <= options.fallbackMaxCost) insertRanked(ranked, id, logCounts[id]! - options.lambda * cost, limit);
  });
}

/** Inserts (id, score) in descending order, keeping at most `limit`; a tie keeps the earlier entry first. */
function insertRanked(ranked: Ranked, id: number, score: number, limit: number): void {
  let at = ranked.ids.length;
  while (at > 0 && ranked.scores[at - 1]! < score) at--;
  if (at >= limit) return;
  ranked.ids.splice(at, 0, id);
  ranked.scores.splice(at, 0, score);
  if (ranked.ids.length > limit) {
    ranked.ids.pop();
    ranked.scores.pop();
  }
}

/** Words best first by score (stable: ties keep their order) with their softmax shares: a posterior. */
export function posterior(words: readonly string[], scores: readonly number[]): { words: string[]; confidences: number[] } {
  const order = words.map((_, k) => k).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const top = scores[order[0]!]!;
  const weights = order.map((k) => Math.exp(scores[k]! - top));
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return { words: order.map((k) => words[k]!), confidences: weights.map((weight) => weight / sum) };
}

/** Where the touching loop of rankCandidates leaves its sum, so that its reads are kept. */
let sink = 0;

/** Scratch: the typed word prepared for its distances to the hits (bit-parallel, spell/distance.ts). */
const pattern = new OsaPattern();

/** The smallest cost of any single edit under `costs` (a repeated pair is two edits of the distance). */
function cheapestEditCost(costs: EditCosts): number {
  return Math.min(costs.any, costs.transpose, costs.doubleLetter, costs.vowelSwap, costs.keyboardNeighbour, costs.phonetic, costs.apostrophe, costs.vowelInsert, costs.omission, costs.repeatPair / 2);
}

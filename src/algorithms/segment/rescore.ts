// A second pass over the Viterbi's best split of a run: the same words, priced with second-order context.
//
// The search (segment/viterbi.ts) prices each word by the word before it. Some splits are wrong only in the
// light of the word before that: `live with in your means` against `live within your means` (big.txt's
// `with in` is frequent, but 174 of its 176 are `met with in`). This pass walks the best path and, at each
// pair of adjacent model words, tries the other ways of spelling the same letters as one or two model words
// (a merge, a moved boundary); it keeps one when it is cheaper by RESCORE_MARGIN nats
// under an interpolation-free Kneser-Ney model (Kneser & Ney 1995; Katz's backing off, the search's D):
//   P(w | u v)   = (c(u v w) - D) / c(u v ·)                                for a kept triple (data/trigrams.txt),
//                = alpha(u v) P_cont(w | v) / (1 - sum of P_cont(w' | v) over u v's kept followers w')  otherwise,
//   alpha(u v)   = 1 - sum over the kept triples of (c(u v w') - D) / c(u v ·)   (1 where u v kept none),
//   P_cont(w | v) = (N1+(· v w) - D) / N1+(· v ·)                           for a kept continuation pair,
//                = gamma(v) P(w) / (1 - sum of P(w') over v's kept continuation followers)  otherwise,
// where N1+(· v w) counts the distinct words seen before v w: a pair that follows one word only (`with in`)
// is unlikely after any other, however often it occurs. A word whose two words before are not both model
// words (the run's first word, a word after an unknown one) takes the search's own bigram cost; every word
// pays its going-on cost, and the run's last its end cost, as in the search (segment/model.ts). The window
// priced is the pair (or its replacement) and the two words after it, whose contexts change. Words the search read otherwise
// (unknown, supplementary, derived, clitics, letters kept on numbers) are left alone and give no context, and
// so is any window with a capital after its first letter (the search's case cues decide there).
// Work is a trie walk per word and per pair and a few binary searches per alternative: linear in the run.
// Splitting one word into two was measured too and not kept: the same on dev, for a trie walk more per word (bench/RESULTS.md).
import { childOf, NODE_SIZE, symbolOf, WORD_ENDS, WORD_SLOT } from './trie.ts';
import { MAX_PAIR_IDS, pairCostOf } from './pairs.ts';
import type { SegmentModel } from './model.ts';
import type { TrigramIds } from './trigrams.ts';
import type { RunSplit } from './best-path.ts';
import { APOSTROPHE } from './cues.ts';

/** The second-order model (see the header), in the compressed-row form of segment/trigrams.ts, costs in place of counts. */
export interface TrigramModel {
  readonly ids: Omit<TrigramIds, 'count' | 'continuationTotal' | 'contextTotal'>;
  /** By follower entry: -ln P_cont(w | v) or -ln P(w | u v), with w's going-on cost. */
  readonly cost: Float32Array;
  /** By v: -ln gamma(v) + ln(1 - sum of P(w') over v's kept continuation followers) (0 where v has none: P(w) alone). */
  readonly continuationBackoff: Float32Array;
  /** By triple context: -ln alpha(u v) + ln(1 - sum of P_cont(w' | v) over its kept followers w'). */
  readonly contextBackoff: Float32Array;
}

/** D of the triples and of the continuation counts: the bigram model's. */
const DISCOUNT = 0.75;

/** Nats by which an alternative must be cheaper than the search's split to replace it (tuned on dev: 0 / 0.5 / 1 / 2). */
const RESCORE_MARGIN = 1;

/** -ln P(w | v) of the search's bigram model, with w's going-on cost (v < 0: no context, the unigram). */
function bigramCost(model: SegmentModel, v: number, w: number): number {
  if (v < 0) return model.wordCost[w]!;
  const pair = pairCostOf(model.pairs, v, w);
  return Number.isNaN(pair) ? model.backoffCost[v]! + model.wordCost[w]! : pair;
}

/** The entry of w among words[from, to) (ascending), or -1. */
function entryOf(words: Int32Array, from: number, to: number, w: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && words[lo] === w ? lo : -1;
}

/** The triple context (u, v), or -1. */
function contextOf(keys: Float64Array, u: number, v: number): number {
  const key = u * MAX_PAIR_IDS + v;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? lo : -1;
}

/** -ln P_cont(w | v), the continuation bigram (see the header), with w's going-on cost. */
function continuationCost(model: SegmentModel, trigrams: Omit<TrigramModel, 'contextBackoff'>, v: number, w: number): number {
  const { continuationFrom, word } = trigrams.ids;
  const entry = entryOf(word, continuationFrom[v]!, continuationFrom[v + 1]!, w);
  return entry >= 0 ? trigrams.cost[entry]! : trigrams.continuationBackoff[v]! + model.wordCost[w]!;
}

/** Prices the followers [from, to) of a context of `total` in `cost` and returns its backoff cost; `lower` is -ln (with going on) of what it backs off to. */
function priceContext(ids: TrigramIds, cost: Float32Array, from: number, to: number, total: number, model: SegmentModel, lower: (w: number) => number): number {
  let kept = 0;
  let seenMass = 0;
  for (let k = from; k < to; k++) {
    const w = ids.word[k]!;
    kept += Math.max(ids.count[k]! - DISCOUNT, 0) / total;
    seenMass += Math.exp(-(lower(w) - model.goOnCost[w]!));
    cost[k] = -Math.log(Math.max(ids.count[k]! - DISCOUNT, 1e-9) / total) + model.goOnCost[w]!;
  }
  return -Math.log(Math.max(1 - kept, 1e-9)) + Math.log(Math.max(1 - seenMass, 1e-6));
}

/** Turns the counts into costs over the model's word costs (see the header). */
export function prepareTrigrams(ids: TrigramIds, model: SegmentModel): TrigramModel {
  const cost = new Float32Array(ids.word.length);
  const continuationBackoff = new Float32Array(model.startId + 1);
  for (let v = 0; v < model.startId; v++) {
    const from = ids.continuationFrom[v]!;
    const to = ids.continuationFrom[v + 1]!;
    if (to > from) continuationBackoff[v] = priceContext(ids, cost, from, to, ids.continuationTotal[v]!, model, (w) => model.wordCost[w]!);
  }
  const { count: _count, continuationTotal: _c, contextTotal: _t, ...kept } = ids;
  const partial = { ids: kept, cost, continuationBackoff };
  const contextBackoff = new Float32Array(ids.contextKey.length);
  for (let c = 0; c < contextBackoff.length; c++) {
    const v = ids.contextKey[c]! % MAX_PAIR_IDS;
    contextBackoff[c] = priceContext(ids, cost, ids.contextFrom[c]!, ids.contextFrom[c + 1]!, ids.contextTotal[c]!, model, (w) => continuationCost(model, partial, v, w));
  }
  return { ...partial, contextBackoff };
}

/** -ln P(w | u v) with w's going-on cost; u or v < 0 where the path gives no such context (then the search's bigram). */
function trigramCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, w: number): number {
  if (u < 0 || v < 0) return bigramCost(model, v, w);
  const context = contextOf(trigrams.ids.contextKey, u, v);
  if (context < 0) return continuationCost(model, trigrams, v, w);
  const entry = entryOf(trigrams.ids.word, trigrams.ids.contextFrom[context]!, trigrams.ids.contextFrom[context + 1]!, w);
  return entry >= 0 ? trigrams.cost[entry]! : trigrams.contextBackoff[context]! + continuationCost(model, trigrams, v, w);
}

/** The model word spelled by codes[from, to), or -1. */
function wordIdOf(model: SegmentModel, codes: Uint8Array, from: number, to: number): number {
  const nodes = model.trie.nodes;
  let node = 0;
  for (let k = from; k < to && node >= 0; k++) node = childOf(nodes, node, symbolOf(codes[k]!));
  if (node < 0 || (nodes[NODE_SIZE * node]! & WORD_ENDS) === 0) return -1;
  return nodes[NODE_SIZE * node + WORD_SLOT]!;
}

/** What is around the run: the word before it (or the run start), and whether the run ends at punctuation. */
interface RescoreContext {
  readonly before: number;
  readonly endsRun: boolean;
}

// Scratch of one window: the words priced (the window's, then up to two after it), and the alternatives found (the
// boundary inside, -1 for a merge, and their one or two words). The pass is synchronous and never re-entered.
const windowWords = new Int32Array(4);
const alternativeBound: number[] = [];
const alternativeFirst: number[] = [];
const alternativeSecond: number[] = [];

/**
 * The cost of the `count` words in windowWords after the context u v, stopping at a word left alone (which gives no
 * context); `reachesEnd`: the last of them ends the run, and pays its end cost when the run ends at punctuation.
 */
function sequenceCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, count: number, reachesEnd: boolean, endsRun: boolean): number {
  let cost = 0;
  let previous = u;
  let last = v;
  for (let k = 0; k < count; k++) {
    const w = windowWords[k]!;
    if (w < 0) return cost;
    cost += trigramCost(model, trigrams, previous, last, w);
    previous = last;
    last = w;
  }
  return reachesEnd && endsRun ? cost + model.endAdjust[last]! : cost;
}

/** True when codes[from, to) holds an apostrophe: a clitic or a quote, which the search reads, not the model. */
function hasApostrophe(codes: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (codes[k] === APOSTROPHE) return true;
  return false;
}

/** True when codes[from, to) of the text has a capital after its first letter (the search's case cues decide there). */
function hasInnerCapital(text: string, start: number, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Finds the other spellings of codes[from, to) as one model word or two (not split at `current`); returns how many. */
function findAlternatives(model: SegmentModel, codes: Uint8Array, from: number, to: number, current: number): number {
  alternativeBound.length = 0;
  alternativeFirst.length = 0;
  alternativeSecond.length = 0;
  const nodes = model.trie.nodes;
  let node = 0;
  for (let b = from; b < to; b++) {
    node = childOf(nodes, node, symbolOf(codes[b]!));
    if (node < 0) break;
    const at = NODE_SIZE * node;
    if ((nodes[at]! & WORD_ENDS) === 0 || b + 1 === current) continue;
    if (b + 1 === to) {
      alternativeBound.push(-1);
      alternativeFirst.push(nodes[at + WORD_SLOT]!);
      alternativeSecond.push(-1);
      continue;
    }
    const second = wordIdOf(model, codes, b + 1, to);
    if (second < 0) continue;
    alternativeBound.push(b + 1);
    alternativeFirst.push(nodes[at + WORD_SLOT]!);
    alternativeSecond.push(second);
  }
  return alternativeBound.length;
}

/** Fills windowWords with first and second (-1: none) then the path's next two words from `after` on; returns how many. */
function fillWindow(ids: readonly number[], after: number, first: number, second: number): number {
  let count = 0;
  windowWords[count++] = first;
  if (second >= 0) windowWords[count++] = second;
  for (let k = after; k < ids.length && count < 4 && k < after + 2; k++) windowWords[count++] = ids[k]!;
  return count;
}

/**
 * The run text[start, end)'s boundaries after the second pass, given the search's (relative, ascending, without 0
 * and n); the first or the last word may be left alone (letters kept on a number).
 */
function rescoredBounds(text: string, start: number, end: number, inner: readonly number[], keepFirst: boolean, keepLast: boolean, model: SegmentModel, trigrams: TrigramModel, context: RescoreContext): { inner: number[]; lastWord: number; changed: boolean } {
  const n = end - start;
  const codes = new Uint8Array(n);
  let apostrophes = 0;
  for (let k = 0; k < n; k++) {
    codes[k] = text.charCodeAt(start + k) | 0x20;
    if (codes[k] === APOSTROPHE) apostrophes++;
  }
  const bounds = [0, ...inner, n];
  const ids: number[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const left = (k === 0 && keepFirst) || (k === bounds.length - 2 && keepLast) || (apostrophes > 0 && hasApostrophe(codes, bounds[k]!, bounds[k + 1]!));
    ids.push(left ? -1 : wordIdOf(model, codes, bounds[k]!, bounds[k + 1]!));
  }
  let changed = false;
  for (let i = 0; i + 1 < ids.length; i++) {
    if (ids[i]! < 0 || ids[i + 1]! < 0) continue;
    const from = bounds[i]!;
    const to = bounds[i + 2]!;
    if (hasInnerCapital(text, start, from, to)) continue;
    // Most pairs have no other spelling: only those that do are priced.
    const found = findAlternatives(model, codes, from, to, bounds[i + 1]!);
    if (found === 0) continue;
    const u = i >= 2 ? ids[i - 2]! : i === 1 ? context.before : -1;
    const v = i >= 1 ? ids[i - 1]! : context.before;
    const reachesEnd = i + 4 >= ids.length;
    let best = sequenceCost(model, trigrams, u, v, fillWindow(ids, i + 2, ids[i]!, ids[i + 1]!), reachesEnd, context.endsRun);
    let chosen = -1;
    for (let a = 0; a < found; a++) {
      const cost = sequenceCost(model, trigrams, u, v, fillWindow(ids, i + 2, alternativeFirst[a]!, alternativeSecond[a]!), reachesEnd, context.endsRun) + RESCORE_MARGIN;
      if (cost < best) {
        best = cost;
        chosen = a;
      }
    }
    if (chosen < 0) continue;
    const bound = alternativeBound[chosen]!;
    const second = alternativeSecond[chosen]!;
    if (bound >= 0) bounds[i + 1] = bound;
    else bounds.splice(i + 1, 1);
    if (second >= 0) {
      ids[i] = alternativeFirst[chosen]!;
      ids[i + 1] = second;
    } else ids.splice(i, 2, alternativeFirst[chosen]!);
    changed = true;
  }
  return { inner: changed ? bounds.slice(1, -1) : [...inner], lastWord: ids[ids.length - 1]!, changed };
}

/** The search's split of the run text[start, end) after the second pass: its offsets (absolute) and its last model word (-1: none). */
export function rescoreSplit(text: string, start: number, end: number, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, previousWord: number, endsRun: boolean): { offsets: number[]; lastWord: number } {
  const inner = split.offsets.map((offset) => offset - start);
  const context = { before: previousWord >= 0 ? previousWord : model.startId, endsRun: endsRun && !split.prefixKept };
  const result = rescoredBounds(text, start, end, inner, split.suffixKept, split.prefixKept, model, trigrams, context);
  if (!result.changed) return split;
  return { offsets: result.inner.map((offset) => offset + start), lastWord: result.lastWord };
}

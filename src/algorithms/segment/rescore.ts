// A second pass over the Viterbi's best split of a run: the same words, priced with second-order context.
//
// The search (segment/viterbi.ts) prices each word by the word before it. Some splits are wrong only in the
// light of the word before that: `live with in your means` against `live within your means` (big.txt's
// `with in` is frequent, but 174 of its 176 are `met with in`). This pass walks the best path and, at each
// pair of adjacent model words whose letters spell one model word, prices that merge; it keeps it when it is
// cheaper by RESCORE_MARGIN nats under an interpolation-free Kneser-Ney model (Kneser & Ney 1995; Katz's backing off, the search's D):
//   P(w | u v)   = (c(u v w) - D) / c(u v ·)                                for a kept triple (data/trigrams.txt),
//                = alpha(u v) P_cont(w | v) / (1 - sum of P_cont(w' | v) over u v's kept followers w')  otherwise,
//   alpha(u v)   = 1 - sum over the kept triples of (c(u v w') - D) / c(u v ·)   (1 where u v kept none),
//   P_cont(w | v) = (N1+(· v w) - D) / N1+(· v ·)                           for a kept continuation pair,
//                = gamma(v) P(w) / (1 - sum of P(w') over v's kept continuation followers)  otherwise,
// where N1+(· v w) counts the distinct words seen before v w: a pair that follows one word only (`with in`)
// is unlikely after any other, however often it occurs. A word whose two words before are not both model
// words (the run's first word, a word after an unknown one) takes the search's own bigram cost; every word
// pays its going-on cost, and the run's last its end cost, as in the search (segment/model.ts). The window
// priced is the pair (or its merge) and the two words after it, whose contexts change. Words the search read otherwise
// (unknown, supplementary, derived, clitics, letters kept on numbers) are left alone and give no context, and
// so is any pair with an apostrophe, or a capital after its first letter (the search's case cues decide there).
// Moved boundaries (a pair's letters respelled as two other words) were priced too and not kept: they won 4 times in
// the 6,000 inputs of all benchmark sets, never in dev's 1,000 unspaced ones, for a trie walk per split point.
// Cost: the pass must cost next to nothing beside the search. Most pairs spell no word together, and a Bloom filter of
// the model's 45,384 word-into-two-words splits (segment/merge-filter.ts) says so from each word's hash, computed
// once; a trie walk confirms the rest, and only around a real merge are word ids read and the model consulted.
import { childOf, NODE_SIZE, symbolOf, SYMBOLS, WORD_ENDS, wordIdAt } from './trie.ts';
import { MAX_PAIR_IDS, pairCostOf } from './pairs.ts';
import type { SegmentModel } from './model.ts';
import type { TrigramIds } from './trigrams.ts';
import type { RunSplit } from './best-path.ts';
import { APOSTROPHE } from './cues.ts';
import { buildMergeFilter, mayMerge, wordHash } from './merge-filter.ts';

/** The second-order model (see the header), in the compressed-row form of segment/trigrams.ts, costs in place of counts. */
export interface TrigramModel {
  readonly ids: Omit<TrigramIds, 'count' | 'continuationTotal' | 'contextTotal'>;
  /** By follower entry: -ln P_cont(w | v) or -ln P(w | u v), with w's going-on cost. */
  readonly cost: Float32Array;
  /** By v: -ln gamma(v) + ln(1 - sum of P(w') over v's kept continuation followers) (0 where v has none: P(w) alone). */
  readonly continuationBackoff: Float32Array;
  /** By triple context: -ln alpha(u v) + ln(1 - sum of P_cont(w' | v) over its kept followers w'). */
  readonly contextBackoff: Float32Array;
  /** The triple contexts (u, ·) are contextsFrom[u] .. contextsFrom[u + 1] - 1 (u up to the start id). */
  readonly contextsFrom: Int32Array;
  /** The pairs of model words that may spell one (segment/merge-filter.ts). */
  readonly mergeFilter: Uint32Array;
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

/** The triple context (u, v), or -1: a binary search among u's contexts only (a few cache lines, not the whole table's). */
function contextOf(trigrams: TrigramModel, u: number, v: number): number {
  const keys = trigrams.ids.contextKey;
  const key = u * MAX_PAIR_IDS + v;
  const end = trigrams.contextsFrom[u + 1]!;
  let lo = trigrams.contextsFrom[u]!;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && keys[lo] === key ? lo : -1;
}

/** -ln P_cont(w | v), the continuation bigram (see the header), with w's going-on cost. */
function continuationCost(model: SegmentModel, trigrams: Pick<TrigramModel, 'ids' | 'cost' | 'continuationBackoff'>, v: number, w: number): number {
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
export function prepareTrigrams(ids: TrigramIds, model: SegmentModel, words: readonly string[]): TrigramModel {
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
  const contextsFrom = new Int32Array(model.startId + 2);
  for (const key of ids.contextKey) {
    const u = Math.floor(key / MAX_PAIR_IDS);
    contextsFrom[u + 1] = contextsFrom[u + 1]! + 1;
  }
  for (let u = 1; u < contextsFrom.length; u++) contextsFrom[u] = contextsFrom[u]! + contextsFrom[u - 1]!;
  return { ...partial, contextBackoff, contextsFrom, mergeFilter: buildMergeFilter(words) };
}

/** -ln P(w | u v) with w's going-on cost; u or v < 0 where the path gives no such context (then the search's bigram). */
function trigramCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, w: number): number {
  if (u < 0 || v < 0) return bigramCost(model, v, w);
  const context = contextOf(trigrams, u, v);
  if (context < 0) return continuationCost(model, trigrams, v, w);
  const entry = entryOf(trigrams.ids.word, trigrams.ids.contextFrom[context]!, trigrams.ids.contextFrom[context + 1]!, w);
  return entry >= 0 ? trigrams.cost[entry]! : trigrams.contextBackoff[context]! + continuationCost(model, trigrams, v, w);
}

// Scratch of one run: the path's word ids, computed only around a candidate (UNREAD until then), and the words of one
// window priced. The pass is synchronous and never re-entered.
const UNREAD = -2;
const pathIds: number[] = [];
const bounds: number[] = [];
const windowWords = new Int32Array(4);

/** The model word spelled by text[from, to) (lower-cased), or -1; -1 too for a word with an apostrophe (a clitic or a quote, which the search reads, not the model). */
function wordIdOf(model: SegmentModel, text: string, from: number, to: number): number {
  const nodes = model.trie.nodes;
  let node = 0;
  for (let k = from; k < to && node >= 0; k++) {
    const code = text.charCodeAt(k) | 0x20;
    node = code === APOSTROPHE ? -1 : childOf(nodes, node, symbolOf(code));
  }
  if (node < 0 || (nodes[NODE_SIZE * node]! & WORD_ENDS) === 0) return -1;
  return wordIdAt(nodes, node);
}

/**
 * The model word spelled by text[from, to) when text[from, mid) is one too, else -1: the pre-check of every pair, one
 * trie walk that mostly stops a letter or two after mid. -1 also for an apostrophe, or a capital after the first letter
 * (the search's case cues decide there).
 */
function mergedWordOf(model: SegmentModel, text: string, from: number, mid: number, to: number): number {
  const { nodes, starts } = model.trie;
  // The first two steps from the trie's table of 1- and 2-letter prefixes, as the search takes them; a symbol
  // outside a-z (2..27 as code - 95: an apostrophe, a capital after the first letter) ends the walk.
  const a = (text.charCodeAt(from) | 0x20) - 95;
  const b = text.charCodeAt(from + 1) - 95;
  if (a < 2 || a > 27 || b < 2 || b > 27) return -1;
  if (mid === from + 1 && (starts[a]! < 0 || (nodes[NODE_SIZE * starts[a]!]! & WORD_ENDS) === 0)) return -1;
  let node = starts[SYMBOLS + SYMBOLS * a + b]!;
  for (let k = from + 2; node >= 0 && k < to; k++) {
    if (k === mid && (nodes[NODE_SIZE * node]! & WORD_ENDS) === 0) return -1;
    const symbol = text.charCodeAt(k) - 95;
    node = symbol < 2 || symbol > 27 ? -1 : childOf(nodes, node, symbol);
  }
  return node < 0 || (nodes[NODE_SIZE * node]! & WORD_ENDS) === 0 ? -1 : wordIdAt(nodes, node);
}

/** The model word id of the path's word k (between bounds[k] and bounds[k + 1]), read once; -1 for a word left alone (see the header: a word the search read otherwise, or the run's first or last letters kept on a number beside them). */
function pathIdOf(model: SegmentModel, text: string, k: number, keepFirst: boolean, keepLast: boolean): number {
  if (pathIds[k] === UNREAD) {
    const left = (k === 0 && keepFirst) || (k === bounds.length - 2 && keepLast);
    pathIds[k] = left ? -1 : wordIdOf(model, text, bounds[k]!, bounds[k + 1]!);
  }
  return pathIds[k]!;
}

/**
 * The cost of the `count` words in windowWords after the context u v, stopping at a word left alone (which gives no
 * context); `reachesEnd`: the last of them ends the run, and pays its end cost when `priceEnd` (the run ends at punctuation).
 */
function sequenceCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, count: number, reachesEnd: boolean, priceEnd: boolean): number {
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
  return reachesEnd && priceEnd ? cost + model.endAdjust[last]! : cost;
}

/** Prices the merges of the path in `bounds` from pair `firstPair` on (see the header) and applies those kept; returns the split after them. */
function mergedSplit(text: string, firstPair: number, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, before: number, priceEnd: boolean): { offsets: number[]; lastWord: number } {
  const keepFirst = split.suffixKept;
  const keepLast = split.prefixKept;
  let changed = false;
  for (let i = firstPair; i + 2 < bounds.length; i++) {
    if ((i === 0 && keepFirst) || (i + 3 === bounds.length && keepLast)) continue;
    const [from, mid, to] = [bounds[i]!, bounds[i + 1]!, bounds[i + 2]!];
    const merged = mayMerge(trigrams.mergeFilter, wordHash(text, from, mid), wordHash(text, mid, to)) ? mergedWordOf(model, text, from, mid, to) : -1;
    if (merged < 0) continue;
    const first = pathIdOf(model, text, i, keepFirst, keepLast);
    const second = pathIdOf(model, text, i + 1, keepFirst, keepLast);
    if (first < 0 || second < 0) continue;
    const u = i >= 2 ? pathIdOf(model, text, i - 2, keepFirst, keepLast) : i === 1 ? before : -1;
    const v = i >= 1 ? pathIdOf(model, text, i - 1, keepFirst, keepLast) : before;
    const words = bounds.length - 1;
    const after = Math.min(2, words - i - 2);
    const reachesEnd = i + 4 >= words;
    windowWords[0] = first;
    windowWords[1] = second;
    for (let k = 0; k < after; k++) windowWords[2 + k] = pathIdOf(model, text, i + 2 + k, keepFirst, keepLast);
    const kept = sequenceCost(model, trigrams, u, v, 2 + after, reachesEnd, priceEnd);
    windowWords[0] = merged;
    for (let k = 0; k < after; k++) windowWords[1 + k] = windowWords[2 + k]!;
    if (sequenceCost(model, trigrams, u, v, 1 + after, reachesEnd, priceEnd) + RESCORE_MARGIN >= kept) continue;
    bounds.splice(i + 1, 1);
    pathIds.splice(i, 2, merged);
    changed = true;
  }
  if (!changed) return split;
  return { offsets: bounds.slice(1, -1), lastWord: pathIdOf(model, text, bounds.length - 2, keepFirst, keepLast) };
}

/** The search's split of the run text[start, end) after the second pass: its offsets (absolute) and its last model word (-1: none). */
export function rescoreSplit(text: string, start: number, end: number, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, previousWord: number, endsRun: boolean): { offsets: number[]; lastWord: number } {
  const { offsets } = split;
  // Most pairs spell no model word together: one walk each rules them out, before anything is read into the scratch.
  let candidate = -1;
  let from = start;
  let firstHash = wordHash(text, start, offsets[0]!);
  for (let i = 0; i < offsets.length; i++) {
    const mid = offsets[i]!;
    const to = i + 1 < offsets.length ? offsets[i + 1]! : end;
    const secondHash = wordHash(text, mid, to);
    if (mayMerge(trigrams.mergeFilter, firstHash, secondHash) && mergedWordOf(model, text, from, mid, to) >= 0) {
      candidate = i;
      break;
    }
    from = mid;
    firstHash = secondHash;
  }
  if (candidate < 0) return split;
  bounds.length = 0;
  pathIds.length = 0;
  bounds.push(start);
  for (const offset of offsets) {
    bounds.push(offset);
    pathIds.push(UNREAD);
  }
  bounds.push(end);
  pathIds.push(UNREAD);
  return mergedSplit(text, candidate, split, model, trigrams, previousWord >= 0 ? previousWord : model.startId, endsRun && !split.prefixKept);
}

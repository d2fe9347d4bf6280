// The second pass's model (segment/rescore.ts): word triples with Kneser-Ney backing off, mixed with a class bigram.
//
// Interpolation-free Kneser-Ney over the triples of big.txt and WordNet's example sentences (data/trigrams.txt;
// Kneser & Ney 1995; Katz's backing off, the search's D):
//   P(w | u v)   = (c(u v w) - D) / c(u v ·)                                for a kept triple (data/trigrams.txt),
//                = alpha(u v) P_cont(w | v) / (1 - sum of P_cont(w' | v) over u v's kept followers w')  otherwise,
//   alpha(u v)   = 1 - sum over the kept triples of (c(u v w') - D) / c(u v ·)   (1 where u v kept none),
//   P_cont(w | v) = (N1+(· v w) - D) / N1+(· v ·)                           for a kept continuation pair,
//                = gamma(v) P(w) / (1 - sum of P(w') over v's kept continuation followers)  otherwise,
// where N1+(· v w) counts the distinct words seen before v w: a pair that follows one word only (`with in`)
// is unlikely after any other, however often it occurs. A word whose two words before are not both model
// words (the run's first word, a word after an unknown one) takes the search's own bigram cost.
// Word counts alone price a word seen once after its context like any rare word (`the mat`: 14.6 nats, more than
// `mat`'s unigram), so the pass mixes in a class bigram over learned word classes (segment/class-context.ts):
//   P_mix(w | u v) = LAMBDA P(w | u v) + (1 - LAMBDA) P_class(w | v),   LAMBDA = 0.2 (tuned on dev: 0.1 / 0.2 / 0.3 / 0.5 / 1).
// Every word pays its going-on cost, as in the search (segment/model.ts). The tables are prepared at build time
// (data/trigram-costs.bin, segment/trigram-costs.ts).
import { MAX_PAIR_IDS, pairCostOf } from './pairs.ts';
import type { SegmentModel } from './model.ts';
import type { TrigramIds } from './trigrams.ts';
import type { WordClasses } from './word-classes.ts';
import { buildMergeFilter, buildSplitFilter, buildWordFilter } from './merge-filter.ts';
import { classBigramCost, prepareClassContext, type ClassContext } from './class-context.ts';
import { entryOf } from '../sorted-ids.ts';

/** The weight of the word triples in the mix; the class bigram has the rest (see the header). */
const LAMBDA = 0.2;

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
  /** The model's words, for the moved end boundaries (segment/merge-filter.ts: mayBeWord). */
  readonly wordFilter: Uint32Array;
  /** The model's words that the pass may split in two (segment/merge-filter.ts: maySplit). */
  readonly splitFilter: Uint32Array;
  /** The class bigram mixed in (segment/class-context.ts); without it the triples alone. */
  readonly classes?: ClassContext;
}

/** D of the triples and of the continuation counts: the bigram model's. */
const DISCOUNT = 0.75;

/** -ln P(w | v) of the search's bigram model, with w's going-on cost (v < 0: no context, the unigram). */
export function bigramCost(model: SegmentModel, v: number, w: number): number {
  if (v < 0) return model.wordCost[w]!;
  const pair = pairCostOf(model.pairs, v, w);
  return Number.isNaN(pair) ? model.backoffCost[v]! + model.wordCost[w]! : pair;
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
export function prepareTrigrams(ids: TrigramIds, model: SegmentModel, words: readonly string[], classes?: WordClasses): TrigramModel {
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
  const prepared = { ...partial, contextBackoff, contextsFrom, mergeFilter: buildMergeFilter(words), wordFilter: buildWordFilter(words), splitFilter: buildSplitFilter(words, model.wordCost, model.startId, (a, b) => bigramCost(model, a, b)) };
  return classes ? { ...prepared, classes: prepareClassContext(classes, model) } : prepared;
}

/** -ln P(w | u v) with w's going-on cost; u or v < 0 where the path gives no such context (then the search's bigram). */
export function trigramCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, w: number): number {
  if (u < 0 || v < 0) return bigramCost(model, v, w);
  const context = contextOf(trigrams, u, v);
  if (context < 0) return continuationCost(model, trigrams, v, w);
  const entry = entryOf(trigrams.ids.word, trigrams.ids.contextFrom[context]!, trigrams.ids.contextFrom[context + 1]!, w);
  return entry >= 0 ? trigrams.cost[entry]! : trigrams.contextBackoff[context]! + continuationCost(model, trigrams, v, w);
}

/**
 * What the pass charges for w after u v: -ln(LAMBDA P(w | u v) + (1 - LAMBDA) P_class(w | v)) with w's going-on cost
 * (see the header); the triples alone where the model has no classes or v is no model word.
 */
export function contextCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, w: number, useClasses: boolean): number {
  const words = trigramCost(model, trigrams, u, v, w);
  const classes = trigrams.classes;
  if (!classes || v < 0 || !useClasses) return words;
  const byClass = classBigramCost(classes, v, w);
  return -Math.log(LAMBDA * Math.exp(-words) + (1 - LAMBDA) * Math.exp(-byClass));
}

// Word ids of the shared model, and the pairs of data/bigrams.txt resolved to them, built once per process.
//
// Both engines number words by their rank in the word model (model.ts) and read the same bigram counts:
// the segmenter (segment/model.ts) and the spelling corrector's context model (spell/context.ts). Each
// used to build its own word → id map (82,000 entries) and look up both words of all 107,000 pairs in it,
// about a tenth of the start-up, done twice. Here the map and the resolved pairs are built on the first
// request and cached by their inputs (a WeakMap, so they live no longer than the model and the parse);
// both are read-only to every reader. The resolved pairs keep the parse's order (contexts, then each
// context's followers), so sums over them add the same numbers in the same order as a walk of the Maps.
import type { Model } from './model.ts';
import { RUN_START, type BigramCounts } from './segment/bigrams.ts';
import { MAX_PAIR_IDS } from './segment/pairs.ts';

/** The model's words numbered by rank, for the ranks a pair table can hold (below MAX_PAIR_IDS - 1). */
export interface WordIds {
  readonly idOf: ReadonlyMap<string, number>;
  /** how many words have ids: min(words, MAX_PAIR_IDS - 1); the next id is the run start `<s>`. */
  readonly vocabulary: number;
  /** count(w) by id. */
  readonly countOf: Float64Array;
}

/** The kept pairs of a bigram parse as ids: context k is contextIds[k] with total contextTotals[k], and its followers are from[k] ... from[k + 1] - 1. */
export interface BigramIds {
  readonly contextIds: Int32Array;
  readonly contextTotals: Float64Array;
  readonly from: Int32Array;
  /** each follower's id, -1 for a word without one (counted in its context's mass all the same). */
  readonly followerIds: Int32Array;
  readonly followerCounts: Float64Array;
}

const wordIdsByModel = new WeakMap<Model, WordIds>();
const bigramIdsByParse = new WeakMap<BigramCounts, { model: Model; ids: BigramIds }>();

/** The word ids of a model, built on the first call and shared by later ones. */
export function wordIdsOf(model: Model): WordIds {
  let ids = wordIdsByModel.get(model);
  if (ids === undefined) {
    const words = model.words;
    const vocabulary = Math.min(words.length, MAX_PAIR_IDS - 1);
    const idOf = new Map<string, number>();
    const countOf = new Float64Array(vocabulary);
    for (let id = 0; id < vocabulary; id++) {
      const word = words[id]!;
      idOf.set(word, id);
      countOf[id] = model.counts.get(word) as number;
    }
    ids = { idOf, vocabulary, countOf };
    wordIdsByModel.set(model, ids);
  }
  return ids;
}

/**
 * The pairs of `bigrams` as the model's ids (see the header): contexts without an id (`<s>` gets the one after
 * the vocabulary) or without a positive total are left out, as both engines leave them out.
 */
export function bigramIdsOf(model: Model, bigrams: BigramCounts): BigramIds {
  const cached = bigramIdsByParse.get(bigrams);
  if (cached !== undefined && cached.model === model) return cached.ids;
  const { idOf, vocabulary } = wordIdsOf(model);
  let pairCount = 0;
  for (const followers of bigrams.pairs.values()) pairCount += followers.size;
  const contextIds: number[] = [];
  const contextTotals: number[] = [];
  const from: number[] = [0];
  const followerIds = new Int32Array(pairCount);
  const followerCounts = new Float64Array(pairCount);
  let at = 0;
  // forEach rather than for-of: no [key, value] array for each of the 107,000 entries (~10 ms less).
  bigrams.pairs.forEach((followers, v) => {
    const vId = v === RUN_START ? vocabulary : idOf.get(v);
    const contextTotal = bigrams.contextTotals.get(v);
    if (vId === undefined || !contextTotal) return;
    contextIds.push(vId);
    contextTotals.push(contextTotal);
    followers.forEach((count, w) => {
      followerIds[at] = idOf.get(w) ?? -1;
      followerCounts[at++] = count;
    });
    from.push(at);
  });
  const ids: BigramIds = {
    contextIds: Int32Array.from(contextIds),
    contextTotals: Float64Array.from(contextTotals),
    from: Int32Array.from(from),
    followerIds: followerIds.subarray(0, at),
    followerCounts: followerCounts.subarray(0, at),
  };
  bigramIdsByParse.set(bigrams, { model, ids });
  return ids;
}

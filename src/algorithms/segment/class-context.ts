// A class bigram over the learned word classes (segment/word-classes.ts), mixed into the second pass's costs.
//
//   P_class(w | v) = P(C(w) | C(v)) P(w | C(w)),
//   P(C' | C)      = (n(C, C') + BETA) / (n(C, ·) + BETA (K + 1)),   n over every word pair of big.txt (data/word-classes.txt),
//   P(w | C)       = P(w) / sum of P(w') over the model words of C     (P: the search's unigram),
// and the pass prices w after u v as -ln(LAMBDA P(w | u v) + (1 - LAMBDA) P_class(w | v)) (segment/rescore.ts).
// Why: big.txt has `the mat` once and no `on the mat`, so the word models price `mat` after `the` as a rare word
// anywhere (14.6 nats, more than its unigram's 12.6); its class, the nouns that follow `the`, is frequent there.
// Words too rare to be classed share class K, the run start is class K + 1 (a context only).
// The tables are prepared at build time into data/trigram-costs.bin (scripts/build-trigram-costs.ts).
import type { SegmentModel } from './model.ts';
import type { WordClasses } from './word-classes.ts';

/** The classes as the second pass reads them. */
export interface ClassContext {
  /** K + 2 (K learned classes, K for the rare words, K + 1 the run start). */
  readonly width: number;
  /** By word id w (and the run start at startId): at 2w its class, at 2w + 1 -ln P(w | C(w)) plus w's going-on cost; side by side, so that a word costs one cache miss, not three. */
  readonly wordClass: Float32Array;
  /** -ln P(C' | C) at C * width + C'. */
  readonly transitionCost: Float32Array;
}

/** Add-BETA smoothing of the class transitions. */
const BETA = 0.5;

/** The class bigram's tables (see the header) over the model's word ids. */
export function prepareClassContext(classes: WordClasses, model: SegmentModel): ClassContext {
  const k = classes.classes;
  const width = k + 2;
  const classOf = new Int32Array(model.startId + 1);
  classOf.set(classes.classOf.subarray(0, model.startId));
  classOf[model.startId] = k + 1;
  const wordClass = new Float32Array(2 * (model.startId + 1));
  const transitionCost = new Float32Array(width * width);
  for (let from = 0; from < width; from++) {
    let total = 0;
    for (let to = 0; to <= k; to++) total += classes.counts[from * width + to]!;
    for (let to = 0; to <= k; to++) transitionCost[from * width + to] = -Math.log((classes.counts[from * width + to]! + BETA) / (total + BETA * (k + 1)));
  }
  const unigram = (id: number): number => Math.exp(-(model.wordCost[id]! - model.goOnCost[id]!));
  const classMass = new Float64Array(width);
  for (let id = 0; id < model.startId; id++) classMass[classOf[id]!]! += unigram(id);
  for (let id = 0; id <= model.startId; id++) {
    wordClass[2 * id] = classOf[id]!;
    wordClass[2 * id + 1] = id < model.startId ? -Math.log(unigram(id) / classMass[classOf[id]!]!) + model.goOnCost[id]! : 0;
  }
  return { width, wordClass, transitionCost };
}

/** -ln P_class(w | v) (see the header) with w's going-on cost; v may be the start id. */
export function classBigramCost(context: ClassContext, v: number, w: number): number {
  const { wordClass } = context;
  return context.transitionCost[wordClass[2 * v]! * context.width + wordClass[2 * w]!]! + wordClass[2 * w + 1]!;
}

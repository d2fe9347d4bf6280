// Word classes learned from the bigram counts: the smoothed class context of the segmenter's second pass.
//
// big.txt has `the mat` once and no `on the mat`, so the word models price `mat` after `the` as a rare
// word anywhere; yet after `the` come nouns, and `mat` is one. Words that are seen between the same
// neighbours behave alike (Brown et al. 1992; Schütze 1993), so each frequent word is described by whom it
// follows and whom it precedes: its counts c(v, w) over the F most frequent left neighbours v and c(w, x)
// over the F most frequent right ones x (data/bigrams.txt), as the vector x_i = sqrt(c_i / sum c), which
// has unit length (the Hellinger embedding of the two neighbour distributions). Spherical k-means (Dhillon
// & Modha 2001) groups them into K classes: each word joins the class whose centroid has the largest dot
// product with it, each centroid is its members' mean scaled to unit length, for a fixed number of rounds,
// seeded with words spread evenly over the frequency ranking. Only +, *, / and sqrt, in a fixed order, so
// the build (scripts/build-word-classes.ts) gives the same classes byte for byte on every machine.
// A word too rare to describe (seen fewer than minCount times) joins one more class, RARE = K, and the run
// start is a context class of its own, K + 1. The file (data/word-classes.txt) keeps each class's model words
// and the class pair counts n(C, C') over every word pair of big.txt, which segment/class-context.ts prices.
// Format, base 36: `c<TAB>g g ...` the words of class c as gaps between data/wordfreq.txt ranks (its model word
// ids), then `>c<TAB>g:n g:n ...` the counts n(c, c') of the classes c' that follow c, as gaps between them.
import { byCodeUnits, RUN_START } from './bigrams.ts';

/** Pair counts by first word, then second (segment/bigrams.ts: countAllPairs gives them). */
type PairCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** How the classes are learned (the defaults are the committed data's). */
export interface ClassOptions {
  /** K: how many classes. */
  readonly classes: number;
  /** F: how many of the most frequent words serve as neighbours on each side. */
  readonly neighbours: number;
  /** Words seen fewer times in the kept pairs (both sides together) get no class. */
  readonly minCount: number;
  /** Rounds of k-means. */
  readonly rounds: number;
}

/** Tuned on the dev set (bench/RESULTS.md, spacectx3): K 128 / 256 / 512, minCount 2 / 4 / 10. */
export const DEFAULT_CLASS_OPTIONS: ClassOptions = { classes: 256, neighbours: 400, minCount: 4, rounds: 12 };

/** One word's sparse vector: feature indexes ascending and their values. */
interface SparseVector {
  readonly index: Int32Array;
  readonly value: Float64Array;
}

/** The words to class, most frequent first, and how often each is seen in the kept pairs (left and right). */
function rankedWords(bigrams: { readonly pairs: PairCounts }): { ranked: string[]; mass: Map<string, number> } {
  const mass = new Map<string, number>();
  for (const [v, followers] of bigrams.pairs) {
    for (const [w, count] of followers) {
      mass.set(v, (mass.get(v) ?? 0) + count);
      mass.set(w, (mass.get(w) ?? 0) + count);
    }
  }
  const ranked = [...mass.keys()].sort((a, b) => mass.get(b)! - mass.get(a)! || byCodeUnits(a, b));
  return { ranked, mass };
}

/** The vectors of the words (see the header): left neighbours are features 0..F-1, right ones F..2F-1. */
function vectorsOf(bigrams: { readonly pairs: PairCounts }, words: readonly string[], neighbours: readonly string[]): SparseVector[] {
  const feature = new Map(neighbours.map((word, k) => [word, k]));
  const counts = words.map(() => new Map<number, number>());
  const row = new Map(words.map((word, k) => [word, k]));
  for (const [v, followers] of bigrams.pairs) {
    const left = feature.get(v);
    const vRow = row.get(v);
    for (const [w, count] of followers) {
      const wRow = row.get(w);
      if (left !== undefined && wRow !== undefined) counts[wRow]!.set(left, (counts[wRow]!.get(left) ?? 0) + count);
      const right = feature.get(w);
      if (right !== undefined && vRow !== undefined) counts[vRow]!.set(neighbours.length + right, (counts[vRow]!.get(neighbours.length + right) ?? 0) + count);
    }
  }
  return counts.map((features) => {
    const index = Int32Array.from([...features.keys()].sort((a, b) => a - b));
    let total = 0;
    for (const k of index) total += features.get(k)!;
    return { index, value: Float64Array.from(index, (k) => Math.sqrt(features.get(k)! / total)) };
  });
}

/** Scales a dense vector to unit length (left as it is when all zero). */
function normalise(vector: Float64Array): void {
  let sum = 0;
  for (let k = 0; k < vector.length; k++) sum += vector[k]! * vector[k]!;
  if (sum === 0) return;
  const scale = 1 / Math.sqrt(sum);
  for (let k = 0; k < vector.length; k++) vector[k]! *= scale;
}

/** The class of each word of `words` (same order) by spherical k-means over their vectors (see the header). */
function kMeans(vectors: readonly SparseVector[], dimensions: number, classes: number, rounds: number): Int32Array {
  const centroids = Array.from({ length: classes }, () => new Float64Array(dimensions));
  for (let c = 0; c < classes; c++) {
    const seed = vectors[c]!;
    for (let k = 0; k < seed.index.length; k++) centroids[c]![seed.index[k]!] = seed.value[k]!;
  }
  const assigned = new Int32Array(vectors.length);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < vectors.length; i++) {
      const { index, value } = vectors[i]!;
      let best = 0;
      let bestDot = -1;
      for (let c = 0; c < classes; c++) {
        const centroid = centroids[c]!;
        let dot = 0;
        for (let k = 0; k < index.length; k++) dot += centroid[index[k]!]! * value[k]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assigned[i] = best;
    }
    for (const centroid of centroids) centroid.fill(0);
    for (let i = 0; i < vectors.length; i++) {
      const { index, value } = vectors[i]!;
      const centroid = centroids[assigned[i]!]!;
      for (let k = 0; k < index.length; k++) centroid[index[k]!]! += value[k]!;
    }
    for (const centroid of centroids) normalise(centroid);
  }
  return assigned;
}

/** Learns the word classes from bigram counts (see the header): word to class, for the words seen minCount+ times. */
export function learnWordClasses(bigrams: { readonly pairs: PairCounts }, options: ClassOptions = DEFAULT_CLASS_OPTIONS): Map<string, number> {
  const { ranked, mass } = rankedWords(bigrams);
  const words = ranked.filter((word) => mass.get(word)! >= options.minCount && word !== RUN_START);
  const neighbours = ranked.slice(0, options.neighbours);
  const assigned = kMeans(vectorsOf(bigrams, words, neighbours), 2 * neighbours.length, options.classes, options.rounds);
  return new Map(words.map((word, i) => [word, assigned[i]!]));
}

/** n(C, C') over every pair (see the header): a (K + 2) x (K + 2) matrix by C * (K + 2) + C', rare words in class K, the run start K + 1. */
export function countClassPairs(pairs: PairCounts, classes: ReadonlyMap<string, number>, k: number): Float64Array {
  const width = k + 2;
  const classOf = (word: string): number => (word === RUN_START ? k + 1 : (classes.get(word) ?? k));
  const counts = new Float64Array(width * width);
  for (const [v, followers] of pairs) {
    const from = classOf(v) * width;
    for (const [w, count] of followers) counts[from + classOf(w)]! += count;
  }
  return counts;
}

/** Writes data/word-classes.txt (see the header): classes of K, words as their ranks by `rankOf` (words without one left out). */
export function formatWordClasses(classes: ReadonlyMap<string, number>, k: number, counts: Float64Array, rankOf: (word: string) => number | undefined, source: string): string {
  const lines = [`# textops word classes v1 from ${source}: "c<TAB>g g ..." the words of class c (0..${k - 1}; ${k} rare words, ${k + 1} the run start) as base-36 gaps between ranks, then ">c<TAB>g:n ..." the pair counts n(c, c') as base-36 gaps between the classes c' and counts`];
  const members: number[][] = Array.from({ length: k }, () => []);
  classes.forEach((c, word) => {
    const rank = rankOf(word);
    if (rank !== undefined) members[c]!.push(rank);
  });
  const gaps = (values: number[]): string[] => values.map((value, i) => (i === 0 ? value : value - values[i - 1]!).toString(36));
  members.forEach((ranks, c) => {
    ranks.sort((a, b) => a - b);
    if (ranks.length > 0) lines.push(`${c.toString(36)}\t${gaps(ranks).join(' ')}`);
  });
  const width = k + 2;
  for (let from = 0; from < width; from++) {
    const to: number[] = [];
    for (let c = 0; c < width; c++) if (counts[from * width + c]! > 0) to.push(c);
    if (to.length > 0) lines.push(`>${from.toString(36)}\t${gaps(to).map((gap, i) => `${gap}:${counts[from * width + to[i]!]!.toString(36)}`).join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

/** data/word-classes.txt read back: K, the class of each model word id below startId (K where it has none), and n(C, C'). */
export interface WordClasses {
  readonly classes: number;
  readonly classOf: Int32Array;
  readonly counts: Float64Array;
}

/** Parses data/word-classes.txt for a model of startId words (see the header); throws naming the first malformed line. */
export function parseWordClasses(text: string, startId: number, source = 'word-classes'): WordClasses {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const memberLines = lines.filter((line) => !line.startsWith('>'));
  const k = Number(/\(0\.\.(\d+);/.exec(text)?.[1] ?? Number.NaN) + 1;
  if (!Number.isSafeInteger(k) || k < 1) throw new Error(`${source}: no class count in the header line`);
  const classOf = new Int32Array(startId).fill(k);
  const width = k + 2;
  const counts = new Float64Array(width * width);
  const bad = (line: string): Error => new Error(`${source}: malformed line ${JSON.stringify(line.slice(0, 80))}`);
  for (const line of memberLines) {
    const [key, list] = line.split('\t');
    const c = parseInt(key!, 36);
    if (!(c >= 0 && c < k) || list === undefined) throw bad(line);
    let rank = 0;
    for (const gap of list.split(' ')) {
      rank += parseInt(gap, 36);
      if (!(rank >= 0 && rank < startId)) throw bad(line);
      classOf[rank] = c;
    }
  }
  for (const line of lines.filter((l) => l.startsWith('>'))) {
    const [key, list] = line.slice(1).split('\t');
    const from = parseInt(key!, 36);
    if (!(from >= 0 && from < width) || list === undefined) throw bad(line);
    let to = 0;
    for (const item of list.split(' ')) {
      const [gap, count] = item.split(':').map((part) => parseInt(part, 36)) as [number, number];
      to += gap;
      if (!(to >= 0 && to < width && count > 0)) throw bad(line);
      counts[from * width + to] = count;
    }
  }
  return { classes: k, classOf, counts };
}

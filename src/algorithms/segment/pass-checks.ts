// The second pass's pre-checks (segment/rescore.ts): cheap tests that rule a pair, a word or the run's last boundary
// out before anything is priced. Most pairs spell no model word together and most words split into no two, so
// each test reads the search's lattice (segment/spelled.ts) or probes a Bloom filter of data/trigram-costs.bin
// (segment/merge-filter.ts) first, and walks the trie only when that cannot say no. The run's first candidate is
// found by one look along the states at each word's end (firstCandidate), which gives the word's id and whether the
// pair before it spells a word (where the search's beam skipped the word's or the pair's start, the trie answers,
// segment/spelled.ts); whether a word may split is then the split filter's answer for its id, kept by id
// after the first ask: a word's hash is a loop over its letters, and the filter probe a cache miss once the search
// has swept the trie (~1% of the segmenter's time when asked for every word of every path). That memo is the only
// state here; the pass's scratch stays in rescore.ts.
import { childOf, NODE_SIZE, symbolOf, WORD_ENDS, wordIdAt } from './trie.ts';
import type { SegmentModel } from './model.ts';
import { APOSTROPHE } from './cues.ts';
import { codesHash, mayBeWord, mayMerge, maySplit, SPLIT_MIN_LENGTH, wordHash } from './merge-filter.ts';
import type { TrigramModel } from './second-order.ts';
import { hasApostrophe, spelledWord } from './spelled.ts';
import type { States } from './states.ts';

/** The model word spelled by text[from, to) (lower-cased), or -1; -1 too for a word with an apostrophe (a clitic or a quote, which the search reads, not the model). */
export function wordIdOf(model: SegmentModel, text: string, from: number, to: number): number {
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
 * The model word spelled by text[from, to) when text[from, mid) is one too, else -1, read from the search's lattice
 * (segment/spelled.ts; `start` is the run's offset): the pre-check of every pair. -1 also for an apostrophe, or a
 * capital after the first letter (the search's case cues decide there).
 */
function mergedWordOf(lattice: States, text: string, start: number, from: number, mid: number, to: number): number {
  const merged = spelledWord(lattice, from - start, to - start);
  if (merged < 0 || spelledWord(lattice, from - start, mid - start) < 0 || hasApostrophe(lattice, from - start, to - start)) return -1;
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return -1;
  }
  return merged;
}

/** True when the pair text[from, mid) text[mid, to) may be merged: they spell a model word together (mergedWordOf) and the merge filter has the pair. */
export function mayMergeAt(lattice: States, trigrams: TrigramModel, text: string, start: number, from: number, mid: number, to: number): number {
  const merged = mergedWordOf(lattice, text, start, from, mid, to);
  return merged >= 0 && mayMerge(trigrams.mergeFilter, wordHash(text, from, mid), wordHash(text, mid, to)) ? merged : -1;
}

// The split filter's answer by word id, two bits a word (16 words to an element: 10 KB for the model's 82,288, so
// that the frequent words' answers share a few cache lines): 0 not asked yet, 1 no, 3 maybe; for the trigram model
// it was asked of.
let splitAnswers = new Uint32Array(0);
let answersOf: TrigramModel | undefined;

/**
 * True when the model word `word`, spelled by run[from, to) of the lattice, may split into two model words: long
 * enough, and in the split filter. The filter's answer depends on the word only (its hash is over the folded
 * letters), so it is asked once per word id.
 */
export function maySplitWord(trigrams: TrigramModel, lattice: States, word: number, from: number, to: number): boolean {
  if (to - from < SPLIT_MIN_LENGTH) return false;
  if (answersOf !== trigrams) {
    // The start id's row of continuationBackoff is the last: one past the model's words.
    splitAnswers = new Uint32Array(Math.ceil(trigrams.continuationBackoff.length / 16));
    answersOf = trigrams;
  }
  const shift = 2 * (word & 15);
  let answer = (splitAnswers[word >>> 4]! >>> shift) & 3;
  if (answer === 0) {
    answer = maySplit(trigrams.splitFilter, codesHash(lattice.codes, from, to)) ? 3 : 1;
    splitAnswers[word >>> 4] = splitAnswers[word >>> 4]! | (answer << shift);
  }
  return answer === 3;
}

/**
 * The first pair (index i: words i and i + 1) the pass must look at in the run text[start, end) split at `offsets`:
 * one that may merge (mayMergeAt), or whose second word may split (maySplitWord; the first word's split gives 0);
 * -1 when none. Only model words may split, and a word's id is the state at its end whose back pointer is at its
 * start (segment/spelled.ts); the same look tells whether the pair before it spells a word (one at the pair's start).
 */
export function firstCandidate(lattice: States, trigrams: TrigramModel, text: string, start: number, end: number, offsets: readonly number[], splits: boolean): number {
  const { word, back, position, cost } = lattice;
  let pairFrom = -1;
  let from = 0;
  for (let k = 0; k <= offsets.length; k++) {
    const to = (k < offsets.length ? offsets[k]! : end) - start;
    let id = -1;
    let merges = false;
    for (let s = lattice.head[to]!; s >= 0; s = lattice.next[s]!) {
      // A state whose cost is still Infinity never took a back pointer (as in segment/spelled.ts).
      if (word[s]! < 0 || cost[s] === Infinity) continue;
      const at = position[back[s]!]!;
      if (at === from) id = word[s]!;
      else if (at === pairFrom) merges = true;
    }
    // Where the beam skipped a start (segment/beam.ts), no state points back to it: the trie answers (segment/spelled.ts).
    if (lattice.skipped[from] === 1) id = spelledWord(lattice, from, to);
    if (pairFrom >= 0 && lattice.skipped[pairFrom] === 1) merges = spelledWord(lattice, pairFrom, to) >= 0;
    if (merges && mayMergeAt(lattice, trigrams, text, start, start + pairFrom, start + from, start + to) >= 0) return k - 1;
    if (splits && id >= 0 && maySplitWord(trigrams, lattice, id, from, to)) return k;
    pairFrom = from;
    from = to;
  }
  return -1;
}

/** True when text[from, to) has an apostrophe, or a capital after its first letter (the search's cues decide there). */
export function hasCue(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === APOSTROPHE || (k > from && c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** True when the last pair text[from, mid) text[mid, to) may be respelled with its boundary one letter over: both parts pass the word filter. */
export function mayShiftEnd(trigrams: TrigramModel, text: string, from: number, mid: number, to: number): boolean {
  const filter = trigrams.wordFilter;
  for (let at = mid - 1; at <= mid + 1; at += 2) {
    if (at > from && at < to && mayBeWord(filter, text, from, at) && mayBeWord(filter, text, at, to)) return true;
  }
  return false;
}

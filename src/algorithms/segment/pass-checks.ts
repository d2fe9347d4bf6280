// The second pass's pre-checks (segment/rescore.ts): cheap tests that rule a pair, a word or the run's last boundary
// out before anything is priced. Most pairs spell no model word together and most words split into no two, so
// each test reads the search's lattice (segment/spelled.ts) or probes a Bloom filter of data/trigram-costs.bin
// (segment/merge-filter.ts) first, and walks the trie only when that cannot say no. Stateless: the pass's scratch
// stays in rescore.ts.
import { childOf, NODE_SIZE, symbolOf, WORD_ENDS, wordIdAt } from './trie.ts';
import type { SegmentModel } from './model.ts';
import { APOSTROPHE } from './cues.ts';
import { mayBeWord, mayMerge, maySplit, SPLIT_MIN_LENGTH, wordHash } from './merge-filter.ts';
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

/** True when the word text[from, to) may split into two model words: long enough, and in the split filter. */
export function maySplitAt(trigrams: TrigramModel, text: string, from: number, to: number): boolean {
  return to - from >= SPLIT_MIN_LENGTH && maySplit(trigrams.splitFilter, wordHash(text, from, to));
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

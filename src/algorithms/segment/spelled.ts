// The model words of a finished Viterbi lattice (segment/states.ts), read back by the second pass (segment/rescore.ts).
//
// The search walks the trie from every position whose states are reachable and are not an apostrophe, and adds a
// state (e, w) for every model word w spelled by run[j, e): only that walk adds it, so its back pointer is a state at
// j (segment/viterbi.ts: addWordsStartingAt). Hence, for a position j the search walked from (every boundary of the
// best path is one), run[j, e) spells a model word exactly when a state at e has a model word and a back pointer at j,
// and that word is the one. The second pass asked the trie the same questions, a walk of the cold megabyte-sized trie
// per pair of the path (or a hash of both words and a probe of a Bloom filter first); the states at e are a few,
// and were written just before. The splits of a path's word into two model words are read the same way: each second
// word is a state at the word's end whose back pointer lies inside it, and the first ends there, so the search walked
// from that point too (a walk down the word and one down each rest, through the cold trie, found the same).
// The beam (segment/beam.ts) skips some positions: no state has its back pointer there, so for those (few of a path's
// words start at one, and a split point rarely is one) the trie is asked, and the pass reads the same words as it
// would from an exact search's lattice.
import { APOSTROPHE } from './cues.ts';
import type { States } from './states.ts';
import { childOf, NODE_SIZE, symbolOf, WORD_ENDS, wordIdAt, type WordTrie } from './trie.ts';

/**
 * The model word the trie spells with the run's letters [from, to), or -1 (for the positions the beam skipped): what the
 * search's walk from `from` would have added, so an apostrophe may be inside (`don't`) but not last.
 */
function trieWordOf(trie: WordTrie, codes: Int32Array, from: number, to: number): number {
  if (codes[to - 1] === APOSTROPHE) return -1;
  let node = 0;
  for (let k = from; k < to && node >= 0; k++) node = childOf(trie.nodes, node, symbolOf(codes[k]!));
  return node >= 0 && (trie.nodes[NODE_SIZE * node]! & WORD_ENDS) !== 0 ? wordIdAt(trie.nodes, node) : -1;
}

/** The model word spelled by run[from, to) (run positions; `from` a position the search walked from or the beam skipped), or -1. */
export function spelledWord(lattice: States, from: number, to: number): number {
  if (lattice.skipped[from] === 1) return trieWordOf(lattice.trie!, lattice.codes, from, to);
  const { word, back, position, cost } = lattice;
  for (let s = lattice.head[to]!; s >= 0; s = lattice.next[s]!) {
    // A state whose cost is still Infinity never took a back pointer (its slot may hold an earlier run's).
    if (word[s]! >= 0 && position[back[s]!] === from && cost[s]! < Infinity) return word[s]!;
  }
  return -1;
}

/** True when run[from, to) holds an apostrophe (folded: typographic ones too). */
export function hasApostrophe(lattice: States, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lattice.codes[k] === APOSTROPHE) return true;
  return false;
}

/** Puts the split (at, first, second) into out's first `count` splits, kept in ascending order of the point; returns the new count. */
function insertSplit(out: number[], count: number, at: number, first: number, second: number): number {
  let k = count;
  for (; k > 0 && out[3 * k - 3]! > at; k--) {
    out[3 * k] = out[3 * k - 3]!;
    out[3 * k + 1] = out[3 * k - 2]!;
    out[3 * k + 2] = out[3 * k - 1]!;
  }
  out[3 * k] = at;
  out[3 * k + 1] = first;
  out[3 * k + 2] = second;
  return count + 1;
}

/**
 * The splits of run[from, to) into two model words (`from` a position the search walked from or the beam skipped, no
 * apostrophe inside), in ascending order of the split point: at 3k of `out` the point, then the two words' ids;
 * returns their count.
 */
export function spelledSplits(lattice: States, from: number, to: number, out: number[]): number {
  const { word, back, position, cost, skipped } = lattice;
  let count = 0;
  // The second words that start where the search walked from: the states at `to` whose back pointer is inside.
  for (let s = lattice.head[to]!; s >= 0; s = lattice.next[s]!) {
    if (word[s]! < 0 || cost[s] === Infinity) continue;
    const at = position[back[s]!]!;
    if (at <= from || at >= to) continue;
    const first = spelledWord(lattice, from, at);
    // Insertion by the point: the few found come along the chain in no promised order.
    if (first >= 0) count = insertSplit(out, count, at, first, word[s]!);
  }
  // Those that start where the beam skipped: the trie spells them.
  for (let at = from + 1; at < to; at++) {
    if (skipped[at] !== 1) continue;
    const first = spelledWord(lattice, from, at);
    const second = first < 0 ? -1 : trieWordOf(lattice.trie!, lattice.codes, at, to);
    if (second >= 0) count = insertSplit(out, count, at, first, second);
  }
  return count;
}

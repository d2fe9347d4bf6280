// The model words of a finished Viterbi lattice (segment/states.ts), read back by the second pass (segment/rescore.ts).
//
// The search walks the trie from every position whose states are reachable and are not an apostrophe, and adds a
// state (e, w) for every model word w spelled by run[j, e): only that walk adds it, so its back pointer is a state at
// j (segment/viterbi.ts: addWordsStartingAt). Hence, for a position j the search walked from (every boundary of the
// best path is one), run[j, e) spells a model word exactly when a state at e has a model word and a back pointer at j,
// and that word is the one. The second pass asked the trie the same questions, a walk of the cold megabyte-sized trie
// per pair of the path (or a hash of both words and a probe of a Bloom filter first); the states at e are a few,
// and were written just before.
import { APOSTROPHE } from './cues.ts';
import type { States } from './states.ts';

/** The model word spelled by run[from, to) (run positions; `from` a position the search walked from), or -1. */
export function spelledWord(lattice: States, from: number, to: number): number {
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

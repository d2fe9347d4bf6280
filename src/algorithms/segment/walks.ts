// The trie walks of the Viterbi search (segment/viterbi.ts), taken ahead of it a block of positions at a time.
//
// The walk from j (the nodes of run[j, e) for e = j + 1, j + 2, ... until no word of either vocabulary goes on) depends
// on the run's letters only, not on the search's states, so it need not wait until j's states are final. Taken in the
// search's loop, each step of a walk waits on a read from the trie (9.6 MB, mostly out of the caches), and the pricing
// around it keeps the processor from overlapping those waits. Taken together for WALK_BLOCK positions in a short loop
// (a whole run, mostly), the reads of one walk and the next overlap, and the pricing then finds the nodes in the
// caches: about 4% more chars/s (bench/RESULTS.md, spacespeed6; blocks of 32 positions gained nothing), for the same
// nodes in the same order, so the search is unchanged.
// A walk ends where the original did: at the first letter no entry continues with, or at a node that leads to census
// names only when the run does not capitalize j (NAMES_ONLY). No walk starts at an apostrophe (the search reads the
// apostrophe's readings there instead).
import { APOSTROPHE } from './cues.ts';
import type { States } from './states.ts';
import { childOf, NODE_SIZE, symbolOf, SYMBOLS, type WordTrie } from './trie.ts';

/** Positions walked ahead at a time: most runs at once, and the nodes of that many walks (~3.5 each) still fit the caches. */
export const WALK_BLOCK = 256;

/** The walks of the positions [first, end): those of j are nodes[from[j - first]] .. nodes[from[j - first + 1] - 1], one per letter. */
export interface Walks {
  nodes: Int32Array;
  readonly from: Int32Array;
  first: number;
  end: number;
}

/** An empty set of walks (the search keeps one and refills it: it is synchronous and never re-entered). */
export function createWalks(): Walks {
  return { nodes: new Int32Array(WALK_BLOCK * 16), from: new Int32Array(WALK_BLOCK + 1), first: 0, end: 0 };
}

/** Takes the walks of the positions [first, first + WALK_BLOCK) of the run (fewer at its end) into `walks`. */
export function walkBlock(walks: Walks, states: States, n: number, trie: WordTrie, first: number): void {
  const { codes, capitalized } = states;
  const { nodes: trieNodes, starts: trieStarts } = trie;
  const end = Math.min(n, first + WALK_BLOCK);
  let nodes = walks.nodes;
  let count = 0;
  for (let j = first; j < end; j++) {
    walks.from[j - first] = count;
    if (codes[j] === APOSTROPHE) continue;
    // The first two steps come from the table of 1- and 2-letter prefixes, independent reads; childOf goes on from there.
    const startRow = SYMBOLS + SYMBOLS * symbolOf(codes[j]!);
    const namesReadable = capitalized[j] === 1;
    let node = 0;
    for (let e = j; e < n; e++) {
      const symbol = symbolOf(codes[e]!);
      node = e - j >= 2 ? childOf(trieNodes, node, symbol) : e === j ? trieStarts[symbol]! : trieStarts[startRow + symbol]!;
      // NAMES_ONLY is the sign bit of the header.
      if (node < 0 || (trieNodes[NODE_SIZE * node]! < 0 && !namesReadable)) break;
      if (count === nodes.length) {
        const wider = new Int32Array(2 * count);
        wider.set(nodes);
        nodes = wider;
        walks.nodes = wider;
      }
      nodes[count++] = node;
    }
  }
  walks.from[end - first] = count;
  walks.first = first;
  walks.end = end;
}

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

/** Letters past a block's last position whose symbols it computes ahead: more than any word of the data has. */
const LONGEST_WALK = 64;

/** The symbols (segment/trie.ts's symbolOf) of a block's letters and of the LONGEST_WALK after it, by position - first: computed once. */
const symbols = new Int32Array(WALK_BLOCK + LONGEST_WALK);

/** Takes the walks of the positions [first, first + WALK_BLOCK) of the run (fewer at its end) into `walks`. */
export function walkBlock(walks: Walks, states: States, n: number, trie: WordTrie, first: number): void {
  // The hot loop reads only locals: an imported constant or function is a module binding, which the compiled code
  // loads and checks at every use (bench/RESULTS.md, spacespeed7).
  const { codes, capitalized } = states;
  const { nodes: trieNodes, starts: trieStarts } = trie;
  const nodeSize = NODE_SIZE;
  const symbolCount = SYMBOLS;
  const apostrophe = APOSTROPHE;
  const end = Math.min(n, first + WALK_BLOCK);
  // The symbols of the letters the block's walks may read (no word is longer than LONGEST_WALK: a walk past it goes on below).
  const known = Math.min(n, end + LONGEST_WALK);
  const symbolOfLetter = symbols;
  for (let e = first; e < known; e++) symbolOfLetter[e - first] = symbolOf(codes[e]!);
  let nodes = walks.nodes;
  const from = walks.from;
  let count = 0;
  for (let j = first; j < end; j++) {
    from[j - first] = count;
    if (codes[j] === apostrophe) continue;
    // The first two steps come from the table of 1- and 2-letter prefixes, independent reads; the child steps go on from there.
    const namesReadable = capitalized[j] === 1;
    // Room for a walk over the letters whose symbols are known (one going on past them widens as it goes, in walkOn).
    if (count + (known - j) > nodes.length) nodes = widen(walks, count + (known - j));
    let node = trieStarts[symbolOfLetter[j - first]!]!;
    // NAMES_ONLY is the sign bit of the header.
    if (node < 0 || (trieNodes[nodeSize * node]! < 0 && !namesReadable)) continue;
    nodes[count++] = node;
    if (j + 1 === n) continue;
    node = trieStarts[symbolCount + symbolCount * symbolOfLetter[j - first]! + symbolOfLetter[j + 1 - first]!]!;
    if (node < 0 || (trieNodes[nodeSize * node]! < 0 && !namesReadable)) continue;
    nodes[count++] = node;
    for (let e = j + 2; e < n; e++) {
      if (e === known) {
        count = walkOn(walks, trieNodes, codes, node, e, n, namesReadable, count);
        nodes = walks.nodes;
        break;
      }
      // childOf (segment/trie.ts), written out: the child along the symbol is the first child plus the header's bits below it.
      const at = nodeSize * node;
      const header = trieNodes[at]!;
      const bit = 1 << symbolOfLetter[e - first]!;
      if ((header & bit) === 0) break;
      let x = header & (bit - 1);
      x = x - ((x >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      x = (x + (x >>> 4)) & 0x0f0f0f0f;
      node = trieNodes[at + 1]! + (Math.imul(x, 0x01010101) >>> 24);
      if (trieNodes[nodeSize * node]! < 0 && !namesReadable) break;
      nodes[count++] = node;
    }
  }
  from[end - first] = count;
  walks.first = first;
  walks.end = end;
}

/** Goes on with a walk past the letters whose symbols walkBlock computed (a walk longer than any word: none in the data). */
function walkOn(walks: Walks, trieNodes: Int32Array, codes: Int32Array, node: number, from: number, n: number, namesReadable: boolean, count: number): number {
  for (let e = from; e < n; e++) {
    node = childOf(trieNodes, node, symbolOf(codes[e]!));
    if (node < 0 || (trieNodes[NODE_SIZE * node]! < 0 && !namesReadable)) break;
    if (count === walks.nodes.length) widen(walks, count + 1);
    walks.nodes[count++] = node;
  }
  return count;
}

/** walks.nodes at least `size` long, its contents kept. */
function widen(walks: Walks, size: number): Int32Array {
  const wider = new Int32Array(Math.max(size, 2 * walks.nodes.length));
  wider.set(walks.nodes);
  walks.nodes = wider;
  return wider;
}

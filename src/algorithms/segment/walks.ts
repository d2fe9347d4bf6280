// The trie walk of the Viterbi search (segment/viterbi.ts) from one position: the nodes of run[j, e) for e = j + 1,
// j + 2, ... until no word of either vocabulary goes on.
//
// A walk is taken when the search reaches j and only if the beam did not skip j (segment/beam.ts): about 43% of the
// positions of English text are skipped, so the walks of the others are taken one at a time, when they are needed.
// (Until textops-space/13 the walks of a block of 256 positions were taken together ahead of the search, so that the
// waits on the cold 9.6 MB trie overlapped: 4% more chars/s then, but with the beam it walked the skipped positions
// for nothing, and one walk at a time is 3–4% faster; bench/RESULTS.md, textops-space/13.)
// The letters' trie symbols are read from the lattice (states.symbols, filled once per run). A walk ends at the first
// letter no entry continues with, or at a node that leads to census names only when the run does not capitalize j
// (NAMES_ONLY). No walk starts at an apostrophe (the search reads the apostrophe's readings there instead).
import type { States } from './states.ts';
import { NODE_SIZE, SYMBOLS, type WordTrie } from './trie.ts';

/** The walk of one position: its k-th node spells run[j, j + k + 1), for k < count. */
export interface Walk {
  nodes: Int32Array;
  count: number;
}

/** walk.nodes twice as long, its contents kept. */
function widen(walk: Walk): Int32Array {
  const wider = new Int32Array(2 * walk.nodes.length);
  wider.set(walk.nodes);
  walk.nodes = wider;
  return wider;
}

/** An empty walk (the search keeps one and refills it: it is synchronous and never re-entered). */
export function createWalk(): Walk {
  return { nodes: new Int32Array(64), count: 0 };
}

/** Takes the walk from position j (not an apostrophe) of the run of n letters into `walk`. */
export function walkFrom(walk: Walk, states: States, n: number, trie: WordTrie, j: number): void {
  // The hot loop reads only locals: an imported constant or function is a module binding, which the compiled code
  // loads and checks at every use (bench/RESULTS.md, spacespeed7).
  const { symbols, capitalized } = states;
  const { nodes: trieNodes, starts: trieStarts } = trie;
  const nodeSize = NODE_SIZE;
  const symbolCount = SYMBOLS;
  const namesReadable = capitalized[j] === 1;
  let nodes = walk.nodes;
  let count = 0;
  walk.count = 0;
  // The first two steps come from the table of 1- and 2-letter prefixes; the child steps go on from there.
  let node = trieStarts[symbols[j]!]!;
  // NAMES_ONLY is the sign bit of the header.
  if (node < 0 || (trieNodes[nodeSize * node]! < 0 && !namesReadable)) return;
  nodes[count++] = node;
  if (j + 1 < n) {
    node = trieStarts[symbolCount + symbolCount * symbols[j]! + symbols[j + 1]!]!;
    if (node >= 0 && (trieNodes[nodeSize * node]! >= 0 || namesReadable)) {
      nodes[count++] = node;
      for (let e = j + 2; e < n; e++) {
        // childOf (segment/trie.ts), written out: the child along the symbol is the first child plus the header's bits below it.
        const at = nodeSize * node;
        const header = trieNodes[at]!;
        const bit = 1 << symbols[e]!;
        if ((header & bit) === 0) break;
        let x = header & (bit - 1);
        x = x - ((x >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        x = (x + (x >>> 4)) & 0x0f0f0f0f;
        node = trieNodes[at + 1]! + (Math.imul(x, 0x01010101) >>> 24);
        if (trieNodes[nodeSize * node]! < 0 && !namesReadable) break;
        // A walk as long as the buffer (longer than any word of the data): the buffer doubles.
        if (count === nodes.length) nodes = widen(walk);
        nodes[count++] = node;
      }
    }
  }
  walk.count = count;
}

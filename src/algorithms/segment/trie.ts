// One character trie over both vocabularies: the word model's words and the supplementary list.
//
// The segmenter walks it forward from each position, one character per step, and stops at the first
// character no word of either vocabulary continues with; in English text that is a few steps. Letter
// runs hold only a-z and apostrophes (after case folding), so the alphabet is 27 symbols (apostrophe ->
// 1, a-z -> 2..27: the order of their codes) and a node's children fit in a 32-bit set: the node's
// header has bit s set when a child along symbol s exists, and the children sit side by side, in symbol
// order, from the node's first child on. The child along s is then first + (number of header bits below
// s): a step is two reads and a bit count, with no search and no hashing. Bits 28 and 29 of the header
// say whether a model word or a supplementary entry ends at the node; which one is in the node's next two
// slots, so that a node is 16 bytes, one read of memory for all the walk needs of it.
// Words with a character outside the alphabet can never match a run and are left out.
// Building needs no linked draft: the nodes of depth d are the distinct d-letter prefixes of the sorted
// words, in sorted order, so the children of any node are consecutive among them (segment/trie-build.ts).

import { isAsciiLower } from '../ascii-letters.ts';
/** The trie: NODE_SIZE Int32s per node. The root is node 0. */
export interface WordTrie {
  /**
   * At NODE_SIZE * i: the header (child symbol bits | WORD_ENDS | EXTRA_ENDS); then the index of the first child;
   * at WORD_SLOT the model word id (its rank) when WORD_ENDS is set; at EXTRA_SLOT the census rank of the
   * supplementary entry (0 for a dictionary word) when EXTRA_ENDS is set. Slots without their flag hold 0.
   */
  readonly nodes: Int32Array;
}

/** Int32s per node. */
export const NODE_SIZE = 4;
/** Offset of the model word id in a node. */
export const WORD_SLOT = 2;
/** Offset of the supplementary entry's rank in a node. */
export const EXTRA_SLOT = 3;

/** Header flag: a model word ends at this node. */
export const WORD_ENDS = 1 << 28;
/** Header flag: a supplementary entry ends at this node. */
export const EXTRA_ENDS = 1 << 29;

/** The trie symbol of a folded character code (apostrophe -> 1, a-z -> 2..27), or 0 for any other. */
export function symbolOf(code: number): number {
  if (isAsciiLower(code)) return code - 95;
  return code === 39 ? 1 : 0;
}

/** The number of set bits of a 32-bit integer. */
function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The child of `node` along `symbol` (0..27) in the trie's `nodes`, or -1 when no word continues that way. */
export function childOf(nodes: Int32Array, node: number, symbol: number): number {
  const header = nodes[NODE_SIZE * node]!;
  const bit = 1 << symbol;
  // Symbol 0 (a character outside the alphabet) has no bit in any header.
  if ((header & bit) === 0) return -1;
  return nodes[NODE_SIZE * node + 1]! + bitCount(header & (bit - 1));
}

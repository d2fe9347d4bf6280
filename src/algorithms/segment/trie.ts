// One character trie over both vocabularies: the word model's words and the supplementary list.
//
// The segmenter walks it forward from each position, one character per step, and stops at the first
// character no word of either vocabulary continues with; in English text that is a few steps. Letter
// runs hold only a-z and apostrophes (after case folding), so the alphabet is 27 symbols (apostrophe ->
// 1, a-z -> 2..27: the order of their codes) and a node's children fit in a 32-bit set: the node's
// header has bit s set when a child along symbol s exists, and the children sit side by side, in symbol
// order, from the node's first child on. The child along s is then first + (number of header bits below
// s): a step is two reads and a bit count, with no search and no hashing. Bits 28 and 29 of the header
// say whether a model word or a supplementary entry ends at the node; bits 30 and 31 are flags the walk reads with
// it (FOLLOWS, NAMES_ONLY).
// A node is 12 bytes: its header, the index of its first child, and the id of what ends at it (the model word's
// id, else the supplementary entry's rank). The walk's reads miss the caches (~800,000 nodes, 9.6 MB, far more than
// they hold), and 12-byte nodes touch less memory and fewer pages than 16-byte ones with a slot for each id did
// (bench/RESULTS.md, spacespeed3). A string in both lists (none in the shipped data) keeps its supplementary rank
// aside (WordTrie.sharedRanks).
// Every walk starts with the same two steps from the root, so the nodes of all 1- and 2-symbol prefixes are also kept
// in a small table (`starts`, 812 entries): the walk reads both at once instead of as a chain of dependent reads.
// Words with a character outside the alphabet can never match a run and are left out.
// Building needs no linked draft: the nodes of depth d are the distinct d-letter prefixes of the sorted
// words, in sorted order, so the children of any node are consecutive among them (segment/trie-build.ts).
// The search's own trie is not built at start-up: scripts/build-segment-trie.ts builds it, lays it out hottest first
// (segment/trie-layout.ts) and writes it to data/segment-trie.bin, which the start-up reads as it is (segment/trie-file.ts).

import { isAsciiLower } from '../ascii-letters.ts';
/** The trie: NODE_SIZE Int32s per node. The root is node 0. */
export interface WordTrie {
  /**
   * At NODE_SIZE * i: the header (child symbol bits | WORD_ENDS | EXTRA_ENDS | FOLLOWS); then the index of the first
   * child; at PAYLOAD the model word id (its rank) when WORD_ENDS is set, else the census rank of the supplementary
   * entry (0 for a dictionary word) when EXTRA_ENDS is, else 0.
   */
  readonly nodes: Int32Array;
  /**
   * The nodes of depth 1 and 2 by their symbols, or -1: at s the root's child along s, at SYMBOLS + SYMBOLS * a + b the
   * node of the prefix a b. Every walk begins with these two steps, from all positions of a run, and the table gives
   * both at once instead of as a chain of reads and bit counts from the root (segment/viterbi.ts).
   */
  readonly starts: Int32Array;
  /** The supplementary rank of each node where both a model word and a supplementary entry end, by node. */
  readonly sharedRanks: ReadonlyMap<number, number>;
}

/** The number of trie symbols, 0 (outside the alphabet) included. */
export const SYMBOLS = 28;

/** Int32s per node. */
export const NODE_SIZE = 3;
/** Offset of the id of what ends at a node (WordTrie.nodes). */
export const PAYLOAD = 2;

/** Header flag: a model word ends at this node. */
export const WORD_ENDS = 1 << 28;
/** Header flag: a supplementary entry ends at this node. */
export const EXTRA_ENDS = 1 << 29;
/**
 * Header flag, set when the segmenter's model (segment/model.ts) builds the trie: the model word ending at this node
 * follows some context in a kept pair. The walk reads it with the header instead of from a table by word id, one
 * read from memory fewer.
 */
export const FOLLOWS = 1 << 30;
/**
 * Header flag (the sign bit): every entry at or below this node is a census name, which is read only where the text
 * capitalizes it, so a walk from a lowercase letter stops here (segment/viterbi.ts).
 */
export const NAMES_ONLY = 1 << 31;

/** The model word id ending at `node` (its header has WORD_ENDS). */
export function wordIdAt(nodes: Int32Array, node: number): number {
  return nodes[NODE_SIZE * node + PAYLOAD]!;
}

/** The supplementary entry's census rank ending at `node` (its header has EXTRA_ENDS; 0 for a dictionary word). */
export function extraRankAt(trie: WordTrie, node: number): number {
  return (trie.nodes[NODE_SIZE * node]! & WORD_ENDS) === 0 ? trie.nodes[NODE_SIZE * node + PAYLOAD]! : trie.sharedRanks.get(node)!;
}

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

/** The trie's table of the nodes of depth 1 and 2 (WordTrie.starts) over its `nodes`. */
export function startsOf(nodes: Int32Array): Int32Array {
  const starts = new Int32Array(SYMBOLS + SYMBOLS * SYMBOLS).fill(-1);
  for (let a = 1; a < SYMBOLS; a++) {
    const first = childOf(nodes, 0, a);
    starts[a] = first;
    if (first >= 0) for (let b = 1; b < SYMBOLS; b++) starts[SYMBOLS + SYMBOLS * a + b] = childOf(nodes, first, b);
  }
  return starts;
}

/** The child of `node` along `symbol` (0..27) in the trie's `nodes`, or -1 when no word continues that way. */
export function childOf(nodes: Int32Array, node: number, symbol: number): number {
  const header = nodes[NODE_SIZE * node]!;
  const bit = 1 << symbol;
  // Symbol 0 (a character outside the alphabet) has no bit in any header.
  if ((header & bit) === 0) return -1;
  return nodes[NODE_SIZE * node + 1]! + bitCount(header & (bit - 1));
}

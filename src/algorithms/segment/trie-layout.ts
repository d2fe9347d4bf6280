// Lays the trie's nodes out hottest first (segment/trie-build.ts builds them level by level, in sorted order).
// Run once, by scripts/build-segment-trie.ts, which writes the result to data/segment-trie.bin: the start-up reads
// the laid-out nodes from there (segment/trie-file.ts), so the layout costs it nothing (~100 ms of CPU when it ran
// at load, bench/RESULTS.md, spacespeed6).
//
// The trie holds ~800,000 nodes (9.6 MB, mostly the supplementary list's), far more than the caches hold, and the
// search walks it from every position of every run (segment/viterbi.ts): reading a node's header there was a third
// of the walk's time. Text mostly spells frequent words, and a node is as hot as the most frequent model word below
// it. Word ids are frequency ranks, so a node's heat is the lowest id in its subtree, h(x) = min(id(x), min over
// children c of h(c)), Infinity where no model word lies below (supplementary entries only). The layout keeps what
// the walk needs (the children of a node side by side, in symbol order, from its first child on) and orders the
// blocks of children by their parent's heat, coarsened to 8 buckets per doubling of the rank (h + 1 = 2^e (1 + m/8 +
// ...): bucket 8e + m, from the bits of h + 1; the last bucket for Infinity), ties in the old (level) order: a counting
// sort, linear. The words of the first few thousand ranks then lie in the first few hundred kilobytes, and the
// blocks below names and rare words, which few walks reach, last. Only node numbers change: the trie spells the same
// words with the same ids (bench/RESULTS.md, spacespeed6: chars/s and the identity check).
import { NODE_SIZE, PAYLOAD, startsOf, WORD_ENDS, type WordTrie } from './trie.ts';

/** The bucket of nodes with no model word below (ranks stay below 2^21: 21 doublings of 8 buckets). */
const COLD = 8 * 22;
/** The header's child bits (symbols 0..27). */
const CHILD_BITS = (1 << 28) - 1;

/** The number of set bits of a 32-bit integer. */
function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The bucket of heat h (see the header): 8 per doubling of h + 1, by its leading bit and the three bits after it. */
function bucketOf(h: number): number {
  const x = h + 1;
  const leading = 31 - Math.clz32(x);
  return 8 * leading + ((x << (Math.clz32(x) + 1)) >>> 29);
}

/** A node with no children, which heads no block. */
const LEAF = 255;

/**
 * Each node's bucket (see the header; LEAF for a leaf), and in `sizes[b + 1]` the number of nodes in the blocks of
 * bucket b. Children come after their parent in the level order, so one backward pass computes the heat.
 */
function bucketsOf(nodes: Int32Array, count: number, sizes: Int32Array): Uint8Array {
  const heat = new Int32Array(count);
  const buckets = new Uint8Array(count);
  for (let node = count - 1; node >= 0; node--) {
    const header = nodes[NODE_SIZE * node]!;
    let lowest = (header & WORD_ENDS) !== 0 ? nodes[NODE_SIZE * node + PAYLOAD]! : 0x7fffffff;
    if ((header & CHILD_BITS) === 0) {
      heat[node] = lowest;
      buckets[node] = LEAF;
      continue;
    }
    const first = nodes[NODE_SIZE * node + 1]!;
    const children = bitCount(header & CHILD_BITS);
    for (let child = first; child < first + children; child++) lowest = Math.min(lowest, heat[child]!);
    heat[node] = lowest;
    const bucket = lowest === 0x7fffffff ? COLD : bucketOf(lowest);
    buckets[node] = bucket;
    sizes[bucket + 1]! += children;
  }
  return buckets;
}

/** The level-ordered trie (as buildTrie makes it) with its blocks of children ordered by their parent's heat (see the header). */
export function hotFirst(levelOrdered: WordTrie): WordTrie {
  const { nodes, sharedRanks: levelSharedRanks } = levelOrdered;
  const count = nodes.length / NODE_SIZE;
  // Counting sort of the blocks: where each bucket's blocks start, after the root (which is no one's child).
  const sizes = new Int32Array(COLD + 2);
  const buckets = bucketsOf(nodes, count, sizes);
  sizes[0] = 1;
  for (let bucket = 1; bucket < sizes.length; bucket++) sizes[bucket]! += sizes[bucket - 1]!;
  const renamed = new Int32Array(count);
  for (let node = 0; node < count; node++) {
    const bucket = buckets[node]!;
    if (bucket === LEAF) continue;
    const children = bitCount(nodes[NODE_SIZE * node]! & CHILD_BITS);
    const first = nodes[NODE_SIZE * node + 1]!;
    const at = sizes[bucket]!;
    for (let k = 0; k < children; k++) renamed[first + k] = at + k;
    sizes[bucket] = at + children;
  }
  const laid = new Int32Array(nodes.length);
  for (let node = 0; node < count; node++) {
    const to = NODE_SIZE * renamed[node]!;
    const header = nodes[NODE_SIZE * node]!;
    laid[to] = header;
    laid[to + 1] = (header & CHILD_BITS) === 0 ? 0 : renamed[nodes[NODE_SIZE * node + 1]!]!;
    laid[to + PAYLOAD] = nodes[NODE_SIZE * node + PAYLOAD]!;
  }
  const sharedRanks = new Map<number, number>();
  for (const [node, rank] of levelSharedRanks) sharedRanks.set(renamed[node]!, rank);
  return { nodes: laid, starts: startsOf(laid), sharedRanks };
}

// The search's trie (segment/trie.ts) as bytes: data/segment-trie.bin.
//
// Building the trie of ~800,000 nodes from the model's words and the supplementary list took ~130 ms of every cold
// start-up, and laying it out hottest first (segment/trie-layout.ts), which makes the search 1–3% faster, ~100 ms
// more; both depend only on committed data. So the build (scripts/build-segment-trie.ts) does both once and writes
// the nodes as they are, and the start-up makes one Int32Array view over the file: no build, no layout.
// Layout, little-endian: a 32-byte header, "TXTT", then uint32 version, the number of model words, of supplementary
// entries, of nodes and of shared ranks, and the fingerprint (two uint32s); then int32 nodes[NODE_SIZE * nodes] and
// int32 (node, rank) pairs[2 * shared ranks] (WordTrie.sharedRanks).
// The fingerprint is the first 8 bytes of SHA-256(the model's words, one a line; the supplementary list's bytes;
// the follower flags by word id): the trie spells exactly what those say, so a file built over other words, another
// list or other pair counts (which set FOLLOWS) fails the start-up, naming the rebuild, instead of misreading words.
// Hashing them costs the start-up ~20 ms (bench/RESULTS.md, spacetrie), against ~130 ms for the build it replaces.
import { createHash } from 'node:crypto';
import type { SegmentExtra } from './extra.ts';
import { NODE_SIZE, startsOf, type WordTrie } from './trie.ts';

const MAGIC = 0x54545854; // "TXTT" read little-endian
const VERSION = 1;
const HEADER_BYTES = 32;
const REBUILD = 'run npm run build:segment-trie';

/** What a trie file was built over: the model's words (by id), the supplementary list, the follower flags (by id). */
export interface TrieInputs {
  readonly words: readonly string[];
  readonly extra: SegmentExtra;
  readonly follows: Uint8Array;
}

/** The first 8 bytes of SHA-256 over the inputs (see the header), as two uint32s. */
function fingerprintOf({ words, extra, follows }: TrieInputs): [number, number] {
  const digest = createHash('sha256').update(words.join('\n')).update('\0').update(extra.bytes).update('\0').update(follows).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4)];
}

/** The trie built over `inputs` as the bytes of data/segment-trie.bin (see the header). */
export function encodeTrie(trie: WordTrie, inputs: TrieInputs): Uint8Array {
  const nodeCount = trie.nodes.length / NODE_SIZE;
  const shared = [...trie.sharedRanks].sort(([a], [b]) => a - b);
  const bytes = new Uint8Array(HEADER_BYTES + 4 * trie.nodes.length + 8 * shared.length);
  const view = new DataView(bytes.buffer);
  const [high, low] = fingerprintOf(inputs);
  [MAGIC, VERSION, inputs.words.length, inputs.extra.starts.length, nodeCount, shared.length, high, low].forEach((value, k) => view.setUint32(4 * k, value, true));
  let at = HEADER_BYTES;
  for (const value of trie.nodes) {
    view.setInt32(at, value, true);
    at += 4;
  }
  for (const [node, rank] of shared) {
    view.setInt32(at, node, true);
    view.setInt32(at + 4, rank, true);
    at += 8;
  }
  return bytes;
}

/** The trie stored in `bytes` (its nodes a view of them), checked against the inputs it must have been built over; throws naming the rebuild on a stale file. */
export function decodeTrie(bytes: Uint8Array, inputs: TrieInputs, source = 'segment-trie'): WordTrie {
  // An Int32Array view needs a 4-byte aligned offset: a pooled Buffer may not have one.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(own.buffer, own.byteOffset, own.byteLength);
  if (own.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error(`${source}: not a textops segment trie file of version ${VERSION}: ${REBUILD}`);
  const [words, entries, nodeCount, sharedCount, high, low] = [2, 3, 4, 5, 6, 7].map((k) => view.getUint32(4 * k, true)) as [number, number, number, number, number, number];
  if (words !== inputs.words.length || entries !== inputs.extra.starts.length) {
    throw new Error(`${source}: built for ${words} model words and ${entries} supplementary entries, the model has ${inputs.words.length} and ${inputs.extra.starts.length}: ${REBUILD}`);
  }
  const [expectedHigh, expectedLow] = fingerprintOf(inputs);
  if (high !== expectedHigh || low !== expectedLow) throw new Error(`${source}: built over other model words, supplementary entries or word pairs than the model's (fingerprint differs): ${REBUILD}`);
  if (own.byteLength !== HEADER_BYTES + 4 * NODE_SIZE * nodeCount + 8 * sharedCount) throw new Error(`${source}: truncated: ${REBUILD}`);
  const nodes = new Int32Array(own.buffer, own.byteOffset + HEADER_BYTES, NODE_SIZE * nodeCount);
  const sharedRanks = new Map<number, number>();
  for (let k = 0, at = HEADER_BYTES + 4 * NODE_SIZE * nodeCount; k < sharedCount; k++, at += 8) sharedRanks.set(view.getInt32(at, true), view.getInt32(at + 4, true));
  return { nodes, starts: startsOf(nodes), sharedRanks };
}

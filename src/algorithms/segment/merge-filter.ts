// Which pairs of words could spell one model word together, and which strings could be model words: one-probe Bloom
// filters for the second pass.
//
// The second pass (segment/rescore.ts) prices a merge of two adjacent words only when their letters spell a model
// word, and checking that by a trie walk for every pair on every path cost more than the rest of the pass: the trie
// is megabytes, and each node read is a cache miss. The model's words split into two model words only 45,384 ways
// (`with`+`in`, `a`+`bout`, ...), so a bit per hash of (letters, split point) in 2^21 bits says "cannot" for all but
// ~2% of the other pairs (one probe: false positives ≈ 45,384 / 2^21, in 256 KB) from the run's own letters, in
// registers; the trie walk then decides the rest exactly. A pair's bit: each word's FNV-1a hash over its lower-cased
// code units (once per word of the path), the first's multiplied on and the second's xored in, then the top
// MERGE_FILTER_BITS of a Fibonacci multiply. A second filter holds the model's words themselves (one bit each of
// 2^20): the pass's moved end boundary (segment/rescore.ts) probes both parts of each respelling before any walk.
// A third holds the model's words that may be split: those that split into two model words costing, under the search's
// own bigram, at most SPLIT_GAP nats more than the word (4,731 of 82,288 words, of 4 letters or more: `maybe`, `handout`, `within`; not
// `into`, `another`, `together`): the pass asks it of each model word of a path once per word id (segment/pass-checks.ts).

/** log2 of the filter's size in bits. */
const MERGE_FILTER_BITS = 21;

/** FNV-1a over the lower-cased code units of text[from, to): a word's hash, computed once per word of a path. */
export function wordHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ (text.charCodeAt(k) | 0x20), 0x01000193);
  return hash;
}

/** wordHash of the word whose folded codes (segment/cues.ts: foldedCode, lower-case) are codes[from, to). */
export function codesHash(codes: Int32Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ (codes[k]! | 0x20), 0x01000193);
  return hash;
}

/** The filter bit of the pair of words with these hashes (see the header). */
function slotOf(firstHash: number, secondHash: number): number {
  return Math.imul(Math.imul(firstHash, 0x01000193) ^ secondHash, 0x9e3779b1) >>> (32 - MERGE_FILTER_BITS);
}

/** The filter of every way a model word splits into two model words. */
export function buildMergeFilter(words: readonly string[]): Uint32Array {
  const known = new Set(words);
  const filter = new Uint32Array(2 ** MERGE_FILTER_BITS / 32);
  for (const word of words) {
    for (let k = 1; k < word.length; k++) {
      if (!known.has(word.slice(0, k)) || !known.has(word.slice(k))) continue;
      const slot = slotOf(wordHash(word, 0, k), wordHash(word, k, word.length));
      filter[slot >>> 5] = filter[slot >>> 5]! | (1 << (slot & 31));
    }
  }
  return filter;
}

/** False when the words with these hashes (wordHash) surely do not spell one model word together (true: maybe). */
export function mayMerge(filter: Uint32Array, firstHash: number, secondHash: number): boolean {
  const slot = slotOf(firstHash, secondHash);
  return (filter[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/** log2 of the word filter's size in bits: 82,288 words, one probe each, false positives ~7.6%. */
const WORD_FILTER_BITS = 20;

/** The filter bit of a word's hash. */
function wordSlotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - WORD_FILTER_BITS);
}

/** A Bloom filter of the model's words (one probe), by wordHash. */
export function buildWordFilter(words: readonly string[]): Uint32Array {
  const filter = new Uint32Array(2 ** WORD_FILTER_BITS / 32);
  for (const word of words) {
    const slot = wordSlotOf(wordHash(word, 0, word.length));
    filter[slot >>> 5] = filter[slot >>> 5]! | (1 << (slot & 31));
  }
  return filter;
}

/** False when text[from, to) is surely no model word (true: maybe). */
export function mayBeWord(filter: Uint32Array, text: string, from: number, to: number): boolean {
  const slot = wordSlotOf(wordHash(text, from, to));
  return (filter[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/** A word whose cheapest split costs this many nats more than the word, before the context of its neighbours, is not priced (dev: the splits kept at 4 / 5 / 6 and with no bound are the same; at 3 one differs). */
export const SPLIT_GAP = 4;

/** The shortest word the pass may split: shorter words (most of any text's) are not probed at all, the probe being a cache miss once the search has swept the trie. */
export const SPLIT_MIN_LENGTH = 4;

/** log2 of the split filter's size in bits: 4,731 words, two probes each, false positives ~0.1%, 32 KB. */
const SPLIT_FILTER_BITS = 18;

/** The split filter's two bits of a word's hash (two probes: ~0.1% false positives where one gives ~1.8%). */
function splitSlotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - SPLIT_FILTER_BITS);
}
function secondSplitSlotOf(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) >>> (32 - SPLIT_FILTER_BITS);
}

/**
 * A Bloom filter (by wordHash) of the model words w = a + b, a and b model words, with cost(a) + pairCost(a, b) at most
 * SPLIT_GAP nats above cost(w): `cost` is -ln P by word id (words[id], ids below `count`), `pairCost` -ln P(b | a).
 */
export function buildSplitFilter(words: readonly string[], cost: ArrayLike<number>, count: number, pairCost: (a: number, b: number) => number): Uint32Array {
  const idOf = new Map<string, number>();
  for (let id = 0; id < count; id++) idOf.set(words[id]!, id);
  const filter = new Uint32Array(2 ** SPLIT_FILTER_BITS / 32);
  for (let id = 0; id < count; id++) {
    const word = words[id]!;
    if (word.length < SPLIT_MIN_LENGTH) continue;
    for (let k = 1; k < word.length; k++) {
      const first = idOf.get(word.slice(0, k));
      const second = first === undefined ? undefined : idOf.get(word.slice(k));
      if (second === undefined || cost[first!]! + pairCost(first!, second) - cost[id]! > SPLIT_GAP) continue;
      const hash = wordHash(word, 0, word.length);
      for (const slot of [splitSlotOf(hash), secondSplitSlotOf(hash)]) filter[slot >>> 5] = filter[slot >>> 5]! | (1 << (slot & 31));
      break;
    }
  }
  return filter;
}

/** False when the word with this hash (wordHash) is surely no word the pass may split (true: maybe). */
export function maySplit(filter: Uint32Array, hash: number): boolean {
  const slot = splitSlotOf(hash);
  if ((filter[slot >>> 5]! & (1 << (slot & 31))) === 0) return false;
  const second = secondSplitSlotOf(hash);
  return (filter[second >>> 5]! & (1 << (second & 31))) !== 0;
}

// Symmetric-delete index: every vocabulary word within edit distance 2 of a typed word, without edits2.
//
// Two strings are within Damerau (optimal string alignment) distance 2 only if deleting at most two
// characters from each makes them equal (an insertion on one side is a deletion on the other, a
// substitution is one deletion on each side, a transposition likewise). So the index stores, for every
// word, the hashes of the word and of all its 1- and 2-deletions (~37 per 8-letter word), and a query
// looks up the same hashes of the typed word: about 1 + m + m(m-1)/2 probes instead of the ~10⁵ strings
// Norvig's edits2 builds. Hashes are polynomial mod 2³², so a deletion's hash comes from prefix hashes
// in O(1) without building the string; each hit is then verified with the exact distance, which also
// removes hash collisions and the pairs that need more than two edits. The layout is flat typed arrays
// (bucket offsets, then each entry's key and word id side by side, so that placing an entry, a write
// to a random bucket, misses the cache once rather than twice), so ~3.5 M entries cost ~30 MB outside
// the JS heap. The build hashes every word once into a scratch array (~18 MB, dropped when it returns),
// counts the buckets from it and scatters it, a stable counting sort: ~150 ms. Each entry also records
// how many letters it deleted (ids hold id · 4 + that depth), so that a distance-1 query verifies none
// of the crowded 2-deletion entries. A model's spelling-only words (model.ts) are indexed after its counted
// words, with the ids that follow theirs, the log count of a word no corpus saw (count 1), and their
// 0- and 1-deletions only (SPELLING_ONLY_DEPTH).
import type { Model } from '../model.ts';
import { wordIdsOf } from '../word-ids.ts';

/** Candidate lookup structure over a model's words (ids are ranks in `model.words`). */
export interface SpellIndex {
  readonly words: readonly string[];
  /** how many of `words` the model counts (ids below it); the rest are its spelling-only words. */
  readonly modelWords: number;
  /** ln count(word) by id: the log prior up to a constant. */
  readonly logCounts: Float64Array;
  readonly bucketMask: number;
  readonly bucketStart: Uint32Array;
  /** entry e's key at 2e, and at 2e + 1 its word id · 4 + the number of letters deleted from the word for it (0-2). */
  readonly entries: Uint32Array;
  /**
   * query scratch: the query number (1-255, wrapping) that last reached each word id, to visit each candidate
   * once. One byte per word keeps it in the second-level cache (0.3 MB), which the candidates' random ids hit.
   */
  readonly seenAt: Uint8Array;
  query: number;
  /** query scratch: hashing state and the typed word's deletion keys. */
  readonly hasher: DeletionHasher;
  readonly queryKeys: Uint32Array;
  /** query scratch: the distinct word ids the last query hit (collectHits), grown as needed. */
  hitIds: Uint32Array;
  /** whether ln count never rises with the id (ids are frequency ranks), so that a scan by id may stop at the first word too rare. */
  readonly logCountsDescending: boolean;
}

/**
 * Deletions indexed per spelling-only word: one, so such a word is found within distance 2 of a typed word
 * only when the word lacks at most one letter of it (`initialises` for `initailises`, `generalises` for
 * `genralises`); two would find the rest too (+9 of 712 codespell pairs) at five times the entries
 * (+24 MB of typed arrays against +4.6 MB: bench/RESULTS.md).
 */
const SPELLING_ONLY_DEPTH = 1;

/** The largest edit distance the index answers. */
export const MAX_DISTANCE = 2;
const BASE = 0x01000193;

const indexes = new WeakMap<Model, SpellIndex>();

/** The index of a model, built on first use and cached for the model's lifetime. */
export function spellIndex(model: Model): SpellIndex {
  let index = indexes.get(model);
  if (index === undefined) {
    index = buildSpellIndex(model);
    indexes.set(model, index);
  }
  return index;
}

/** Builds the index over a model's words: hash every deletion once, count the buckets, then place the entries (ids ascending in each bucket). */
function buildSpellIndex(model: Model): SpellIndex {
  const words = model.spellingOnly === undefined ? model.words : [...model.words, ...model.spellingOnly];
  // Spelling-only words keep ln 1 = 0, the log count of a dictionary word no corpus saw.
  const logCounts = new Float64Array(words.length);
  // The counts by id come from the ids both engines share (word-ids.ts) rather than a Map lookup per word.
  const { countOf } = wordIdsOf(model);
  for (let id = 0; id < model.words.length; id++) logCounts[id] = Math.log(id < countOf.length ? countOf[id]! : (model.counts.get(words[id]!) as number));
  let entries = 0;
  const depthOf = (id: number): number => (id < model.words.length ? MAX_DISTANCE : SPELLING_ONLY_DEPTH);
  for (let id = 0; id < words.length; id++) entries += deletionCount(words[id]!.length, depthOf(id));
  const longest = maxLength(words) + MAX_DISTANCE;
  const hasher = new DeletionHasher(longest);
  // One hashing pass into scratch; the buckets are counted from it and the entries scattered (a stable counting sort).
  const scratchKeys = new Uint32Array(entries);
  const scratchDepths = new Uint8Array(entries);
  const wordEnd = new Uint32Array(words.length);
  let at = 0;
  for (let id = 0; id < words.length; id++) wordEnd[id] = at = hasher.hashDeletions(words[id]!, depthOf(id), scratchKeys, at, scratchDepths);
  // Few, larger buckets keep the counting pass inside the CPU cache; a query scans ~4 keys per probe.
  const bucketMask = bucketCountFor(entries) - 1;
  const bucketStart = new Uint32Array(bucketMask + 2);
  for (let k = 0; k < entries; k++) bucketStart[(scratchKeys[k]! & bucketMask) + 1]!++;
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b]! += bucketStart[b - 1]!;
  const fill = bucketStart.slice(0, bucketMask + 1);
  const table = new Uint32Array(2 * entries);
  for (let id = 0, k = 0; id < words.length; id++) {
    for (; k < wordEnd[id]!; k++) {
      const slot = 2 * fill[scratchKeys[k]! & bucketMask]!++;
      table[slot] = scratchKeys[k]!;
      table[slot + 1] = id * 4 + scratchDepths[k]!;
    }
  }
  return {
    words,
    modelWords: model.words.length,
    logCounts,
    bucketMask,
    bucketStart,
    entries: table,
    seenAt: new Uint8Array(words.length),
    query: 0,
    hasher,
    queryKeys: new Uint32Array(deletionCount(longest)),
    hitIds: new Uint32Array(1024),
    logCountsDescending: logCounts.every((logCount, id) => id === 0 || logCount <= logCounts[id - 1]!),
  };
}

/**
 * Writes into `index.hitIds` the distinct ids of the words whose index entries match a deletion key of
 * `typed` (at most `maxDistance` deletions on either side), unverified: a superset of the words within
 * OSA distance `maxDistance`, plus hash collisions and pairs needing more edits. Returns their number
 * (the index hits, which callers may budget). A caller that ranks candidates by prior can then verify only
 * the few hits that could still make its list (spell/candidates.ts) instead of every one.
 */
export function collectHits(index: SpellIndex, typed: string, maxDistance: number): number {
  if (typed.length > index.hasher.prefix.length - 1) return 0;
  index.query = (index.query + 1) & 0xff;
  if (index.query === 0) {
    index.seenAt.fill(0);
    index.query = 1;
  }
  const query = index.query;
  const { bucketMask, bucketStart, entries: table, seenAt } = index;
  const probes = index.hasher.hashDeletions(typed, maxDistance, index.queryKeys, 0);
  // Each probe's bucket and its first entry are random reads. Read first in a loop in which one probe's reads do not
  // wait on another's, they are fetched together rather than one probe after the other in the loop below (about
  // 1.04x; bench/RESULTS.md). The last bucket may start at the table's end: its read is clamped to the last entry.
  let touched = 0;
  const lastEntry = table.length - 2;
  for (let p = 0; p < probes; p++) touched += table[Math.min(2 * bucketStart[index.queryKeys[p]! & bucketMask]!, lastEntry)]!;
  sink = touched;
  let hits = 0;
  for (let p = 0; p < probes; p++) {
    const key = index.queryKeys[p]!;
    const bucket = key & bucketMask;
    const end = bucketStart[bucket + 1]!;
    for (let slot = bucketStart[bucket]!; slot < end; slot++) {
      // An entry that deleted more letters from its word than the query allows cannot be within reach.
      if (table[2 * slot] !== key || (table[2 * slot + 1]! & 3) > maxDistance) continue;
      const id = table[2 * slot + 1]! >>> 2;
      if (seenAt[id] === query) continue;
      seenAt[id] = query;
      if (hits === index.hitIds.length) index.hitIds = growCopy(index.hitIds);
      index.hitIds[hits++] = id;
    }
  }
  return hits;
}

/** Where the touching loop of collectHits leaves its sum, so that its reads are kept. */
let sink = 0;

/** A copy of `array` in a buffer twice as long. */
function growCopy(array: Uint32Array): Uint32Array {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** Number of index entries for a word of length n and up to `depth` deletions: itself, its n 1-deletions and n(n-1)/2 2-deletions. */
function deletionCount(n: number, depth = MAX_DISTANCE): number {
  return 1 + (depth >= 1 ? n : 0) + (depth >= 2 ? (n * (n - 1)) / 2 : 0);
}

/** Smallest power of two ≥ entries / 4 (about four entries per bucket). */
function bucketCountFor(entries: number): number {
  let size = 1;
  while (size * 4 < entries) size *= 2;
  return size;
}

function maxLength(words: readonly string[]): number {
  let longest = 0;
  for (const word of words) if (word.length > longest) longest = word.length;
  return longest;
}

/** Hashes a string with up to two characters deleted, from prefix hashes and powers of the base. */
class DeletionHasher {
  prefix: Int32Array;
  power: Int32Array;

  constructor(maxLength: number) {
    this.prefix = new Int32Array(maxLength + 1);
    this.power = new Int32Array(maxLength + 1);
    this.power[0] = 1;
    for (let k = 1; k <= maxLength; k++) this.power[k] = Math.imul(this.power[k - 1]!, BASE);
  }

  /** Hash of s[a..b) given the prefix hashes of s. */
  segment(a: number, b: number): number {
    return (this.prefix[b]! - Math.imul(this.prefix[a]!, this.power[b - a]!)) | 0;
  }

  /**
   * Writes the keys of s and of its deletions of up to `depth` characters into `out` from `at` (and, when
   * given, the number of characters each deleted into `depths`); returns the end.
   */
  hashDeletions(s: string, depth: number, out: Uint32Array, at: number, depths?: Uint8Array): number {
    const n = s.length;
    const prefix = this.prefix;
    const power = this.power;
    for (let k = 0; k < n; k++) prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + s.charCodeAt(k)) | 0;
    if (depths !== undefined) depths[at] = 0;
    out[at++] = finalKey(prefix[n]!, n);
    if (depth < 1) return at;
    for (let i = 0; i < n; i++) {
      const tail = this.segment(i + 1, n);
      if (depths !== undefined) depths[at] = 1;
      out[at++] = finalKey((Math.imul(prefix[i]!, power[n - 1 - i]!) + tail) | 0, n - 1);
      if (depth < 2) continue;
      for (let j = i + 1; j < n; j++) {
        const head = (Math.imul(prefix[i]!, power[j - i - 1]!) + this.segment(i + 1, j)) | 0;
        if (depths !== undefined) depths[at] = 2;
        out[at++] = finalKey((Math.imul(head, power[n - 1 - j]!) + this.segment(j + 1, n)) | 0, n - 2);
      }
    }
    return at;
  }
}

/** Mixes the length into the polynomial hash and scrambles the bits (murmur3 finaliser). */
function finalKey(hash: number, length: number): number {
  let h = (hash ^ Math.imul(length, 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Consonant-skeleton index: the fallback for misspellings more than two edits from their word.
//
// Misspellings by sound often keep the consonants and lose the vowels and double letters
// (`beaurocracy` for `bureaucracy`, `emmisarry` for `emissary`, `eraticly` for `erratically`), so
// they are three or more edits away and outside the symmetric-delete index. Their skeleton — the first
// letter, then the remaining consonants with runs collapsed — is usually the same. The corrector looks
// here only when no word lies within distance 2, and scores the matches with the same error model.
// Like the delete index, it is flat typed arrays: word ids bucketed by a hash of their skeleton, each
// hit checked against the real skeleton, so that it builds in a few milliseconds.
import type { Model } from '../model.ts';

/** Letters the skeleton drops after the first: vowels, y, and the apostrophe. */
const DROPPED = new Uint8Array(128);
for (const c of "aeiouy'") DROPPED[c.charCodeAt(0)] = 1;

/** Calls `keep(code, index)` for each character of the skeleton of `word`. */
function forEachSkeletonChar(word: string, keep: (code: number, index: number) => void): void {
  if (word.length === 0) return;
  let last = word.charCodeAt(0);
  keep(last, 0);
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c < 128 && DROPPED[c] === 1) || c === last) continue;
    keep(c, k);
    last = c;
  }
}

/** First letter plus the later consonants, runs of one letter collapsed: `bureaucracy` → `brcrc`. */
export function skeletonKey(word: string): string {
  let key = '';
  forEachSkeletonChar(word, (_, index) => {
    key += word[index];
  });
  return key;
}

/**
 * FNV-1a hash of the skeleton of `word`, computed without building it: forEachSkeletonChar's rule written out,
 * since a callback per word (a closure for each of the 82,000 words hashed at start-up) costs several ms.
 */
function skeletonHash(word: string): number {
  let hash = 0x811c9dc5;
  if (word.length === 0) return hash >>> 0;
  let last = word.charCodeAt(0);
  hash = Math.imul(hash ^ last, 0x01000193);
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c < 128 && DROPPED[c] === 1) || c === last) continue;
    hash = Math.imul(hash ^ c, 0x01000193);
    last = c;
  }
  return hash >>> 0;
}

/** Word ids (frequency ranks) bucketed by skeleton hash. */
export interface SkeletonIndex {
  readonly words: readonly string[];
  readonly bucketMask: number;
  readonly bucketStart: Uint32Array;
  readonly ids: Uint32Array;
}

const indexes = new WeakMap<Model, SkeletonIndex>();

/** The skeleton index of a model, built on first use and cached for the model's lifetime. */
export function skeletonIndex(model: Model): SkeletonIndex {
  let index = indexes.get(model);
  if (index === undefined) {
    index = buildSkeletonIndex(model.words);
    indexes.set(model, index);
  }
  return index;
}

/** Buckets the word ids by skeleton hash (a counting sort, so ids stay in rank order per bucket). */
function buildSkeletonIndex(words: readonly string[]): SkeletonIndex {
  let buckets = 1;
  while (buckets < words.length) buckets *= 2;
  const bucketMask = buckets - 1;
  const hashes = new Uint32Array(words.length);
  const bucketStart = new Uint32Array(buckets + 1);
  for (let id = 0; id < words.length; id++) {
    hashes[id] = skeletonHash(words[id]!);
    bucketStart[(hashes[id]! & bucketMask) + 1]!++;
  }
  for (let b = 1; b <= buckets; b++) bucketStart[b]! += bucketStart[b - 1]!;
  const fill = bucketStart.slice(0, buckets);
  const ids = new Uint32Array(words.length);
  for (let id = 0; id < words.length; id++) ids[fill[hashes[id]! & bucketMask]!++] = id;
  return { words, bucketMask, bucketStart, ids };
}

/** Calls `visit(id)` for each word whose skeleton equals that of `typed`, most frequent first. */
export function forEachSkeletonMatch(index: SkeletonIndex, typed: string, visit: (id: number) => void): void {
  const key = skeletonKey(typed);
  const bucket = skeletonHash(typed) & index.bucketMask;
  for (let slot = index.bucketStart[bucket]!; slot < index.bucketStart[bucket + 1]!; slot++) {
    const id = index.ids[slot]!;
    if (skeletonKey(index.words[id]!) === key) visit(id);
  }
}

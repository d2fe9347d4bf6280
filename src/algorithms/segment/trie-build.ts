// Builds the segmenter's trie (segment/trie.ts) from the sorted words of both vocabularies, level by level.
//
// In sorted order, the nodes of depth d are the distinct d-letter prefixes of the words, and word k adds
// exactly the nodes of depths shared_k + 1 .. length_k, where shared_k is the length of the prefix it
// shares with word k - 1. Laid out level by level, in sorted order within each level, the children of
// every node are consecutive, which is what the trie's layout needs. Two passes over the merged sorted
// words do it with no linked draft and no search: the first merges the two lists and counts the new
// nodes of each depth (which fixes where each level starts), the second creates them, each setting its
// bit in its parent's header.
// The supplementary list arrives sorted (parseSegmentExtra checks it); the model's words arrive by rank
// and are sorted here, ties by id, so that a word listed twice keeps its lower id.
import { NO_EXTRA, type SegmentExtra } from './extra.ts';
import { EXTRA_ENDS, FOLLOWS, NAMES_ONLY, NODE_SIZE, PAYLOAD, startsOf, symbolOf, WORD_ENDS, type WordTrie } from './trie.ts';

/** Words as ASCII bytes, sorted: word k is bytes[starts[k], starts[k] + lengths[k]), with model id ids[k]. */
interface SortedWords {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  /** The length of the prefix each word shares with the word before it. */
  readonly shared: Int32Array;
  readonly ids: Int32Array;
  readonly longest: number;
}

/** Letters of a word's sort key: 28^6 keys times 2^21 ids stay exact in a double. */
const KEY_LETTERS = 6;
const ID_SPAN = 2 ** 21;

/** Sorts ids[first, last) by their words, then by id (by insertion when short, as these runs mostly are). */
function sortRun(ids: Int32Array, first: number, last: number, words: readonly string[]): void {
  if (last - first > 32) {
    ids.subarray(first, last).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : a - b));
    return;
  }
  for (let k = first + 1; k < last; k++) {
    const id = ids[k]!;
    const word = words[id]!;
    let at = k;
    while (at > first && (words[ids[at - 1]!]! > word || (words[ids[at - 1]!] === word && ids[at - 1]! > id))) {
      ids[at] = ids[at - 1]!;
      at--;
    }
    ids[at] = id;
  }
}

/**
 * The model's words that fit the trie's alphabet, as bytes, sorted by code units (ties by id). A string
 * sort of 80,000 words costs tens of milliseconds at start-up, so the words are sorted as numbers instead
 * (their first KEY_LETTERS symbols in base 28, then their id), and only the runs of words that share
 * those letters are then sorted as strings.
 */
function sortedModelWords(words: readonly string[]): SortedWords {
  const keys = new Float64Array(words.length);
  const startOf = new Int32Array(words.length);
  let chars = 0;
  for (const word of words) chars += word.length;
  const bytes = new Uint8Array(chars);
  let count = 0;
  let at = 0;
  let longest = 0;
  for (let id = 0; id < words.length && id < ID_SPAN; id++) {
    const word = words[id]!;
    let key = 0;
    let k = 0;
    for (; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const symbol = symbolOf(code);
      if (symbol === 0) break;
      if (k < KEY_LETTERS) key = key * 28 + symbol;
      bytes[at + k] = code;
    }
    if (k < word.length) continue;
    for (; k < KEY_LETTERS; k++) key *= 28;
    keys[count++] = key * ID_SPAN + id;
    startOf[id] = at;
    at += word.length;
    longest = Math.max(longest, word.length);
  }
  const sorted = keys.subarray(0, count).sort();
  const ids = new Int32Array(count);
  for (let k = 0; k < count; k++) ids[k] = sorted[k]! % ID_SPAN;
  for (let first = 0; first < count; ) {
    const key = Math.floor(sorted[first]! / ID_SPAN);
    let last = first + 1;
    while (last < count && Math.floor(sorted[last]! / ID_SPAN) === key) last++;
    if (last - first > 1) sortRun(ids, first, last, words);
    first = last;
  }
  const starts = new Int32Array(count);
  const lengths = new Int32Array(count);
  const shared = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    starts[k] = startOf[ids[k]!]!;
    lengths[k] = words[ids[k]!]!.length;
    if (k > 0) shared[k] = sharedLength(bytes, starts[k]!, lengths[k]!, bytes, starts[k - 1]!, lengths[k - 1]!);
  }
  return { bytes, starts, lengths, shared, ids, longest };
}

/** The length of the prefix a[startA, startA + lengthA) shares with b[startB, startB + lengthB). */
function sharedLength(a: Uint8Array, startA: number, lengthA: number, b: Uint8Array, startB: number, lengthB: number): number {
  const most = Math.min(lengthA, lengthB);
  let shared = 0;
  while (shared < most && a[startA + shared] === b[startB + shared]) shared++;
  return shared;
}

/**
 * Builds the trie of the model's `words` (word i gets id i, for ids below 2^21; a word listed twice keeps its lower id) and
 * the supplementary entries; the header of a model word's node also carries FOLLOWS where `follows[id]` is 1.
 */
export function buildTrie(words: readonly string[], extra: SegmentExtra = NO_EXTRA, follows?: Uint8Array): WordTrie {
  const model = sortedModelWords(words);
  const modelCount = model.ids.length;
  const { bytes: extraBytes, starts: extraStarts, lengths: extraLengths, shared: extraShared } = extra;
  const extraCount = extraStarts.length;
  const longest = Math.max(model.longest, 255);
  // Pass 1: the merged order (>= 0: a supplementary entry; < 0: ~k, the k-th sorted model word), each
  // word's shared prefix with the one before, and the new nodes per depth as differences. The merge
  // compares letters only on a tie: of two words that both follow the last one taken, the one sharing
  // more with it comes first, and what each shares with the one taken next follows from that.
  const total = modelCount + extraCount;
  const order = new Int32Array(total);
  const shared = new Int32Array(total);
  const newAtDepth = new Int32Array(longest + 2);
  let m = 0;
  let x = 0;
  let modelShares = 0;
  let extraShares = 0;
  for (let k = 0; k < total; k++) {
    let fromModel: boolean;
    let common: number;
    if (x === extraCount) fromModel = true;
    else if (m === modelCount) fromModel = false;
    else if (modelShares !== extraShares) fromModel = modelShares > extraShares;
    else {
      // Both share as much with the last word: compare past that.
      const modelStart = model.starts[m]!;
      const modelLength = model.lengths[m]!;
      const extraStart = extraStarts[x]!;
      const extraLength = extraLengths[x]!;
      const agree = modelShares + sharedLength(model.bytes, modelStart + modelShares, modelLength - modelShares, extraBytes, extraStart + modelShares, extraLength - modelShares);
      fromModel = agree === modelLength || (agree < extraLength && model.bytes[modelStart + agree]! < extraBytes[extraStart + agree]!);
      // The one not taken shares `agree` letters with the one taken.
      if (fromModel) extraShares = agree;
      else modelShares = agree;
    }
    let length: number;
    if (fromModel) {
      common = modelShares;
      length = model.lengths[m]!;
      order[k] = ~m;
      m++;
      if (m < modelCount) modelShares = model.shared[m]!;
    } else {
      common = extraShares;
      length = extraLengths[x]!;
      order[k] = x;
      x++;
      if (x < extraCount) extraShares = extraShared[x]!;
    }
    shared[k] = common;
    newAtDepth[common + 1]!++;
    newAtDepth[length + 1]!--;
  }
  // Which nodes lead to census names only (NAMES_ONLY): back over the merged words, readableUpTo[k] is the depth down
  // to which the nodes on word k's path hold a model word or a dictionary word among the words from k on. A node
  // word k creates holds only words from k on, so it leads to names only when it lies deeper than that.
  const readableUpTo = new Int32Array(total);
  let readable = 0;
  for (let k = total - 1; k >= 0; k--) {
    const item = order[k]!;
    if (item < 0 || extra.ranks[item] === 0) readable = item < 0 ? model.lengths[~item]! : extraLengths[item]!;
    readableUpTo[k] = readable;
    readable = Math.min(readable, shared[k]!);
  }
  // Where each level starts: the root alone at depth 0, then the running sums of the differences.
  const nextFree = new Int32Array(longest + 2);
  let nodeCount = 1;
  let levelSize = 0;
  for (let depth = 1; depth <= longest; depth++) {
    levelSize += newAtDepth[depth]!;
    nextFree[depth] = nodeCount;
    nodeCount += levelSize;
  }
  // Pass 2: create each word's new nodes, in order, and mark where the words end.
  const nodes = new Int32Array(NODE_SIZE * nodeCount);
  const path = new Int32Array(longest + 1);
  const sharedRanks = new Map<number, number>();
  nodes[1] = nextFree[1]!;
  for (let k = 0; k < total; k++) {
    const item = order[k]!;
    const fromModel = item < 0;
    const bytes = fromModel ? model.bytes : extraBytes;
    const start = fromModel ? model.starts[~item]! : extraStarts[item]!;
    const length = fromModel ? model.lengths[~item]! : extraLengths[item]!;
    for (let depth = shared[k]! + 1; depth <= length; depth++) {
      const node = nextFree[depth]!++;
      if (depth > readableUpTo[k]!) nodes[NODE_SIZE * node] = NAMES_ONLY;
      nodes[NODE_SIZE * path[depth - 1]!]! |= 1 << symbolOf(bytes[start + depth - 1]!);
      // The next node created one level down, if any, is this node's first child: the nodes created
      // there before it are the children of earlier nodes, and those after it, of later ones.
      nodes[NODE_SIZE * node + 1] = nextFree[depth + 1]!;
      path[depth] = node;
    }
    const end = NODE_SIZE * path[length]!;
    // The payload holds the model word's id, or else the supplementary rank; a string in both lists (the model word
    // comes first in the merged order) keeps its rank aside.
    if (!fromModel) {
      if ((nodes[end]! & WORD_ENDS) === 0) nodes[end + PAYLOAD] = extra.ranks[item]!;
      else sharedRanks.set(path[length]!, extra.ranks[item]!);
      nodes[end]! |= EXTRA_ENDS;
    } else if ((nodes[end]! & WORD_ENDS) === 0) {
      const id = model.ids[~item]!;
      if ((nodes[end]! & EXTRA_ENDS) !== 0) sharedRanks.set(path[length]!, nodes[end + PAYLOAD]!);
      nodes[end + PAYLOAD] = id;
      nodes[end]! |= follows?.[id] === 1 ? WORD_ENDS | FOLLOWS : WORD_ENDS;
    }
  }
  return { nodes, starts: startsOf(nodes), sharedRanks };
}

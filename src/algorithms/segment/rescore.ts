// A second pass over the Viterbi's best split of a run: the same words, priced with second-order context.
//
// The search (segment/viterbi.ts) prices each word by the word before it. Some splits are wrong only in the
// light of the word before that: `live with in your means` against `live within your means` (big.txt's
// `with in` is frequent, but 174 of its 176 are `met with in`), or of what a word's class usually follows:
// `the cat sat on them at` against `on the mat` (`the mat` seen once). This pass walks the best path and prices,
// under the model of segment/second-order.ts (word triples with Kneser-Ney backing off, mixed with a class bigram):
//   - at each pair of adjacent model words whose letters spell one model word, that merge, kept when cheaper by
//     RESCORE_MARGIN nats;
//   - at each word that splits into two model words (`handout`: `hand out`), each such split, kept when cheaper by
//     SPLIT_MARGIN nats: the search, which prices a word by the one before it only, and W for every word
//     (segment/model.ts), join an open compound that the words around it ask for (`you dont hand out any`);
//   - at the run's last pair, when the run ends at punctuation or the text's end and its last word rarely ends a run
//     (its end cost, -ln P(end | w) + ln(1 - P(end | w)), above END_SHIFT_COST: `at`, `the`, `of`), the boundary
//     moved by one letter either way (`them at` / `the mat`), kept when cheaper at all.
// The window priced is the pair (or its merge, or the word and its split) and the two words after it, whose
// contexts change; the run's last word pays its end cost, as in the search (segment/model.ts). Words the search read
// otherwise (unknown, supplementary, derived, clitics, letters kept on numbers) are left alone and give no context,
// and so is any pair with an apostrophe, or a capital after its first letter (the search's case cues decide there).
// Moved boundaries everywhere were priced too and not kept: with the word triples alone they won 4 times in the 6,000
// inputs of all benchmark sets, and with the classes they cost a third of the chars/s (a trie walk per split point
// of ~11% of pairs) for no gain on dev; at the run's end, gated by the end cost, they are priced for ~1.6% of runs.
// Cost: the pass must cost next to nothing beside the search. Which spans of the path spell model words (each word,
// each pair together, and each way a word splits in two) it reads from the search's lattice (segment/spelled.ts: a
// look along the few states at the span's end, which the search wrote just before), not from the trie (a walk
// through cold memory per pair or split point), but at the few positions the search's beam skipped, where no state
// starts (segment/beam.ts); most pairs spell no word together, and only for those that do is the
// Bloom filter of the model's 45,384 word-into-two-words splits (segment/merge-filter.ts) probed and, around a real
// merge, the model consulted. A moved end boundary is probed in a Bloom filter of the model's words before any trie
// walk, and a split in a Bloom filter of the words that split at most SPLIT_GAP nats dearer than they are
// (segment/merge-filter.ts), asked once per word id. These pre-checks are segment/pass-checks.ts; this file holds the
// pricing and the pass's scratch.
import type { SegmentModel } from './model.ts';
import type { RunSplit } from './best-path.ts';
import { mayBeWord, SPLIT_MIN_LENGTH } from './merge-filter.ts';
import { firstCandidate, hasCue, mayMergeAt, mayShiftEnd, maySplitWord, wordIdOf } from './pass-checks.ts';
import { contextCost, type TrigramModel } from './second-order.ts';
import { hasApostrophe, spelledSplits, spelledWord } from './spelled.ts';
import type { States } from './states.ts';

// The pass's model type, where segment/model.ts looks for it.
export type { TrigramModel } from './second-order.ts';

/** Nats by which a merge must be cheaper than the search's split to replace it (tuned on dev: 0 / 0.5 / 1 / 2). */
const RESCORE_MARGIN = 1;

/** Nats by which a word's split must be cheaper than the word to replace it (tuned on dev: 0.5 / 1 / 1.5, with W 0.4 / 0.5 / 0.6). */
const SPLIT_MARGIN = 1;

/** A run's last word whose end cost is above this many nats is one a run rarely ends on: only there is a moved end boundary priced (tuned on dev: 0 / 1 / 2 / 3). */
const END_SHIFT_COST = 3;

/** What the pass may use (the ablations turn parts off). */
export interface PassParts {
  /** Mix the class bigram into the costs. */
  readonly classes: boolean;
  /** Price the run's last boundary moved by one letter. */
  readonly endShifts: boolean;
  /** Price the splits of each word into two model words. */
  readonly splits: boolean;
}

export const ALL_PARTS: PassParts = { classes: true, endShifts: true, splits: true };

// Scratch of one run: the path's word ids, computed only around a candidate (UNREAD until then), and the words of one
// window priced. The pass is synchronous and never re-entered.
const UNREAD = -2;
const pathIds: number[] = [];
const bounds: number[] = [];
const windowWords = new Int32Array(4);
/** The splits of the word priced (segment/spelled.ts: spelledSplits). */
const splitScratch: number[] = [];
/** The run's lattice (segment/spelled.ts reads the path's words from it) and the run's offset in the text. */
let runLattice: States | undefined;
let runStart = 0;

/** The model word id of the path's word k (between bounds[k] and bounds[k + 1]), read once; -1 for a word left alone (see the header: a word the search read otherwise, or the run's first or last letters kept on a number beside them). */
function pathIdOf(k: number, keepFirst: boolean, keepLast: boolean): number {
  if (pathIds[k] === UNREAD) {
    const left = (k === 0 && keepFirst) || (k === bounds.length - 2 && keepLast);
    const [from, to] = [bounds[k]! - runStart, bounds[k + 1]! - runStart];
    pathIds[k] = left || hasApostrophe(runLattice!, from, to) ? -1 : spelledWord(runLattice!, from, to);
  }
  return pathIds[k]!;
}

/**
 * The cost of the `count` words in windowWords after the context u v, stopping at a word left alone (which gives no
 * context); `reachesEnd`: the last of them ends the run, and pays its end cost when `priceEnd` (the run ends at punctuation).
 */
function sequenceCost(model: SegmentModel, trigrams: TrigramModel, u: number, v: number, count: number, reachesEnd: boolean, priceEnd: boolean, classes: boolean): number {
  let cost = 0;
  let previous = u;
  let last = v;
  for (let k = 0; k < count; k++) {
    const w = windowWords[k]!;
    if (w < 0) return cost;
    cost += contextCost(model, trigrams, previous, last, w, classes);
    previous = last;
    last = w;
  }
  return reachesEnd && priceEnd ? cost + model.endAdjust[last]! : cost;
}

/** Prices the run's last pair (i) with its boundary moved one letter either way (see the header) and applies the cheapest if cheaper than the search's; true when it did. */
function shiftedEnd(text: string, i: number, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, before: number, priceEnd: boolean, classes: boolean): boolean {
  const keepFirst = split.suffixKept;
  const keepLast = split.prefixKept;
  const [from, mid, to] = [bounds[i]!, bounds[i + 1]!, bounds[i + 2]!];
  if (hasCue(text, from, to)) return false;
  const first = pathIdOf(i, keepFirst, keepLast);
  const second = pathIdOf(i + 1, keepFirst, keepLast);
  if (first < 0 || second < 0) return false;
  const u = i >= 2 ? pathIdOf(i - 2, keepFirst, keepLast) : i === 1 ? before : -1;
  const v = i >= 1 ? pathIdOf(i - 1, keepFirst, keepLast) : before;
  windowWords[0] = first;
  windowWords[1] = second;
  let cheapest = sequenceCost(model, trigrams, u, v, 2, true, priceEnd, classes);
  let chosen = -1;
  for (let at = mid - 1; at <= mid + 1; at += 2) {
    if (at <= from || at >= to || !mayBeWord(trigrams.wordFilter, text, from, at) || !mayBeWord(trigrams.wordFilter, text, at, to)) continue;
    windowWords[0] = wordIdOf(model, text, from, at);
    windowWords[1] = windowWords[0]! < 0 ? -1 : wordIdOf(model, text, at, to);
    if (windowWords[1]! < 0) continue;
    const cost = sequenceCost(model, trigrams, u, v, 2, true, priceEnd, classes);
    if (cost < cheapest) {
      cheapest = cost;
      chosen = at;
      pathIds[i] = windowWords[0]!;
      pathIds[i + 1] = windowWords[1]!;
    }
  }
  if (chosen < 0) return false;
  bounds[i + 1] = chosen;
  return true;
}

/** Prices each split of the path's words into two model words (see the header) and applies those kept, the cheapest of each word's; true when it did. */
function splitWords(text: string, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, before: number, priceEnd: boolean, classes: boolean): boolean {
  const keepFirst = split.suffixKept;
  const keepLast = split.prefixKept;
  let changed = false;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!];
    if (to - from < SPLIT_MIN_LENGTH) continue;
    const word = pathIdOf(k, keepFirst, keepLast);
    if (word < 0 || !maySplitWord(trigrams, runLattice!, word, from - runStart, to - runStart) || hasCue(text, from, to)) continue;
    const words = bounds.length - 1;
    const u = k >= 2 ? pathIdOf(k - 2, keepFirst, keepLast) : k === 1 ? before : -1;
    const v = k >= 1 ? pathIdOf(k - 1, keepFirst, keepLast) : before;
    const after = Math.min(2, words - k - 1);
    const reachesEnd = k + after === words - 1;
    const next = after > 0 ? pathIdOf(k + 1, keepFirst, keepLast) : -1;
    const nextButOne = after > 1 ? pathIdOf(k + 2, keepFirst, keepLast) : -1;
    windowWords[0] = word;
    windowWords[1] = next;
    windowWords[2] = nextButOne;
    let cheapest = sequenceCost(model, trigrams, u, v, 1 + after, reachesEnd, priceEnd, classes) - SPLIT_MARGIN;
    let chosen = -1;
    let first = -1;
    let second = -1;
    const found = spelledSplits(runLattice!, from - runStart, to - runStart, splitScratch);
    for (let c = 0; c < found; c++) {
      const a = splitScratch[3 * c + 1]!;
      const b = splitScratch[3 * c + 2]!;
      windowWords[0] = a;
      windowWords[1] = b;
      windowWords[2] = next;
      windowWords[3] = nextButOne;
      const cost = sequenceCost(model, trigrams, u, v, 2 + after, reachesEnd, priceEnd, classes);
      if (cost < cheapest) {
        cheapest = cost;
        chosen = runStart + splitScratch[3 * c]!;
        first = a;
        second = b;
      }
    }
    if (chosen < 0) continue;
    bounds.splice(k + 1, 0, chosen);
    pathIds.splice(k, 1, first, second);
    changed = true;
    k++;
  }
  return changed;
}

/** Prices the merges of the path in `bounds` from pair `firstPair` on (see the header) and applies those kept; returns the split after them. */
function mergedSplit(text: string, firstPair: number, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, before: number, priceEnd: boolean, parts: PassParts, endShift: boolean): { offsets: number[]; lastWord: number } {
  const keepFirst = split.suffixKept;
  const keepLast = split.prefixKept;
  let changed = false;
  for (let i = firstPair; i + 2 < bounds.length; i++) {
    if ((i === 0 && keepFirst) || (i + 3 === bounds.length && keepLast)) continue;
    const [from, mid, to] = [bounds[i]!, bounds[i + 1]!, bounds[i + 2]!];
    const merged = mayMergeAt(runLattice!, trigrams, text, runStart, from, mid, to);
    if (merged < 0) {
      if (endShift && i + 3 === bounds.length && shiftedEnd(text, i, split, model, trigrams, before, priceEnd, parts.classes)) changed = true;
      continue;
    }
    const first = pathIdOf(i, keepFirst, keepLast);
    const second = pathIdOf(i + 1, keepFirst, keepLast);
    if (first < 0 || second < 0) continue;
    const u = i >= 2 ? pathIdOf(i - 2, keepFirst, keepLast) : i === 1 ? before : -1;
    const v = i >= 1 ? pathIdOf(i - 1, keepFirst, keepLast) : before;
    const words = bounds.length - 1;
    const after = Math.min(2, words - i - 2);
    const reachesEnd = i + 4 >= words;
    windowWords[0] = first;
    windowWords[1] = second;
    for (let k = 0; k < after; k++) windowWords[2 + k] = pathIdOf(i + 2 + k, keepFirst, keepLast);
    const kept = sequenceCost(model, trigrams, u, v, 2 + after, reachesEnd, priceEnd, parts.classes);
    windowWords[0] = merged;
    for (let k = 0; k < after; k++) windowWords[1 + k] = windowWords[2 + k]!;
    if (sequenceCost(model, trigrams, u, v, 1 + after, reachesEnd, priceEnd, parts.classes) + RESCORE_MARGIN >= kept) continue;
    bounds.splice(i + 1, 1);
    pathIds.splice(i, 2, merged);
    changed = true;
  }
  if (parts.splits && splitWords(text, split, model, trigrams, before, priceEnd, parts.classes)) changed = true;
  if (!changed) return split;
  return { offsets: bounds.slice(1, -1), lastWord: pathIdOf(bounds.length - 2, keepFirst, keepLast) };
}

/** The search's split of the run text[start, end) after the second pass: its offsets (absolute) and its last model word (-1: none). */
export function rescoreSplit(text: string, start: number, end: number, split: RunSplit, model: SegmentModel, trigrams: TrigramModel, previousWord: number, endsRun: boolean, parts: PassParts = ALL_PARTS): { offsets: number[]; lastWord: number } {
  const { offsets } = split;
  // Most pairs spell no model word together, and most words split into no two: the lattice and the filters rule
  // them out (segment/pass-checks.ts: firstCandidate), before anything is read into the scratch. The candidate is the
  // first pair the pass must look at: one that may merge, or one whose first word may split.
  const lattice = split.lattice;
  if (!lattice) return split;
  let candidate = firstCandidate(lattice, trigrams, text, start, end, offsets, parts.splits);
  // The last boundary may move when the run ends where its last word rarely ends one (see the header).
  const priceEnd = endsRun && !split.prefixKept;
  const last = offsets.length - 1;
  const endShift = parts.endShifts && priceEnd && last >= 0 && split.lastWord >= 0 && model.endAdjust[split.lastWord]! > END_SHIFT_COST && mayShiftEnd(trigrams, text, last > 0 ? offsets[last - 1]! : start, offsets[last]!, end);
  if (endShift && (candidate < 0 || candidate > last)) candidate = last;
  if (candidate < 0) return split;
  runLattice = lattice;
  runStart = start;
  bounds.length = 0;
  pathIds.length = 0;
  bounds.push(start);
  for (const offset of offsets) {
    bounds.push(offset);
    pathIds.push(UNREAD);
  }
  bounds.push(end);
  pathIds.push(UNREAD);
  return mergedSplit(text, candidate, split, model, trigrams, previousWord >= 0 ? previousWord : model.startId, priceEnd, parts, endShift);
}

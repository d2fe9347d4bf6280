// The parts of a hyphenated word (`mis-spawned`, `eleven-year-olds`, `Bel-Shamharoth`), which spell/tokens.ts
// yields one by one, are read as parts of a compound rather than as words standing alone.
//
// A part joined to the next by a hyphen may be a prefix the vocabulary uses productively: `mis` is no word of
// data/wordfreq.txt, but 290 of its words are `mis` + another of its words (`misread`, `misfortune`). A prefix p
// counts as productive when at least MIN_PREFIXED words w = p + k of the word model have k a model word of at
// least MIN_REST letters seen at least MIN_REST_COUNT times; among unknown strings of 3 letters or more only
// `mis` (290) and `tele` (65) pass 50 (`sur` 48, `uns` 37, and a slip such as `intra` 7, `teh` 1 stay below).
// A prefix's words are found among the model's words grouped by their first two letters (grouped once per model, on
// first use: one pass), and each prefix's count is remembered.
//
// A closed compound written apart: an unknown part that with the hyphen-joined part beside it makes a model word
// (`tragi-comedy`: tragicomedy) is spelt the older way, not mistyped.
import { isAsciiLetter } from '../ascii-letters.ts';
import type { Model } from '../model.ts';

/** The shortest prefix considered, in letters (two-letter strings are mostly chance: `im`, `sp`, `sc`). */
const MIN_PREFIX = 3;
/** The longest prefix considered. */
const MAX_PREFIX = 5;
/** The shortest rest k of a prefixed word. */
const MIN_REST = 3;
/** The smallest corpus count of the rest. */
const MIN_REST_COUNT = 5;

/** The model's word ids grouped by their first two letters (a–z each), so that a prefix's words are found without a scan. */
interface FirstTwo {
  /** word ids, grouped: group g holds ids[from[g]] ... ids[from[g + 1] - 1]. */
  readonly ids: Int32Array;
  readonly from: Int32Array;
}

const GROUPS = 26 * 26;
const groups = new WeakMap<Model, FirstTwo>();
const counted = new WeakMap<Model, Map<string, number>>();
/** Distinct prefixes remembered per model: the memo's bound. */
const MEMO_LIMIT = 10_000;

/** The group of a word's first two letters, or -1 when either is not a–z. */
function groupOf(word: string): number {
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

/** The model's words grouped by their first two letters (a counting sort, once per model). */
function firstTwo(model: Model): FirstTwo {
  const cached = groups.get(model);
  if (cached !== undefined) return cached;
  const from = new Int32Array(GROUPS + 1);
  for (const word of model.words) {
    const group = groupOf(word);
    if (group >= 0) from[group + 1]!++;
  }
  for (let g = 0; g < GROUPS; g++) from[g + 1]! += from[g]!;
  const next = from.slice(0, GROUPS);
  const ids = new Int32Array(from[GROUPS]!);
  model.words.forEach((word, id) => {
    const group = groupOf(word);
    if (group >= 0) ids[next[group]!++] = id;
  });
  const built = { ids, from };
  groups.set(model, built);
  return built;
}

/** How many model words are `prefix` + another model word (of MIN_REST letters or more, seen MIN_REST_COUNT times or more). */
export function prefixedCount(prefix: string, model: Model): number {
  let memo = counted.get(model);
  const earlier = memo?.get(prefix);
  if (earlier !== undefined) return earlier;
  let count = 0;
  const group = prefix.length >= MIN_PREFIX && prefix.length <= MAX_PREFIX ? groupOf(prefix) : -1;
  if (group >= 0) {
    const { ids, from } = firstTwo(model);
    for (let at = from[group]!; at < from[group + 1]!; at++) {
      const word = model.words[ids[at]!]!;
      if (word.length >= prefix.length + MIN_REST && word.startsWith(prefix) && (model.counts.get(word.slice(prefix.length)) ?? 0) >= MIN_REST_COUNT) count++;
    }
  }
  if (memo === undefined) counted.set(model, (memo = new Map()));
  if (memo.size < MEMO_LIMIT) memo.set(prefix, count);
  return count;
}

/** True when lowercase `part` is a prefix the vocabulary uses in at least `minPrefixed` words (0: never). */
export function isProductivePrefix(part: string, model: Model, minPrefixed: number): boolean {
  return minPrefixed > 0 && prefixedCount(part, model) >= minPrefixed;
}

/** True when a hyphen joins the word ending at `end` to a following letter (`mis-spawned`). */
export function joinedAfter(text: string, end: number): boolean {
  return text[end] === '-' && /[A-Za-z]/.test(text[end + 1] ?? '');
}

/** True when a hyphen joins the word starting at `offset` to a letter before it (`year-olds`). */
export function joinedBefore(text: string, offset: number): boolean {
  return text[offset - 1] === '-' && /[A-Za-z]/.test(text[offset - 2] ?? '');
}

/** The letters of the hyphen-joined part after `end` (`comedy` in `tragi-comedy`), lowercase; '' when none. */
function partAfter(text: string, end: number): string {
  let i = end + 1;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return text.slice(end + 1, i).toLowerCase();
}

/** The letters of the hyphen-joined part before `offset`, lowercase; '' when none. */
function partBefore(text: string, offset: number): string {
  let i = offset - 1;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, offset - 1).toLowerCase();
}

/**
 * True when the word at `text[offset, end)`, hyphen-joined to the part after (`joinedAfter`) or before (`joinedBefore`),
 * makes a model word with it: a closed compound written apart (`tragi-comedy`).
 */
export function isOpenedCompound(text: string, offset: number, end: number, joinedAfter: boolean, joinedBefore: boolean, model: Model): boolean {
  const word = text.slice(offset, end).toLowerCase();
  return (joinedAfter && model.counts.has(word + partAfter(text, end))) || (joinedBefore && model.counts.has(partBefore(text, offset) + word));
}

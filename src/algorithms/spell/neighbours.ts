// What surrounds a word in the text, as the corrector's context reads it: the word before (or the previous
// word's correction, across a bounded gap of whitespace), the word after (or the first pass's guess for it),
// whether a Capitalised word follows, whether only spaces separate two words, and whether an apostrophe marks
// the word as a deliberate elision (`look'd`, `tellin'`, `ol'`) rather than a slip. Each reads a bounded stretch of
// the text, so a long text costs linear time (the reliability bound of bench/RESULTS.md "Worst case of the spelling
// algorithm").
import type { Model } from '../model.ts';
import { wordAfter, wordBefore } from './tokens.ts';
import { isKnown } from './word-shape.ts';

/**
 * True for an unknown word that an apostrophe marks as a deliberate elision rather than a slip: a known
 * word before an inner apostrophe (`look'd`, `thou'lt`, `it'd`), or a dropped final g (`tellin'`); with
 * `trailing` (SpellOptions.trailingElisions), any letters cut off by a final apostrophe (`ol'`, `nuthin'`).
 */
export function isElision(text: string, word: string, end: number, model: Model, trailing = false): boolean {
  const apostrophe = word.search(/['’]/);
  if (apostrophe > 0 && !/['’]s$/.test(word)) return isKnown(word.slice(0, apostrophe), model);
  if (text[end] !== "'" && text[end] !== '’') return false;
  if (word.endsWith('in') && isKnown(`${word}g`, model)) return true;
  return trailing && isTrailingElision(text, word, end);
}

/**
 * True when the apostrophe after `word` (at `end`) cuts letters off it (`ol'`, `nuthin'`, `Didja'`) rather than
 * closing a quotation or a plural possessive: the word does not end in s (`the wokers' union`), no letter follows
 * the apostrophe, and no apostrophe opens the word (`'teh'`).
 */
function isTrailingElision(text: string, word: string, end: number): boolean {
  const start = end - word.length;
  const opened = text[start - 1] === "'" || text[start - 1] === '‘' || text[start - 1] === '’';
  return !opened && !/s$/i.test(word) && !/[A-Za-z]/.test(text[end + 1] ?? '');
}

/** The word after `end` (spell/tokens.ts wordAfter), or the first pass's correction of it when there is one. */
export function guessedWordAfter(text: string, end: number, guesses: ReadonlyMap<number, string> | undefined): string {
  const word = wordAfter(text, end);
  if (guesses === undefined || word === '') return word;
  let i = end;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return guesses.get(i) ?? word;
}

/** True when, after spaces or tabs, a Capitalised word (a capital, then a lowercase letter) starts. */
export function capitalisedWordFollows(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i > end && /[A-Z]/.test(text[i] ?? '') && /[a-z]/.test(text[i + 1] ?? '');
}

/** True when `from` < `to` and only spaces or tabs lie between them (two words on one line, nothing between). */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (from < 0 || from >= to) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

/** Longest whitespace gap across which a corrected word still serves as the next word's context. */
const MAX_GAP = 64;

/** The word before `offset`, or the previous word's correction when only whitespace lies between. */
export function contextWordBefore(text: string, offset: number, previous: { end: number; word: string } | undefined): string {
  // The gap is bounded, so a text with one early change and many later words is not re-scanned each time.
  if (previous !== undefined && previous.end < offset && offset - previous.end <= MAX_GAP && text.slice(previous.end, offset).trim() === '') {
    return previous.word;
  }
  return wordBefore(text, offset);
}

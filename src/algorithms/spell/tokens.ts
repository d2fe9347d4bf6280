// Splitting text into the words a spelling corrector may touch; everything else passes through.
//
// The corrector must return every byte it does not correct unchanged, so tokens are spans (offset +
// text) into the original string rather than a re-joined copy. A whitespace-separated chunk that is a
// URL, an e-mail address, an @handle, a #tag, a path or a dotted name (`example.com`, `e.g.`, `Node.js`)
// is skipped whole. Inside other chunks a word is a run of letters with inner apostrophes or hyphens;
// it is skipped when it contains a digit or underscore (`mp3`, `snake_case`), a letter outside a–z
// (accents, non-Latin scripts: the vocabulary is English a–z), is ALL CAPS (acronyms), has mixed case
// (`iPhone`), or is a single letter. A hyphenated word yields each part as its own word. The patterns
// below are the definition; ASCII chunks, nearly all of English text, are read by the equivalent scanner
// of spell/ascii-words.ts, 2.4 times as fast (test/property/spell-tokens.property.test.ts holds the two equal).

import { isAsciiLetter } from '../ascii-letters.ts';
import { asciiWordParts, isAsciiPassThrough, nextChunk } from './ascii-words.ts';

/** A word the corrector may replace, located in the original text. */
export interface WordSpan {
  /** index of the first UTF-16 code unit in the text. */
  readonly offset: number;
  readonly text: string;
  /** first word of a sentence or a line: its capital letter carries no information. */
  readonly sentenceStart: boolean;
}

const CHUNK = /\S+/g;
const WORDISH = /[\p{L}\p{M}\p{N}_]+(?:['’\-][\p{L}\p{M}\p{N}_]+)*/gu;
const PASS_THROUGH_CHUNK = /^[a-z][a-z0-9+.-]*:\/\/|^www\.|[@#/\\]|[\p{L}\p{N}]\.[\p{L}\p{N}]/iu;
const HAS_DIGIT_OR_UNDERSCORE = /[\p{N}_]/u;
const NOT_ASCII_WORD = /[^A-Za-z'’]/;
const LOWER_OR_CAPITALISED = /^[A-Za-z][a-z'’]*$/;
const OPENERS = new Set(['"', "'", '(', '[', '{', '“', '‘', '«', '-', '–', '—', '*', '_']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/**
 * The correctable words of `text`, in order, as spans into it. Most chunks are ASCII, and those are read by
 * spell/ascii-words.ts's scanner on code units; a chunk with any other character is read by the patterns
 * (`chunkSpansByPattern`). Both read a chunk the same way (a property test holds them to it).
 */
export function* wordSpans(text: string): Generator<WordSpan> {
  let at = 0;
  while (at < text.length) {
    const { start, end, ascii } = nextChunk(text, at);
    if (start === end) return;
    yield* ascii ? asciiChunkSpans(text, start, end) : chunkSpansByPattern(text, start, end);
    at = end;
  }
}

/** The same as `wordSpans`, by the patterns alone: the definition the scanner is tested against. */
export function* wordSpansByPattern(text: string): Generator<WordSpan> {
  for (const chunk of text.matchAll(CHUNK)) yield* chunkSpansByPattern(text, chunk.index, chunk.index + chunk[0].length);
}

/** The words of the chunk `text[start, end)` by the patterns above. */
function* chunkSpansByPattern(text: string, start: number, end: number): Generator<WordSpan> {
  const chunk = text.slice(start, end);
  if (PASS_THROUGH_CHUNK.test(chunk)) return;
  for (const word of chunk.matchAll(WORDISH)) {
    const token = word[0];
    if (HAS_DIGIT_OR_UNDERSCORE.test(token)) continue;
    let offset = start + word.index;
    for (const part of token.split('-')) {
      if (isCorrectableShape(part)) yield { offset, text: part, sentenceStart: startsSentence(text, offset) };
      offset += part.length + 1;
    }
  }
}

/** The words of the ASCII chunk `text[start, end)`, found by `asciiWordParts`. */
function* asciiChunkSpans(text: string, start: number, end: number): Generator<WordSpan> {
  if (isAsciiPassThrough(text, start, end)) return;
  const parts = asciiWordParts(text, start, end);
  for (let k = 0; k < parts.length; k += 2) {
    const offset = parts[k]!;
    yield { offset, text: text.slice(offset, parts[k + 1]!), sentenceStart: startsSentence(text, offset) };
  }
}

/** True for a lowercase or Capitalised a–z word of two or more letters (apostrophes allowed inside). */
export function isCorrectableShape(word: string): boolean {
  return word.length >= 2 && !NOT_ASCII_WORD.test(word) && LOWER_OR_CAPITALISED.test(word);
}

/** True when only openers and spaces separate `offset` from the text start, a line start or a sentence end. */
export function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '.' && isAbbreviationBefore(text, i)) return false;
    if (c === '\n' || c === '\r' || SENTENCE_ENDS.has(c)) return true;
    if (c === ' ' || c === '\t' || OPENERS.has(c)) continue;
    return false;
  }
  return true;
}

/**
 * True when a sentence ends in `text[from, to)`, the stretch between two words: a sentence end or a line break there
 * (a period after an initial or a title is none). Unlike `startsSentence`, it sees the end before a one-letter word
 * (`Freund? I have`), which is no word span of its own.
 */
export function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r' || (SENTENCE_ENDS.has(c) && !(c === '.' && isAbbreviationBefore(text, i)))) return true;
  }
  return false;
}

/**
 * True when the period at `period` closes an initial or a title rather than a sentence: a lone capital
 * (`E. Grevile`, `C. D. Mackey`) or a Capitalised word without a vowel (`Mrs. Dalloway`, `Dr.`, `St.`).
 */
function isAbbreviationBefore(text: string, period: number): boolean {
  let start = period;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === period || (start > 0 && !WHITESPACE.test(text.charAt(start - 1)) && !OPENERS.has(text.charAt(start - 1)))) return false;
  return /^[A-Z](?:[b-df-hj-np-tv-xz]*)$/.test(text.slice(start, period));
}

/** The start-of-run symbol of the bigram model (segment/bigrams.ts RUN_START), as `wordBefore` returns it. */
const RUN_START = '<s>';
const WHITESPACE = /\s/;

/**
 * The word before `offset` as the bigram model saw it, lowercase with straight apostrophes: the letter run
 * that only whitespace separates from `offset`; `<s>` when anything else (punctuation, a digit, the text
 * start) comes first, since the model's runs start there.
 */
export function wordBefore(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && WHITESPACE.test(text.charAt(i))) i--;
  if (i < 0 || i === offset - 1 || !isAsciiLetter(text.charCodeAt(i))) return RUN_START;
  const end = i + 1;
  while (i >= 0 && (isAsciiLetter(text.charCodeAt(i)) || ((text[i] === "'" || text[i] === '’') && i > 0 && isAsciiLetter(text.charCodeAt(i - 1))))) i--;
  return text.slice(i + 1, end).toLowerCase().replaceAll('’', "'");
}

/** The word after `end` that only whitespace separates from it, lowercase with straight apostrophes; '' when none. */
export function wordAfter(text: string, end: number): string {
  let i = end;
  while (i < text.length && WHITESPACE.test(text.charAt(i))) i++;
  if (i === end || i >= text.length || !isAsciiLetter(text.charCodeAt(i))) return '';
  const start = i;
  while (i < text.length && (isAsciiLetter(text.charCodeAt(i)) || ((text[i] === "'" || text[i] === '’') && isAsciiLetter(text.charCodeAt(i + 1))))) i++;
  return text.slice(start, i).toLowerCase().replaceAll('’', "'");
}

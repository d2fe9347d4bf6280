// The spelling tokenizer's fast path: the same reading of a chunk as spell/tokens.ts's patterns, on
// UTF-16 code units, for chunks that are all ASCII (nearly every chunk of English text).
//
// Why: the corrector reads every word of a text, and most are known and left alone at once, so the
// tokenizer was a third of a long text's time (three Unicode-aware regular expressions per chunk, and a
// string per match and per hyphen part). On ASCII the patterns reduce to byte classes:
//   chunk        a run of non-whitespace (JavaScript's \s, Unicode spaces included);
//   pass-through `scheme://` at the start, `www.` at the start, any of @ # / \, or letter-or-digit `.`
//                letter-or-digit anywhere (a URL, an address, a handle, a path, a dotted name);
//   word         [A-Za-z0-9_]+ joined by single ' or - that a word character follows;
//   skipped      a word holding a digit or an underscore;
//   part         each hyphen-separated part, kept when it is two or more letters, lowercase or
//                Capitalised, apostrophes allowed inside (spell/tokens.ts isCorrectableShape).
// A chunk with any code unit above 127 is left to the patterns, which know Unicode's letters.
import { isAsciiDigit, isAsciiLetter, isAsciiLower } from '../ascii-letters.ts';

/** A chunk of `text`: [start, end), and whether every code unit in it is ASCII. start === end: none left. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly ascii: boolean;
}

const APOSTROPHE = 39;
const HYPHEN = 45;
const PERIOD = 46;
const UNDERSCORE = 95;

/** True for the code units JavaScript's \s matches. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The first chunk of `text` at or after `from`. */
export function nextChunk(text: string, from: number): Chunk {
  let start = from;
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
  let end = start;
  let ascii = true;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 128) {
      if (isWhitespace(code)) break;
      ascii = false;
    } else if (code === 32 || (code >= 9 && code <= 13)) break;
  }
  return { start, end, ascii };
}

function isAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

function isWordCharacter(code: number): boolean {
  return isAlphanumeric(code) || code === UNDERSCORE;
}

/** True when the ASCII chunk `text[start, end)` is a URL, an address, a handle, a tag, a path or a dotted name. */
export function isAsciiPassThrough(text: string, start: number, end: number): boolean {
  if (isAsciiLetter(text.charCodeAt(start))) {
    let i = start + 1;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!isAlphanumeric(code) && code !== 43 && code !== HYPHEN && code !== PERIOD) break;
    }
    if (i + 3 <= end && text.startsWith('://', i)) return true;
  }
  if (end - start >= 4 && text.slice(start, start + 4).toLowerCase() === 'www.') return true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 64 || code === 35 || code === 47 || code === 92) return true;
    if (code === PERIOD && i > start && i + 1 < end && isAlphanumeric(text.charCodeAt(i - 1)) && isAlphanumeric(text.charCodeAt(i + 1))) {
      return true;
    }
  }
  return false;
}

/**
 * The correctable parts of the words of the ASCII chunk `text[start, end)` (not a pass-through one), as
 * flat [start, end) offset pairs into `text`.
 */
export function asciiWordParts(text: string, start: number, end: number): number[] {
  const parts: number[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCharacter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i;
    let digitOrUnderscore = false;
    for (;;) {
      const code = text.charCodeAt(i);
      if (i < end && isWordCharacter(code)) {
        if (isAsciiDigit(code) || code === UNDERSCORE) digitOrUnderscore = true;
        i++;
      } else if (i + 1 < end && (code === APOSTROPHE || code === HYPHEN) && isWordCharacter(text.charCodeAt(i + 1))) {
        i++;
      } else break;
    }
    if (!digitOrUnderscore) pushCorrectableParts(text, wordStart, i, parts);
  }
  return parts;
}

/** Pushes the hyphen-separated parts of the word `text[start, end)` that have a correctable shape. */
function pushCorrectableParts(text: string, start: number, end: number, parts: number[]): void {
  let partStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== HYPHEN) continue;
    if (isCorrectableAscii(text, partStart, i)) parts.push(partStart, i);
    partStart = i + 1;
  }
}

/** isCorrectableShape on ASCII letters and apostrophes: two or more, a letter first, lowercase after it. */
function isCorrectableAscii(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isAsciiLetter(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiLower(code) && code !== APOSTROPHE) return false;
  }
  return true;
}

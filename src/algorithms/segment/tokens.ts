// Cuts text into the pieces the space restorer treats differently.
//
// Only runs of Latin letters are searched for word boundaries; everything else keeps its characters
// and decides its spacing from its class (segment/spacing.ts). An apostrophe between two letters stays
// inside the letter run (`don't`, `Atlanta's`, `students'books`) because the search must decide what it
// belongs to; digits with an inner `.` or `:`, or a `,` before a group of three, stay one number (`3.14`, `1,000`, `10:30`); a run of
// one punctuation mark is one piece (`--`, `...`); whitespace and any other script pass through whole.

import { isAsciiDigit, isAsciiLetter } from '../ascii-letters.ts';
/** What a piece is: whitespace, a letter run, a number, a punctuation mark, or other text. */
export type PieceKind = 'space' | 'letters' | 'digits' | 'punct' | 'other';

/** A slice [start, end) of the input and its kind. */
export interface Piece {
  readonly kind: PieceKind;
  readonly start: number;
  readonly end: number;
}

/** True for the ASCII apostrophe and the right single quotation mark. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

function isAsciiPunct(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function kindOf(code: number): PieceKind {
  if (isAsciiLetter(code)) return 'letters';
  if (isAsciiDigit(code)) return 'digits';
  if (isSpace(code)) return 'space';
  if (isAsciiPunct(code) || code === 0x2014 || code === 0x2013 || code === 0x201c || code === 0x201d || code === 0x2026) return 'punct';
  return 'other';
}

/** True when exactly three digits start at `at` (`1,000`, not `6,1611`). */
function isThousandsGroup(text: string, at: number): boolean {
  for (let k = 0; k < 3; k++) if (!isAsciiDigit(text.charCodeAt(at + k))) return false;
  return !isAsciiDigit(text.charCodeAt(at + 3));
}

/** Index just past the piece of kind `kind` that starts at `start`. */
function pieceEnd(text: string, start: number, kind: PieceKind): number {
  const n = text.length;
  let i = start + 1;
  if (kind === 'letters') {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isAsciiLetter(c)) i++;
      else if (isApostrophe(c) && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
  } else if (kind === 'digits') {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isAsciiDigit(c)) i++;
      else if ((c === 46 || c === 58) && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1))) i += 2;
      else if (c === 44 && isThousandsGroup(text, i + 1)) i += 4;
      else break;
    }
  } else if (kind === 'punct') {
    const first = text.charCodeAt(start);
    while (i < n && text.charCodeAt(i) === first) i++;
  } else {
    while (i < n && kindOf(text.charCodeAt(i)) === kind) i++;
  }
  return i;
}

/** Splits text into consecutive pieces that together cover it exactly. */
export function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    const kind = kindOf(text.charCodeAt(start));
    const end = pieceEnd(text, start, kind);
    pieces.push({ kind, start, end });
    start = end;
  }
  return pieces;
}

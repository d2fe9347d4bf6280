// Decides where a space goes between two pieces that the input wrote with none between them.
//
// Words and numbers are always separated (`iphone15pro` -> `iphone 15 pro`). Punctuation keeps the side
// it leans on in English: closing marks (`, . ; : ! ? ) ]`) stick to what precedes them and take a space
// after; opening marks (`( [ $` and an opening quote) take a space before and stick to what follows;
// word-internal marks (`- / @ '`, and `&` between capitals) join both sides; a spaced dash (`--`, `—`)
// and `&` between words stand alone. A straight double quote opens or closes by the whitespace around
// it, else by the running quote parity. A full stop inside a dotted abbreviation (`e.g.`, `p.m.`,
// `U.S.A.`) takes no space; capital initials do (`J. W. Smith`); inside an e-mail or web address
// (`me@example.com`, `https://…`, `www.…`) `.` and `:` join. Other scripts pass through untouched.
import type { Piece } from './tokens.ts';
import { isAsciiUpper } from '../ascii-letters.ts';

type Role = 'closing' | 'opening' | 'joiner' | 'dash' | 'word' | 'other' | 'space';

const CLOSING = new Set([',', ';', ':', '.', '!', '?', ')', ']', '}', '%', '\u2026', '\u201d']);
const OPENING = new Set(['(', '[', '{', '$', '#', '\u201c']);

function isDoubleQuote(text: string, piece: Piece): boolean {
  return piece.kind === 'punct' && text.charCodeAt(piece.start) === 34;
}

/** For each piece, whether the whitespace-free chunk holding it looks like an e-mail or web address. */
function inAddresses(text: string, pieces: readonly Piece[]): boolean[] {
  const flags: boolean[] = new Array(pieces.length).fill(false);
  if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return flags;
  for (let first = 0; first < pieces.length; ) {
    let last = first;
    while (last < pieces.length && pieces[last]!.kind !== 'space') last++;
    if (last > first) {
      const chunk = text.slice(pieces[first]!.start, pieces[last - 1]!.end);
      if (chunk.includes('@') || chunk.includes('://') || /www\./i.test(chunk)) flags.fill(true, first, last);
    }
    first = last + 1;
  }
  return flags;
}

/** The spacing role of every piece; straight double quotes resolved to opening or closing. */
function rolesOf(text: string, pieces: readonly Piece[]): Role[] {
  const roles: Role[] = [];
  const addresses = inAddresses(text, pieces);
  let quoteOpen = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === 'letters' || piece.kind === 'digits') roles.push('word');
    else if (piece.kind === 'space' || piece.kind === 'other') roles.push(piece.kind);
    else if (isDoubleQuote(text, piece)) {
      const afterSpace = i === 0 || pieces[i - 1]!.kind === 'space' || roles[i - 1] === 'opening';
      const beforeSpace = i + 1 === pieces.length || pieces[i + 1]!.kind === 'space';
      const opening: boolean = afterSpace ? true : beforeSpace ? false : !quoteOpen;
      roles.push(opening ? 'opening' : 'closing');
      if ((piece.end - piece.start) % 2 === 1) quoteOpen = opening;
    } else {
      const mark = text.charAt(piece.start);
      const long = piece.end - piece.start > 1;
      if (addresses[i] && (mark === '.' || mark === ':') && !long) roles.push('joiner');
      else if ((mark === '-' && long) || mark === '\u2014') roles.push('dash');
      else if (mark === '&') roles.push(isInitialism(text, pieces, i) ? 'joiner' : 'dash');
      else if (CLOSING.has(mark)) roles.push('closing');
      else if (OPENING.has(mark)) roles.push('opening');
      else roles.push('joiner');
    }
  }
  return roles;
}

/** Dotted capitals written without spaces (`U.S.`); other capital initials are spaced (`J. W. Smith`). */
const DOTTED_CAPITALS = new Set(['US', 'UN', 'UK', 'USA', 'USSR', 'EU', 'AD', 'BC', 'DC', 'RSVP', 'PS', 'NB', 'UAE', 'NYC', 'LA', 'TV', 'OK', 'PhD', 'IRS', 'FBI', 'CIA', 'UCLA', 'MIT', 'NATO', 'GOP']);

/**
 * True when the stop at piece i sits inside a dotted abbreviation (`e.g.`, `p.m.`, `U.S.`): a letter, the
 * stop, one letter and another stop. Lowercase letters always join; capitals join only in the known
 * dotted abbreviations, since capital initials are spaced in edited prose (`J. W. Smith`).
 */
function isAbbreviationStop(text: string, pieces: readonly Piece[], i: number): boolean {
  const isStops = (k: number): boolean => pieces[k]?.kind === 'punct' && text[pieces[k].start] === '.';
  const isStop = (k: number): boolean => isStops(k) && pieces[k]!.end - pieces[k]!.start === 1;
  const isInitial = (k: number): boolean => pieces[k]?.kind === 'letters' && pieces[k].end - pieces[k].start === 1;
  if (!isStop(i) || i === 0 || pieces[i - 1]!.kind !== 'letters' || !isInitial(i + 1) || !isStops(i + 2)) return false;
  const after = text.charAt(pieces[i + 1]!.start);
  if (after >= 'a' && after <= 'z') return true;
  let first = i - 1;
  while (isInitial(first) && first >= 2 && isStop(first - 1) && pieces[first - 2]!.kind === 'letters') first -= 2;
  let last = i + 1;
  while (isStop(last + 1) && isInitial(last + 2) && isStops(last + 3)) last += 2;
  let letters = text.charAt(pieces[first]!.end - 1);
  for (let k = first + 2; k <= last; k += 2) letters += text.charAt(pieces[k]!.start);
  return DOTTED_CAPITALS.has(letters.toUpperCase()) || DOTTED_CAPITALS.has(letters);
}

/** True when `&` sits between capitals (`AT&T`, `R&D`), where it joins; elsewhere it stands alone. */
function isInitialism(text: string, pieces: readonly Piece[], i: number): boolean {
  const before = pieces[i - 1];
  const after = pieces[i + 1];
  if (!before || !after || before.kind !== 'letters' || after.kind !== 'letters') return false;
  return isAsciiUpper(text.charCodeAt(before.end - 1)) && isAsciiUpper(text.charCodeAt(after.start));
}

/** Whether roles a then b, written touching, read better with a space between them. */
function wantsSpace(a: Role, b: Role): boolean {
  if (a === 'other' || b === 'other' || a === 'space' || b === 'space') return false;
  if (b === 'closing' || a === 'opening' || a === 'joiner' || b === 'joiner') return false;
  if (a === 'dash' || b === 'dash') return true;
  if (b === 'opening') return a === 'word' || a === 'closing';
  return true;
}

/** For each piece, whether a space must be inserted right before it. */
export function spacesBeforePieces(text: string, pieces: readonly Piece[]): boolean[] {
  const roles = rolesOf(text, pieces);
  const before: boolean[] = new Array(pieces.length).fill(false);
  for (let i = 1; i < pieces.length; i++) {
    if (roles[i - 1] === 'closing' && isAbbreviationStop(text, pieces, i - 1)) continue;
    before[i] = wantsSpace(roles[i - 1]!, roles[i]!);
  }
  return before;
}

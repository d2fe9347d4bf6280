// Space restoration: put back the spaces that run-together text lost, keeping every original character.
//
// The text is cut into pieces (segment/tokens.ts); each run of Latin letters is split into the most
// probable word sequence by Viterbi search over a unigram model with bigram context, an unknown-word
// cost and case cues (segment/viterbi.ts, whose costs are stated in segment/model.ts), a run written one
// space after a word taking that word as its context (mixed input), and the best split is then looked over once
// more with the two words before each pair and a class bigram as context (segment/rescore.ts); web tokens and identifiers are found
// first and kept whole (segment/web.ts); pieces written
// touching get a space between them when English spacing wants one (segment/spacing.ts). Whitespace
// already present is never touched, so the only change is inserted U+0020 spaces, reported by offset.
// Time and memory are linear in the input; nothing recurses, so any input length is safe.
import type { SegmentModel } from './model.ts';
import { spacesBeforePieces } from './spacing.ts';
import { piecesOf, type Piece } from './tokens.ts';
import { webSpansOf, type WebSpan } from './web.ts';
import { boundariesOfRun } from './viterbi.ts';
import { rescoreSplit } from './rescore.ts';

/** The result: the text with spaces inserted, and the offsets in the original text before which each went. */
export interface Segmentation {
  readonly text: string;
  readonly insertions: number[];
}

/** Length of the ordinal suffix (`9th`, `21st`) or decade plural (`1990s`) a letter run could begin with after a number, or 0. */
function numberSuffixLength(text: string, digits: { start: number; end: number }, letters: { start: number; end: number }): number {
  const last = text.charCodeAt(digits.end - 1) - 48;
  const tens = digits.end - digits.start > 1 ? text.charCodeAt(digits.end - 2) - 48 : 0;
  const expected = tens === 1 || last > 3 || last === 0 ? 'th' : ['th', 'st', 'nd', 'rd'][last];
  const head = text.slice(letters.start, letters.start + 2).toLowerCase();
  if (head === expected) return 2;
  const decade = last === 0 && digits.end - digits.start >= 2;
  return decade && head[0] === 's' ? 1 : 0;
}

/** Whitespace and the marks that may open a sentence (quotes, brackets), by character code. */
const OPENERS = new Set([9, 10, 11, 12, 13, 32, 0xa0, 34, 39, 96, 40, 91, 0x201c, 0x2018]);

/** True when the text at `at` begins a sentence: nothing but whitespace and opening quotes or brackets since the text's start or a `.`, `!` or `?`. */
export function startsSentence(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63) return true;
    if (!OPENERS.has(c)) return false;
  }
  return true;
}

/** What the caller may ask of the segmenter. */
export interface SegmentOptions {
  /** Split the name parts of web tokens into words (`#throwback thursday`, `experts exchange.com`); by default they keep their shape. */
  readonly splitWebNames?: boolean;
  /** false: read web tokens and identifiers as prose, as textops-space/2 did (for comparisons). */
  readonly webTokens?: boolean;
  /** false: start every run afresh, as textops-space/2 did, rather than after the word a space separates it from (for comparisons). */
  readonly contextAcrossSpaces?: boolean;
  /** false: keep the search's split, without the second pass's second-order context (segment/rescore.ts), as textops-space/5 did. */
  readonly secondPass?: boolean;
  /** false: the second pass without the class bigram (word triples alone), as textops-space/7 did (for comparisons). */
  readonly classContext?: boolean;
  /** false: the second pass without moving the run's last boundary (for comparisons). */
  readonly endShifts?: boolean;
  /** false: the second pass without splitting words in two (`hand out`), as textops-space/9 did (for comparisons). */
  readonly splits?: boolean;
}

/** The pieces of the text, cut again wherever a web span starts or ends inside one. */
function piecesAround(text: string, spans: readonly WebSpan[]): Piece[] {
  const pieces = piecesOf(text);
  if (spans.length === 0) return pieces;
  const cuts = spans.flatMap((span) => [span.start, span.end]);
  const out: Piece[] = [];
  let c = 0;
  for (const piece of pieces) {
    let start = piece.start;
    while (c < cuts.length && cuts[c]! <= start) c++;
    for (; c < cuts.length && cuts[c]! < piece.end; c++) {
      out.push({ kind: piece.kind, start, end: cuts[c]! });
      start = cuts[c]!;
    }
    out.push({ kind: piece.kind, start, end: piece.end });
  }
  return out;
}

/** True when the two letters at `at` are a capital and a lowercase letter (`Sp`): the start of a word, not a unit. */
function isCapitalizedPair(text: string, at: number): boolean {
  return /[A-Z][a-z]/.test(text.slice(at, at + 2));
}

/** Whether a piece written right before a web span wants a space between them (a word, a number or a closing mark). */
function spacedBeforeSpan(text: string, at: number): boolean {
  return at > 0 && /[A-Za-z0-9,;:!?)\]}]/.test(text.charAt(at - 1));
}

/** Offsets of the original text before which a space belongs, ascending. */
function insertionsOf(text: string, model: SegmentModel, options: SegmentOptions = {}): number[] {
  const spans = options.webTokens === false ? [] : webSpansOf(text);
  const pieces = piecesAround(text, spans);
  const spaceBefore = spacesBeforePieces(text, pieces);
  const insertions: number[] = [];
  let s = 0;
  // Whether the letters just before this piece stay on it as a number's prefix (`mp3`): then no space between them.
  let prefixKept = false;
  // The last model word of the latest letter run: the context of the next one when only a space lies between them.
  let lastWord = -1;
  const passParts = { classes: options.classContext !== false, endShifts: options.endShifts !== false, splits: options.splits !== false };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    while (s < spans.length && spans[s]!.end <= piece.start) s++;
    const span = s < spans.length && spans[s]!.start <= piece.start ? spans[s] : undefined;
    if (span) {
      if (piece.start === span.start && spacedBeforeSpan(text, piece.start)) insertions.push(piece.start);
      if (piece.kind === 'letters' && span.names && options.splitWebNames) insertions.push(...boundariesOfRun(text, piece.start, piece.end, model).offsets);
      prefixKept = false;
      lastWord = -1;
      continue;
    }
    const afterSpan = s > 0 && spans[s - 1]!.end === piece.start;
    const wantsSpace = afterSpan ? piece.kind === 'letters' || piece.kind === 'digits' : spaceBefore[i];
    if (piece.kind === 'digits' && prefixKept) {
      prefixKept = false;
      continue;
    }
    prefixKept = false;
    if (piece.kind !== 'letters') {
      if (wantsSpace) insertions.push(piece.start);
      continue;
    }
    // Letters that touch a number may belong to it (`4k`, `mp3`), unless they are an abbreviation (`8p.m.`, `300cc.`) or a capitalized word (`Sp4`);
    // an ordinal's or a decade's ending before a full stop is none (`the 5th.`, `the 1990s.`).
    const touchesDigits = i > 0 && pieces[i - 1]!.kind === 'digits' && !afterSpan;
    const suffix = touchesDigits ? numberSuffixLength(text, pieces[i - 1]!, piece) : 0;
    const abbreviation = piece.end - piece.start <= 2 && text[piece.end] === '.' && suffix < piece.end - piece.start;
    const afterDigits = touchesDigits && !abbreviation && !isCapitalizedPair(text, piece.start);
    const beforeDigits = pieces[i + 1]?.kind === 'digits' && !isCapitalizedPair(text, Math.max(piece.start, piece.end - 2));
    const previousWord = options.contextAcrossSpaces !== false && i >= 2 && text.slice(pieces[i - 1]!.start, pieces[i - 1]!.end) === ' ' && pieces[i - 2]!.kind === 'letters' ? lastWord : -1;
    const endsRun = pieces[i + 1]?.kind !== 'space';
    const split = boundariesOfRun(text, piece.start, piece.end, model, {
      suffix: afterDigits ? suffix : 0,
      afterDigits,
      beforeDigits,
      sentenceInitial: startsSentence(text, piece.start),
      endsRun,
      previousWord,
    });
    const rescored = model.trigrams && options.secondPass !== false ? rescoreSplit(text, piece.start, piece.end, split, model, model.trigrams, previousWord, endsRun, passParts) : split;
    if (wantsSpace && !split.suffixKept) insertions.push(piece.start);
    for (const offset of rescored.offsets) insertions.push(offset);
    prefixKept = split.prefixKept;
    lastWord = rescored.lastWord;
  }
  return insertions;
}

/** Restores missing spaces in `text`: existing characters, case and whitespace are kept as they are. */
export function segment(text: string, model: SegmentModel, options: SegmentOptions = {}): Segmentation {
  const insertions = insertionsOf(text, model, options);
  if (insertions.length === 0) return { text, insertions };
  const parts: string[] = [];
  let from = 0;
  for (const offset of insertions) {
    parts.push(text.slice(from, offset));
    from = offset;
  }
  parts.push(text.slice(from));
  return { text: parts.join(' '), insertions };
}

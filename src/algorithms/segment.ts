// Space restoration: put back the spaces that run-together text lost, keeping every original character.
//
// The text is cut into pieces (segment-tokens.ts); each run of Latin letters is split into the most
// probable word sequence by Viterbi search over a unigram model with bigram context, an unknown-word
// cost and case cues (segment-viterbi.ts, whose costs are stated in segment-model.ts); pieces written
// touching get a space between them when English spacing wants one (segment-spacing.ts). Whitespace
// already present is never touched, so the only change is inserted U+0020 spaces, reported by offset.
// Time and memory are linear in the input; nothing recurses, so any input length is safe.
import type { SegmentModel } from './segment-model.ts';
import { spacesBeforePieces } from './segment-spacing.ts';
import { piecesOf } from './segment-tokens.ts';
import { boundariesOfRun } from './segment-viterbi.ts';

export { loadSegmenter, SEGMENTER_ENGINE } from './segment-load.ts';
export { prepareSegmenter, DEFAULT_TUNING, type SegmentModel, type SegmentTuning } from './segment-model.ts';

/** The result: the text with spaces inserted, and the offsets in the original text before which each went. */
export interface Segmentation {
  readonly text: string;
  readonly insertions: number[];
}

/** Length of the ordinal suffix (`9th`, `21st`) or decade plural (`1990s`) a letter run could begin with after a number, or 0. */
export function numberSuffixLength(text: string, digits: { start: number; end: number }, letters: { start: number; end: number }): number {
  const last = text.charCodeAt(digits.end - 1) - 48;
  const tens = digits.end - digits.start > 1 ? text.charCodeAt(digits.end - 2) - 48 : 0;
  const expected = tens === 1 || last > 3 || last === 0 ? 'th' : ['th', 'st', 'nd', 'rd'][last];
  const head = text.slice(letters.start, letters.start + 2).toLowerCase();
  if (head === expected) return 2;
  const decade = last === 0 && digits.end - digits.start >= 2;
  return decade && head[0] === 's' ? 1 : 0;
}

/** Offsets of the original text before which a space belongs, ascending. */
export function insertionsOf(text: string, model: SegmentModel): number[] {
  const pieces = piecesOf(text);
  const spaceBefore = spacesBeforePieces(text, pieces);
  const insertions: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind !== 'letters') {
      if (spaceBefore[i]) insertions.push(piece.start);
      continue;
    }
    const suffix = i > 0 && pieces[i - 1].kind === 'digits' ? numberSuffixLength(text, pieces[i - 1], piece) : 0;
    const { offsets, suffixKept } = boundariesOfRun(text, piece.start, piece.end, model, suffix);
    if (spaceBefore[i] && !suffixKept) insertions.push(piece.start);
    for (const offset of offsets) insertions.push(offset);
  }
  return insertions;
}

/** Restores missing spaces in `text`: existing characters, case and whitespace are kept as they are. */
export function segment(text: string, model: SegmentModel): Segmentation {
  const insertions = insertionsOf(text, model);
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

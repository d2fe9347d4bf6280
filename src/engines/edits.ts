/**
 * Edits: what an engine changed, in the coordinates of the original text.
 *
 * Both local engines describe their output as a list of non-overlapping edits sorted by offset
 * (a spelling fix replaces a word; a restored space is an insertion of length 0). The processed
 * text is the original with the edits applied, and the result page highlights exactly these
 * spans, so the two views can never disagree.
 */

/** Replace `length` UTF-16 units at `offset` of the original with `replacement`. */
export interface Edit {
  offset: number;
  length: number;
  replacement: string;
  /** spelling only: the replacement's share of the posterior, in [0, 1]. */
  confidence?: number;
  /** spelling only: up to three other candidates, best first, each with its share of the posterior. */
  alternatives?: readonly { word: string; confidence: number }[];
}

/**
 * Changes that carry their ranked alternatives, and that a review offers: the first 200. A text of
 * 20,000 characters of unknown short words has ~4,800 changes; with every alternative they made
 * ~760 KB of JSON that the main thread received from the worker, stored and sent (about 40 ms of
 * event loop per answer); without them past the 200th, a quarter of that.
 */
export const MAX_CHANGES_WITH_ALTERNATIVES = 200;

/** The original text with the edits applied (edits sorted by offset, not overlapping). */
export function applyEdits(original: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += original.slice(at, edit.offset) + edit.replacement;
    at = edit.offset + edit.length;
  }
  return out + original.slice(at);
}

/** A piece of the processed text: unchanged, or produced by an edit (with what it replaced). */
export interface Segment {
  text: string;
  changed: boolean;
  was: string;
}

/** The processed text cut into unchanged and changed pieces, for highlighting. */
export function editedSegments(original: string, edits: readonly Edit[]): Segment[] {
  const pieces: Segment[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.offset > at) pieces.push({ text: original.slice(at, edit.offset), changed: false, was: '' });
    pieces.push({ text: edit.replacement, changed: true, was: original.slice(edit.offset, edit.offset + edit.length) });
    at = edit.offset + edit.length;
  }
  if (at < original.length) pieces.push({ text: original.slice(at), changed: false, was: '' });
  return pieces;
}

/**
 * Reviewing a record's changes: for each change the reader keeps the engine's replacement, picks
 * one of its ranked alternatives, or keeps the original word. The reviewed text is the original
 * with the chosen edits applied, so it can only differ from the engine's where a choice was made.
 *
 * Choices arrive as form fields `c<i>` = `r` (the replacement, also when absent), `k` (keep the
 * original) or `a<j>` (alternative j). Only the first MAX_REVIEWED changes are offered; later ones
 * stay as the engine made them. Nothing typed by the reader reaches the text: every word comes
 * from the stored record.
 */
import { applyEdits, MAX_CHANGES_WITH_ALTERNATIVES } from '../engines/edits.ts';
import type { FullRecord, StoredEdit } from '../db/store.ts';
import { HttpError } from '../http/errors.ts';

/** Most changes a review form lists (a page of radio groups, not thousands): those that carry alternatives. */
export const MAX_REVIEWED = MAX_CHANGES_WITH_ALTERNATIVES;

export interface Reviewed {
  processed: string;
  edits: StoredEdit[];
  /** How many changes differ from the engine's choice. */
  changed: number;
}

/** The reviewed text and edits for a record and the submitted choices; a 400 for an unknown choice. */
export function applyReview(record: FullRecord, fields: Readonly<Record<string, string>>): Reviewed {
  const edits = record.edits ?? [];
  const kept: StoredEdit[] = [];
  let changed = 0;
  edits.forEach((edit, i) => {
    const choice = i < MAX_REVIEWED ? (fields[`c${i}`] ?? 'r') : 'r';
    if (choice === 'r') {
      kept.push(edit);
      return;
    }
    changed += 1;
    if (choice === 'k') return;
    const match = /^a([0-9])$/.exec(choice);
    const alternatives = edit.alternatives ?? [];
    const picked = match === null ? undefined : alternatives[Number(match[1])];
    if (picked === undefined) throw new HttpError(400, `Change ${i + 1} has no choice "${choice}": choose the suggestion, an alternative, or the original.`);
    // The engine's pick becomes an alternative of the reader's, so the record still shows both.
    const others = [{ word: edit.replacement, confidence: edit.confidence ?? 0 }, ...alternatives.filter((alt) => alt !== picked)];
    kept.push({ offset: edit.offset, length: edit.length, replacement: picked.word, confidence: picked.confidence, alternatives: others.slice(0, 3) });
  });
  return { processed: applyEdits(record.original, kept), edits: kept, changed };
}

/**
 * A record's details: the changes its engine made (with any ranked alternatives) and the record
 * it was made from. They are kept beside the texts so the record page can show and review them
 * without an engine (home has none). The history never reads them: its statements stay as they are.
 *
 * The changes travel as JSON in one nullable column (`edits_json`): they are read and written
 * whole, never queried. What comes back is checked, so a hand-edited row cannot break a page.
 */
import { insertRecordStatement, insertValues, RECORD_COLUMNS, toSavedRecord, type RecordRow, type SqlValue } from './queries.ts';
import type { EncodedEdits, FullRecord, NewRecord, StoredEdit } from './store.ts';

export const INSERT_DETAILED_RECORD = insertRecordStatement(['edits_json', 'source_id']);

export const SELECT_RECORD_BY_ID = `SELECT ${RECORD_COLUMNS}, edits_json, source_id FROM records WHERE id = ?`;

/** The row shape of SELECT_RECORD_BY_ID. */
export interface DetailedRow extends RecordRow {
  edits_json: string | null;
  source_id: number | bigint | string | null;
}

/** Values for INSERT_DETAILED_RECORD, in column order. */
export function detailedInsertValues(record: NewRecord, createdAt: number): SqlValue[] {
  const sourceId = record.sourceId ?? null;
  if (sourceId !== null && !(Number.isSafeInteger(sourceId) && sourceId > 0)) throw new RangeError('sourceId must be a positive integer');
  const edits = record.edits ?? null;
  const editsJson = edits === null ? null : isEncoded(edits) ? edits.encoded : encodeEdits(edits, record.original.length);
  return [...insertValues(record, createdAt), editsJson, sourceId];
}

/** True for edits that encodeEdits has already written (see EncodedEdits). */
function isEncoded(edits: readonly StoredEdit[] | EncodedEdits): edits is EncodedEdits {
  return !Array.isArray(edits);
}

/** The edits as stored JSON: only the known fields, checked to lie inside the original and in order. */
export function encodeEdits(edits: readonly StoredEdit[] | null, originalLength: number): string | null {
  if (edits === null) return null;
  let at = 0;
  const kept = edits.map((edit) => {
    if (!Number.isSafeInteger(edit.offset) || !Number.isSafeInteger(edit.length) || edit.offset < at || edit.length < 0 || edit.offset + edit.length > originalLength) {
      throw new RangeError('edits must be sorted, non-overlapping spans inside the original');
    }
    at = edit.offset + edit.length;
    const out: StoredEdit = { offset: edit.offset, length: edit.length, replacement: String(edit.replacement) };
    if (typeof edit.confidence === 'number') out.confidence = edit.confidence;
    if (edit.alternatives !== undefined && edit.alternatives.length > 0) {
      out.alternatives = edit.alternatives.map((alt) => ({ word: String(alt.word), confidence: Number(alt.confidence) }));
    }
    return out;
  });
  return JSON.stringify(kept);
}

/** Stored JSON back to edits; anything malformed reads as "no details" rather than failing the page. */
function decodeEdits(json: string | null, originalLength: number): StoredEdit[] | null {
  if (json === null) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return null;
    return JSON.parse(encodeEdits(parsed as StoredEdit[], originalLength) as string) as StoredEdit[];
  } catch {
    return null;
  }
}

/** A detailed row as a full record. */
export function toFullRecord(row: DetailedRow): FullRecord {
  const record = toSavedRecord(row);
  return { ...record, edits: decodeEdits(row.edits_json, record.original.length), sourceId: row.source_id === null ? null : Number(row.source_id) };
}

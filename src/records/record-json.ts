/**
 * The JSON form of a saved record, shared by api (201 responses) and home (the records feed).
 * Times are ISO 8601 in UTC with milliseconds; field names are the public API's, not the columns'.
 */
import type { SavedRecord } from '../db/store.ts';

export interface RecordJson {
  id: number;
  tag: string;
  operation: string;
  original: string;
  processed: string;
  sourceLanguage: string | null;
  engine: string;
  createdAt: string;
}

/** A saved record as the API shows it. */
export function recordJson(record: SavedRecord): RecordJson {
  return {
    id: record.id,
    tag: record.tag,
    operation: record.operation,
    original: record.original,
    processed: record.processed,
    sourceLanguage: record.sourceLanguage,
    engine: record.engine,
    createdAt: record.createdAt.toISOString(),
  };
}

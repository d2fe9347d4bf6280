/**
 * The storage contract: what every store (SQLite, MySQL) must do, and the record it keeps.
 *
 * Records are append-only. Paging is keyset-based on (createdAt, id) descending, so page N costs
 * the same as page 1 (no OFFSET scans); a cursor is the (createdAt, id) of the last row shown.
 */

/** The three text operations textops performs. */
export type Operation = 'spell' | 'space' | 'translate';

export const OPERATIONS: readonly Operation[] = ['spell', 'space', 'translate'];

/** What a handler asks a store to save. */
export interface NewRecord {
  /** The caller's tag (the original app's `id` form field); may be empty. */
  tag: string;
  operation: Operation;
  /** The text as submitted. */
  original: string;
  /** The text after the operation. */
  processed: string;
  /** ISO 639 code of the detected source language (translations only), else null. */
  sourceLanguage: string | null;
  /** Which engine produced `processed`, e.g. "textops-spell/1", "google-v2", "libretranslate". */
  engine: string;
  /** What the engine changed, in the original's coordinates (spell and space); absent or null otherwise. */
  edits?: readonly StoredEdit[] | EncodedEdits | null;
  /** The record this one was made from (a reviewed correction names the record it reviewed). */
  sourceId?: number | null;
}

/**
 * Edits already written as the JSON a store keeps, by encodeEdits (db/details.ts): an engine thread
 * encodes its own answer, so the event loop carries one string instead of cloning, checking and
 * serialising thousands of edits (twice: for the row and for the response). Stored as they are.
 */
export interface EncodedEdits {
  readonly encoded: string;
}

/** A ranked alternative to a change's replacement: `confidence` is its share of the posterior, in [0, 1]. */
export interface Alternative {
  word: string;
  confidence: number;
}

/** One change as kept with its record: replace `length` UTF-16 units at `offset` of the original. */
export interface StoredEdit {
  offset: number;
  length: number;
  replacement: string;
  confidence?: number;
  alternatives?: readonly Alternative[];
}

/** A record with everything kept about it: its changes and its source (only `get` reads these). */
export interface FullRecord extends SavedRecord {
  edits: StoredEdit[] | null;
  sourceId: number | null;
}

/**
 * Filters beyond the indexed tag/operation pair, for search: a case-insensitive tag prefix, words
 * of the texts (each one a prefix, all of them required), and a time range [since, until) in epoch ms.
 */
export interface SearchFilter extends RecordFilter {
  tagPrefix?: string;
  text?: string;
  since?: number;
  until?: number;
}

/** A search page: older than `after`, or newer than `before` (at most one of the two). */
export interface SearchQuery extends SearchFilter {
  limit: number;
  after?: Cursor;
  before?: Cursor;
  /** Read only the first PREVIEW_CHARS (201) characters of each text, as PageQuery.preview. */
  preview?: boolean;
}

/** A record as stored: the new record plus its id and creation time. */
export interface SavedRecord extends NewRecord {
  id: number;
  /** Creation time, UTC, millisecond precision. */
  createdAt: Date;
}

/** Position in the newest-first order: the last row of the previous page. */
export interface Cursor {
  createdAt: number;
  id: number;
}

/** Optional filters shared by paging and counting. */
export interface RecordFilter {
  tag?: string;
  operation?: Operation;
}

export interface PageQuery extends RecordFilter {
  /** Rows wanted, 1..500. */
  limit: number;
  /** Rows strictly older than this cursor; absent for the first page. */
  after?: Cursor;
  /** Read only the first PREVIEW_CHARS (201) characters of each text, for pages that show a preview. */
  preview?: boolean;
}

export interface Page {
  records: SavedRecord[];
  /** Cursor for the next (older) page, or null when this page is the last. */
  next: Cursor | null;
  /** From `find`: cursor for the newer page (use as `before`), or null when this page is the newest. */
  previous?: Cursor | null;
}

/** What every store implements. All methods reject on database errors; none swallow them. */
export interface Store {
  /** Which backend this is, for logs and readiness output ("sqlite" or "mysql"). */
  readonly kind: string;
  /** Save one record atomically and return it as stored. */
  save(record: NewRecord): Promise<SavedRecord>;
  /** One page of records, newest first. */
  page(query: PageQuery): Promise<Page>;
  /** How many records match the filter. */
  count(filter: RecordFilter): Promise<number>;
  /** One record with its changes, or null when there is none with this id. */
  get(id: number): Promise<FullRecord | null>;
  /** One page of a search, newest first (also when walking towards newer records with `before`). */
  find(query: SearchQuery): Promise<Page>;
  /** How many records match a search. */
  countFound(filter: SearchFilter): Promise<number>;
  /** Resolve when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Release connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * Longest tag a store accepts, in characters (MySQL's VARCHAR(255) counts code points): the column's
 * width, which rows imported before the product's 100-character rule (records/validate.ts MAX_TAG_CHARS)
 * may use, so a review of such a record can still be saved.
 */
export const MAX_TAG_LENGTH = 255;

/** Most rows one page may ask for. */
export const MAX_PAGE_LIMIT = 500;

/** A record copied from the original app: its own id and creation time are kept. */
export interface LegacyRecord extends NewRecord {
  /** The original app's `preprocess.id`, kept so a second import adds nothing. */
  legacyId: string;
  createdAt: Date;
}

/** A store that can also take records from the original app (both stores implement it). */
export interface ImportingStore extends Store {
  /** Save a legacy record unless one with its legacyId exists; true when it was added. */
  saveLegacy(record: LegacyRecord): Promise<boolean>;
}

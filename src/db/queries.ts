/**
 * The SQL both stores share, and the pure steps around it: checking what is saved, choosing the
 * statement for a page query, and turning rows into records.
 *
 * Paging is keyset on (created_at, id) descending. "Strictly older than the cursor (c, i)" is
 * written `created_at <= c AND (created_at < c OR id < i)`: the first conjunct is a plain range on
 * the index's leading time column (after the equality on tag or operation), which both SQLite and
 * MySQL/MariaDB turn into an index range scan; the second drops the rows of the cursor's own
 * millisecond that were already shown. A page fetches limit + 1 rows: the extra row only says
 * whether an older page exists, so the last page has `next: null` even when it is exactly full.
 *
 * Every statement is a constant: filters select one of the texts below, values are always bound.
 * created_at is stored as integer milliseconds since the Unix epoch (UTC) in both dialects, so
 * no session time zone can shift it and the same statements serve both.
 */
import { MAX_PAGE_LIMIT, MAX_TAG_LENGTH, OPERATIONS } from './store.ts';
import type { Cursor, NewRecord, Page, PageQuery, RecordFilter, SavedRecord } from './store.ts';
import { countCodePoints } from '../code-points.ts';

/** Column limits enforced before a save, so SQLite (no lengths) and MySQL (VARCHAR) agree. */
const FIELD_LIMITS = { tag: MAX_TAG_LENGTH, sourceLanguage: 35, engine: 100, legacyId: 300 } as const;

// The columns a new record fills, in insertValues' order: the one list every statement here,
// in details.ts and in search.ts is built from (at load time, from constants: no value is ever spliced in).
const NEW_RECORD_COLUMNS = ['tag', 'operation', 'original_text', 'processed_text', 'source_language', 'engine', 'created_at'] as const;
const TEXT_COLUMNS: ReadonlySet<string> = new Set(['original_text', 'processed_text']);

/** INSERT INTO records for a new record's columns and then `extra`, bound in that order. */
export function insertRecordStatement(extra: readonly string[] = []): string {
  const columns = [...NEW_RECORD_COLUMNS, ...extra];
  return `INSERT INTO records (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

export const INSERT_LEGACY_RECORD = insertRecordStatement(['legacy_id']);

export const PING = 'SELECT 1 AS ok';

/**
 * Characters of each text a preview page reads (PageQuery.preview): the history table shows 200,
 * and one more tells it the text goes on. SUBSTR counts characters (code points) in both SQLite
 * and MySQL, so a 20,000-character text costs the page 201 characters, not 80 KB.
 */
const PREVIEW_CHARS = 201;

/** The select list of a RecordRow: the id and a new record's columns. */
export const RECORD_COLUMNS = ['id', ...NEW_RECORD_COLUMNS].join(', ');

/** The same, reading only the first PREVIEW_CHARS characters of each text. */
export const PREVIEW_RECORD_COLUMNS = ['id', ...NEW_RECORD_COLUMNS].map((column) => (TEXT_COLUMNS.has(column) ? `SUBSTR(${column}, 1, ${PREVIEW_CHARS}) AS ${column}` : column)).join(', ');

/** The page statements for one column list, keyed by filter shape and whether a cursor is given. */
function pageStatements<C extends string>(columns: C) {
  const select = `SELECT ${columns} FROM records` as const;
  const after = 'created_at <= ? AND (created_at < ? OR id < ?)';
  const order = 'ORDER BY created_at DESC, id DESC LIMIT ?';
  return {
    all: `${select} ${order}`,
    allAfter: `${select} WHERE ${after} ${order}`,
    tag: `${select} WHERE tag = ? ${order}`,
    tagAfter: `${select} WHERE tag = ? AND ${after} ${order}`,
    operation: `${select} WHERE operation = ? ${order}`,
    operationAfter: `${select} WHERE operation = ? AND ${after} ${order}`,
    tagOperation: `${select} WHERE tag = ? AND operation = ? ${order}`,
    tagOperationAfter: `${select} WHERE tag = ? AND operation = ? AND ${after} ${order}`,
  } as const;
}

/** Statement texts keyed by filter shape: which filters are set, and whether a cursor is given. */
export const PAGE_STATEMENTS = pageStatements(RECORD_COLUMNS);

/** The same, reading only the first PREVIEW_CHARS characters of each text. */
export const PREVIEW_PAGE_STATEMENTS = pageStatements(PREVIEW_RECORD_COLUMNS);

/** The statement text for a page query's key, full or preview. */
export function pageStatement(key: PageShape, preview: boolean | undefined): string {
  return (preview === true ? PREVIEW_PAGE_STATEMENTS : PAGE_STATEMENTS)[key];
}

export const COUNT_STATEMENTS = {
  all: 'SELECT COUNT(*) AS n FROM records',
  tag: 'SELECT COUNT(*) AS n FROM records WHERE tag = ?',
  operation: 'SELECT COUNT(*) AS n FROM records WHERE operation = ?',
  tagOperation: 'SELECT COUNT(*) AS n FROM records WHERE tag = ? AND operation = ?',
} as const;

export type FilterShape = keyof typeof COUNT_STATEMENTS;
export type PageShape = keyof typeof PAGE_STATEMENTS;
export type SqlValue = string | number | null;

/** A statement key and its bound values, in placeholder order. */
export interface BoundQuery<K> {
  key: K;
  values: SqlValue[];
}

/** The row shape both drivers return for the page statements. */
export interface RecordRow {
  id: number | bigint | string;
  tag: string;
  operation: string;
  original_text: string;
  processed_text: string;
  source_language: string | null;
  engine: string;
  created_at: number | bigint | string;
}

function filterShape(filter: RecordFilter): FilterShape {
  if (filter.tag !== undefined && filter.operation !== undefined) return 'tagOperation';
  if (filter.tag !== undefined) return 'tag';
  if (filter.operation !== undefined) return 'operation';
  return 'all';
}

function filterValues(filter: RecordFilter): SqlValue[] {
  const values: SqlValue[] = [];
  if (filter.tag !== undefined) values.push(filter.tag);
  if (filter.operation !== undefined) values.push(filter.operation);
  return values;
}

function checkFilter(filter: RecordFilter): void {
  if (filter.operation !== undefined && !OPERATIONS.includes(filter.operation)) {
    throw new RangeError(`unknown operation filter: ${JSON.stringify(filter.operation)}`);
  }
}

/** The count statement and values for a filter. */
export function countQuery(filter: RecordFilter): BoundQuery<FilterShape> {
  checkFilter(filter);
  return { key: filterShape(filter), values: filterValues(filter) };
}

/** The page statement and values for a query; it asks for one row more than the limit. */
export function pageQuery(query: PageQuery): BoundQuery<PageShape> {
  checkFilter(query);
  checkPageLimit(query.limit);
  const shape = filterShape(query);
  const values = filterValues(query);
  if (query.after === undefined) return { key: shape, values: [...values, query.limit + 1] };
  const { createdAt, id } = query.after;
  if (!Number.isSafeInteger(createdAt) || !Number.isSafeInteger(id)) {
    throw new RangeError('page cursor must hold integer createdAt and id');
  }
  return { key: `${shape}After` as PageShape, values: [...values, createdAt, createdAt, id, query.limit + 1] };
}

/** Throw a RangeError unless `limit` is a whole number from 1 to MAX_PAGE_LIMIT (plain pages and search alike). */
export function checkPageLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw new RangeError(`page limit must be an integer from 1 to ${MAX_PAGE_LIMIT}, got ${limit}`);
  }
}

function checkLength(field: keyof typeof FIELD_LIMITS, value: string): void {
  // Count code points, as MySQL's VARCHAR(n) does, not UTF-16 units.
  const length = countCodePoints(value);
  if (length > FIELD_LIMITS[field]) {
    throw new RangeError(`${field} is ${length} characters; at most ${FIELD_LIMITS[field]} are stored`);
  }
}

/** Throw a RangeError/TypeError when a record cannot be stored as given (a caller's bug, not a 503). */
function checkNewRecord(record: NewRecord): void {
  if (!OPERATIONS.includes(record.operation)) {
    throw new RangeError(`unknown operation: ${JSON.stringify(record.operation)}`);
  }
  for (const field of ['tag', 'original', 'processed', 'engine'] as const) {
    if (typeof record[field] !== 'string') throw new TypeError(`record.${field} must be a string`);
  }
  checkLength('tag', record.tag);
  checkLength('engine', record.engine);
  if (record.sourceLanguage !== null) checkLength('sourceLanguage', record.sourceLanguage);
}

/** Values for the columns every insert fills (insertRecordStatement), in column order. */
export function insertValues(record: NewRecord, createdAt: number): SqlValue[] {
  checkNewRecord(record);
  return [record.tag, record.operation, record.original, record.processed, record.sourceLanguage, record.engine, createdAt];
}

/** Values for INSERT_LEGACY_RECORD, in column order. */
export function legacyInsertValues(record: NewRecord & { legacyId: string; createdAt: Date }): SqlValue[] {
  checkLength('legacyId', record.legacyId);
  const createdAt = record.createdAt.getTime();
  if (!Number.isSafeInteger(createdAt)) throw new RangeError('legacy record has an invalid createdAt');
  return [...insertValues(record, createdAt), record.legacyId];
}

/** A stored row as a record. */
export function toSavedRecord(row: RecordRow): SavedRecord {
  return {
    id: Number(row.id),
    tag: row.tag,
    operation: row.operation as SavedRecord['operation'],
    original: row.original_text,
    processed: row.processed_text,
    sourceLanguage: row.source_language,
    engine: row.engine,
    createdAt: new Date(Number(row.created_at)),
  };
}

/** The page for `limit` from the limit + 1 rows fetched. */
export function toPage(rows: RecordRow[], limit: number): Page {
  const records = rows.slice(0, limit).map(toSavedRecord);
  const last = records[records.length - 1];
  const next: Cursor | null = rows.length > limit && last ? { createdAt: last.createdAt.getTime(), id: last.id } : null;
  return { records, next };
}

/**
 * Search: the history's filters beyond the indexed tag/operation pair, as constant statements.
 *
 * One statement per (dialect, direction, with or without words) serves every combination of
 * filters: an unused filter is bound as NULL (or as the widest range) and its predicate is true,
 * so no SQL is ever assembled from a request. The plain history (tag and operation only) keeps
 * its own index-shaped statements in queries.ts; search pays a scan of the newest-first index.
 *
 * - Tag prefix, any case: `LIKE ? ESCAPE '!'` with the prefix's `%`, `_` and `!` escaped. SQLite's
 *   LIKE folds ASCII letters; MySQL compares under utf8mb4_unicode_ci, which folds all letters
 *   (and accents). Either way "Note" finds "note7".
 * - Words: SQLite FTS5 (`records_fts`, unicode61 tokenizer) and InnoDB FULLTEXT (`records_fulltext`),
 *   both built by migration. A search is the words of the query, each a prefix and all required:
 *   FTS5 `"w1"* "w2"*`, InnoDB boolean mode `+w1* +w2*`. Only letters and digits reach the engine,
 *   so no operator of either query language can be injected. Words under three characters are
 *   dropped (InnoDB does not index them: innodb_ft_min_token_size = 3), so both backends agree.
 * - Time: since <= created_at < until, epoch milliseconds.
 * - Paging: keyset on (created_at, id) as in queries.ts, older than `after` (descending) or newer
 *   than `before` (ascending, then reversed), fetching limit + 1 rows to know if more exist.
 */
import { OPERATIONS } from './store.ts';
import { countCodePoints } from '../code-points.ts';
import type { Cursor, Page, SearchFilter, SearchQuery } from './store.ts';
import { checkPageLimit, PREVIEW_RECORD_COLUMNS, RECORD_COLUMNS, toSavedRecord, type RecordRow, type SqlValue } from './queries.ts';

export type Dialect = 'sqlite' | 'mysql';

/** Statement keys: direction (older/newer) and whether words are searched. */
export type SearchShape =
  | 'older' | 'newer' | 'olderWords' | 'newerWords'
  | 'olderPreview' | 'newerPreview' | 'olderWordsPreview' | 'newerWordsPreview'
  | 'count' | 'countWords';

const TAG_LIKE: Record<Dialect, string> = { sqlite: "tag LIKE ? ESCAPE '!'", mysql: "tag COLLATE utf8mb4_unicode_ci LIKE ? ESCAPE '!'" };
const WORDS: Record<Dialect, string> = {
  sqlite: 'id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)',
  mysql: 'MATCH (original_text, processed_text) AGAINST (? IN BOOLEAN MODE)',
};
const OLDER = 'created_at <= ? AND (created_at < ? OR id < ?) ORDER BY created_at DESC, id DESC LIMIT ?';
const NEWER = 'created_at >= ? AND (created_at > ? OR id > ?) ORDER BY created_at ASC, id ASC LIMIT ?';

function filters(dialect: Dialect): string {
  return `(? IS NULL OR tag = ?) AND (? IS NULL OR operation = ?) AND (? IS NULL OR ${TAG_LIKE[dialect]}) AND created_at >= ? AND created_at < ?`;
}

/** Every search statement of one dialect. */
export function searchStatements(dialect: Dialect): Record<SearchShape, string> {
  const where = filters(dialect);
  const words = `${where} AND ${WORDS[dialect]}`;
  return {
    older: `SELECT ${RECORD_COLUMNS} FROM records WHERE ${where} AND ${OLDER}`,
    newer: `SELECT ${RECORD_COLUMNS} FROM records WHERE ${where} AND ${NEWER}`,
    olderWords: `SELECT ${RECORD_COLUMNS} FROM records WHERE ${words} AND ${OLDER}`,
    newerWords: `SELECT ${RECORD_COLUMNS} FROM records WHERE ${words} AND ${NEWER}`,
    olderPreview: `SELECT ${PREVIEW_RECORD_COLUMNS} FROM records WHERE ${where} AND ${OLDER}`,
    newerPreview: `SELECT ${PREVIEW_RECORD_COLUMNS} FROM records WHERE ${where} AND ${NEWER}`,
    olderWordsPreview: `SELECT ${PREVIEW_RECORD_COLUMNS} FROM records WHERE ${words} AND ${OLDER}`,
    newerWordsPreview: `SELECT ${PREVIEW_RECORD_COLUMNS} FROM records WHERE ${words} AND ${NEWER}`,
    count: `SELECT COUNT(*) AS n FROM records WHERE ${where}`,
    countWords: `SELECT COUNT(*) AS n FROM records WHERE ${words}`,
  };
}

// Bounds that stand for "no limit": beyond any stored time or id, inside JavaScript's safe integers.
const END_OF_TIME = 253_402_300_800_000;
const NO_CURSOR_OLDER: Cursor = { createdAt: END_OF_TIME, id: Number.MAX_SAFE_INTEGER };
const NO_CURSOR_NEWER: Cursor = { createdAt: -1, id: 0 };
const MIN_WORD = 3;
const MAX_WORDS = 8;
const MAX_WORD = 84;

/** The words of a text search, as the engines will match them (letters and digits only). */
export function searchWords(text: string): string[] {
  const words = (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => countCodePoints(word) >= MIN_WORD);
  return words.slice(0, MAX_WORDS).map((word) => [...word].slice(0, MAX_WORD).join(''));
}

/** The full-text query for a dialect: every word required, each a prefix. */
export function matchExpression(dialect: Dialect, words: readonly string[]): string {
  return dialect === 'sqlite' ? words.map((word) => `"${word}"*`).join(' ') : words.map((word) => `+${word}*`).join(' ');
}

/** A LIKE pattern matching values that start with `prefix` (wildcards in it are literal). */
export function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
}

function checkFilter(filter: SearchFilter): void {
  if (filter.operation !== undefined && !OPERATIONS.includes(filter.operation)) throw new RangeError(`unknown operation filter: ${JSON.stringify(filter.operation)}`);
  for (const bound of [filter.since, filter.until]) {
    if (bound !== undefined && !Number.isSafeInteger(bound)) throw new RangeError('since and until must be integer milliseconds');
  }
}

/** Values for the filter placeholders, in order, and whether words are searched (one more value). */
function filterValues(dialect: Dialect, filter: SearchFilter): { values: SqlValue[]; words: boolean } {
  checkFilter(filter);
  const tag = filter.tag ?? null;
  const operation = filter.operation ?? null;
  const like = filter.tagPrefix === undefined || filter.tagPrefix === '' ? null : prefixPattern(filter.tagPrefix);
  const values: SqlValue[] = [tag, tag, operation, operation, like, like, filter.since ?? -1, filter.until ?? END_OF_TIME];
  const words = filter.text === undefined ? [] : searchWords(filter.text);
  if (words.length === 0) return { values, words: false };
  return { values: [...values, matchExpression(dialect, words)], words: true };
}

/** The count statement and values for a search filter. */
export function searchCountQuery(dialect: Dialect, filter: SearchFilter): { key: SearchShape; values: SqlValue[] } {
  const { values, words } = filterValues(dialect, filter);
  return { key: words ? 'countWords' : 'count', values };
}

/** The page statement and values for a search query (limit + 1 rows). */
export function searchPageQuery(dialect: Dialect, query: SearchQuery): { key: SearchShape; values: SqlValue[] } {
  checkPageLimit(query.limit);
  if (query.after !== undefined && query.before !== undefined) throw new RangeError('give after or before, not both');
  const newer = query.before !== undefined;
  const cursor = query.before ?? query.after ?? (newer ? NO_CURSOR_NEWER : NO_CURSOR_OLDER);
  if (!Number.isSafeInteger(cursor.createdAt) || !Number.isSafeInteger(cursor.id)) throw new RangeError('page cursor must hold integer createdAt and id');
  const { values, words } = filterValues(dialect, query);
  const key: SearchShape = `${newer ? 'newer' : 'older'}${words ? 'Words' : ''}${query.preview === true ? 'Preview' : ''}` as SearchShape;
  return { key, values: [...values, cursor.createdAt, cursor.createdAt, cursor.id, query.limit + 1] };
}

/** The page from the limit + 1 rows fetched, newest first, with cursors both ways. */
export function toSearchPage(rows: readonly RecordRow[], query: SearchQuery): Page {
  const newer = query.before !== undefined;
  const more = rows.length > query.limit;
  const kept = rows.slice(0, query.limit).map(toSavedRecord);
  const records = newer ? kept.reverse() : kept;
  const first = records[0];
  const last = records[records.length - 1];
  const cursorOf = (record: { createdAt: Date; id: number }): Cursor => ({ createdAt: record.createdAt.getTime(), id: record.id });
  // Walking older: more rows mean an older page; a cursor means newer rows exist. Walking newer: the reverse.
  const hasOlder = newer ? true : more;
  const hasNewer = newer ? more : query.after !== undefined;
  return {
    records,
    next: hasOlder && last !== undefined ? cursorOf(last) : null,
    previous: hasNewer && first !== undefined ? cursorOf(first) : null,
  };
}

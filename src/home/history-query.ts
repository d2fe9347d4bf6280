/**
 * The history's whole query string: the indexed filters of query.ts (tag, op, after, limit) plus
 * search (tag_prefix, q, since, until), the `before` cursor for the Newer link, and `start`, the
 * position of the first row shown ("26–39 of 39"), carried in the links because keyset paging does
 * not know it. A forged `start` can only mislabel the numbers of one view; everything else is
 * checked strictly (400).
 *
 * Dates are whole UTC days, YYYY-MM-DD, both ends included: since=2026-11-01&until=2026-11-30 is
 * [Nov 1 00:00, Dec 1 00:00) in epoch milliseconds.
 */
import { HttpError } from '../http/errors.ts';
import type { PageQuery, SearchQuery } from '../db/store.ts';
import { MAX_TAG_CHARS } from '../records/validate.ts';
import { countCodePoints } from '../code-points.ts';
import { searchWords } from '../db/search.ts';
import { DEFAULT_PAGE_SIZE, decodeCursor, parsePageQuery } from './query.ts';

export interface HistoryQuery extends SearchQuery {
  /** 1-based position of the first row of this page among all matches. */
  start: number;
}

const DAY_MS = 86_400_000;
const MAX_QUERY_CHARS = 200;

/** Parse every history parameter; unknown combinations and bad values are a 400. */
export function parseHistoryQuery(params: URLSearchParams): HistoryQuery {
  const base: PageQuery = parsePageQuery(params);
  const query: HistoryQuery = { ...base, start: 1 };
  const prefix = one(params, 'tag_prefix');
  if (prefix !== undefined) {
    if (countCodePoints(prefix) > MAX_TAG_CHARS || !prefix.isWellFormed()) throw new HttpError(400, `The "tag_prefix" filter must be at most ${MAX_TAG_CHARS} characters.`);
    query.tagPrefix = prefix;
  }
  const text = one(params, 'q');
  if (text !== undefined) {
    if (countCodePoints(text) > MAX_QUERY_CHARS || !text.isWellFormed()) throw new HttpError(400, `The search "q" must be at most ${MAX_QUERY_CHARS} characters.`);
    if (searchWords(text).length === 0) throw new HttpError(400, 'Search for at least one word of three or more letters or digits.');
    query.text = text;
  }
  const since = one(params, 'since');
  if (since !== undefined) query.since = parseDay('since', since);
  const until = one(params, 'until');
  if (until !== undefined) query.until = parseDay('until', until) + DAY_MS;
  if (query.since !== undefined && query.until !== undefined && query.since >= query.until) {
    throw new HttpError(400, 'The "since" date must not be after the "until" date.');
  }
  const before = one(params, 'before');
  if (before !== undefined) {
    if (query.after !== undefined) throw new HttpError(400, 'Give "after" or "before", not both.');
    query.before = decodeCursor(before);
  }
  const start = one(params, 'start');
  if (start !== undefined) {
    if (!/^\d{1,9}$/.test(start) || Number(start) < 1) throw new HttpError(400, 'The "start" must be a whole number from 1.');
    query.start = Number(start);
  }
  return query;
}

/** True when the query needs the search statements (anything beyond tag, op and an older cursor). */
export function isSearch(query: HistoryQuery): boolean {
  return query.tagPrefix !== undefined || query.text !== undefined || query.since !== undefined || query.until !== undefined || query.before !== undefined;
}

/** True when any filter narrows the history. */
export function isFiltered(query: SearchQuery): boolean {
  return query.tag !== undefined || query.operation !== undefined || query.tagPrefix !== undefined || query.text !== undefined || query.since !== undefined || query.until !== undefined;
}

/** A link to `path` with the query's filters and the given cursor and position. */
export function historyHref(path: string, query: SearchQuery, page: { after?: string; before?: string; start?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.tag !== undefined) params.set('tag', query.tag);
  if (query.tagPrefix !== undefined) params.set('tag_prefix', query.tagPrefix);
  if (query.operation !== undefined) params.set('op', query.operation);
  if (query.text !== undefined) params.set('q', query.text);
  if (query.since !== undefined) params.set('since', dayOf(query.since));
  if (query.until !== undefined) params.set('until', dayOf(query.until - DAY_MS));
  if (query.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(query.limit));
  if (page.after !== undefined) params.set('after', page.after);
  if (page.before !== undefined) params.set('before', page.before);
  if (page.start !== undefined && page.start > 1) params.set('start', String(page.start));
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** "2026-11-26" for a UTC midnight. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDay(name: string, raw: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const ms = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(ms) || dayOf(ms) !== raw) throw new HttpError(400, `The "${name}" date must be a day written YYYY-MM-DD, e.g. 2026-11-26.`);
  return ms;
}

function one(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new HttpError(400, `The "${name}" parameter was given ${values.length} times; give it once.`);
  return values[0] === '' ? undefined : values[0];
}

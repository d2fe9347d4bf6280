/**
 * The history page's query string -> a validated page query, and the opaque cursor.
 *
 * Paging is keyset-based: the cursor names the last row shown, (createdAt ms, id), so page N
 * costs as much as page 1. It travels as base64url of "ms.id" — opaque to users, but checked
 * strictly on the way in (a forged, negative or huge cursor is a 400, not a database error).
 */
import { HttpError } from '../http/errors.ts';
import { MAX_PAGE_LIMIT, OPERATIONS, type Cursor, type Operation, type PageQuery } from '../db/store.ts';
import { MAX_TAG_CHARS } from '../records/validate.ts';

export const DEFAULT_PAGE_SIZE = 25;

// Accepted cursor times: years 1 to 9999, which holds every record (legacy rows from before 1970
// have negative times and page like any other) and stays inside a Date's range.
const MIN_TIME_MS = -62_135_596_800_000;
const MAX_TIME_MS = 253_402_300_799_999;

/** Encode a cursor for a URL. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdAt}.${cursor.id}`, 'utf8').toString('base64url');
}

/** Decode a cursor from a URL, or throw a 400 HttpError. */
export function decodeCursor(raw: string): Cursor {
  const invalid = new HttpError(400, 'The "after" cursor is not valid: use the "next" link of a previous page.');
  if (raw.length > 64 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid;
  const match = /^(-?\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (match === null) throw invalid;
  const createdAt = Number(match[1]);
  const id = Number(match[2]);
  if (createdAt < MIN_TIME_MS || createdAt > MAX_TIME_MS || Object.is(createdAt, -0) || !Number.isSafeInteger(id)) throw invalid;
  return { createdAt, id };
}

/** Read tag, op, after and limit from the query string; repeated or unknown values are a 400. */
export function parsePageQuery(params: URLSearchParams): PageQuery {
  const query: PageQuery = { limit: DEFAULT_PAGE_SIZE };
  const tag = single(params, 'tag');
  if (tag !== undefined && tag !== '') {
    if (tag.length > MAX_TAG_CHARS * 2 || !tag.isWellFormed()) throw new HttpError(400, `The "tag" filter must be a tag of at most ${MAX_TAG_CHARS} characters.`);
    query.tag = tag;
  }
  const op = single(params, 'op');
  if (op !== undefined && op !== '') {
    if (!(OPERATIONS as readonly string[]).includes(op)) throw new HttpError(400, `The "op" filter must be one of ${OPERATIONS.join(', ')}.`);
    query.operation = op as Operation;
  }
  const after = single(params, 'after');
  if (after !== undefined && after !== '') query.after = decodeCursor(after);
  const limit = single(params, 'limit');
  if (limit !== undefined && limit !== '') {
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE_LIMIT) {
      throw new HttpError(400, `The "limit" must be a whole number from 1 to ${MAX_PAGE_LIMIT}.`);
    }
    query.limit = Number(limit);
  }
  return query;
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new HttpError(400, `The "${name}" parameter was given ${values.length} times; give it once.`);
  return values[0];
}

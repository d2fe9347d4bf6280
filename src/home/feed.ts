/**
 * History pages read in batches: bounded in memory and in event-loop time, whatever is stored.
 *
 * A page may ask for 500 rows and a record may hold two 20,000-character texts (up to ~160 KB of
 * JSON): 500 of them made an 80 MB body, built in one piece, and a few such requests at once
 * exhausted the task's heap; even the HTML page, which shows 200 characters per text, read them
 * whole. Now:
 * - rows are read in batches, and the reader yields to the event loop between batches (SQLite
 *   reads synchronously), so a health check waits for one batch, never for a whole page. A full
 *   row costs up to ~4 ms to read (two 80 KB texts decoded into strings), so the feed starts with
 *   FIRST_FEED_BATCH rows and then sizes each batch from the rows seen so far to about
 *   FEED_BATCH_BYTES of JSON (1 to MAX_BATCH_ROWS rows); preview rows are small, PREVIEW_BATCH_ROWS;
 * - the JSON feed turns each record into JSON as it comes and stops before the record that would
 *   take the page past `maxBytes` (always keeping at least one); `next` then points just after
 *   the last record sent, so the cursor carries the rest;
 * - the HTML page asks the store for a preview (the first 201 characters of each text).
 * - a page walking towards newer records (`before`, the Newer link) is read in one piece, newest
 *   first from the store; a JSON one then holds at most NEWER_FEED_ROWS records (6 × ~160 KB of
 *   JSON at most), so its bound is the same; the cursors carry the rest either way.
 * One JSON request therefore holds at most one batch of rows plus `maxBytes` of JSON:
 * FIRST_FEED_BATCH · 160 KB + 1 MiB + one record, under 2 MB of text; an HTML request 500 previews.
 */
import type { Cursor, Page, SavedRecord, SearchQuery } from '../db/store.ts';
import { recordJson } from '../records/record-json.ts';

/** Most bytes of record JSON one feed page carries (plus at most one record when the first alone is larger). */
const MAX_FEED_BYTES = 1_048_576;

/** Rows of the feed's first batch, before their size is known. */
export const FIRST_FEED_BATCH = 1;
/** Bytes of JSON the feed aims to read per later batch. */
const FEED_BATCH_BYTES = 256 * 1024;
/** Most rows in any batch. */
export const MAX_BATCH_ROWS = 50;
/** Rows per batch of previews (each at most 2 × 201 characters). */
const PREVIEW_BATCH_ROWS = 25;
/** Most records of a JSON page read towards newer records (`before`): MAX_FEED_BYTES of the largest records. */
const NEWER_FEED_ROWS = 6;

/**
 * One page of items made from records, and where the older (`next`) and newer (`previous`) pages
 * start; `previous` is undefined when the store does not say (plain pages: the caller knows it).
 */
export interface BatchedPage<T> {
  records: T[];
  next: Cursor | null;
  previous?: Cursor | null;
}

type PageReader = (query: SearchQuery) => Promise<Page>;

/** Up to `query.limit` records and `maxBytes` of their JSON (each record's JSON text, newest first). */
export function feedPage(page: PageReader, query: SearchQuery, maxBytes = MAX_FEED_BYTES): Promise<BatchedPage<string>> {
  const json = (record: SavedRecord) => JSON.stringify(recordJson(record));
  if (query.before !== undefined) return readNewer(page, { ...query, preview: false, limit: Math.min(query.limit, NEWER_FEED_ROWS) }, json);
  const batches = { first: FIRST_FEED_BATCH, next: (bytesPerRow: number) => Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(FEED_BATCH_BYTES / bytesPerRow))) };
  return readInBatches(page, { ...query, preview: false }, json, (text) => Buffer.byteLength(text) + 1, maxBytes, batches);
}

/** Up to `query.limit` records with a preview of their texts, for the HTML page. */
export async function previewPage(page: PageReader, query: SearchQuery): Promise<Page> {
  if (query.before !== undefined) return readNewer(page, { ...query, preview: true }, (record) => record);
  return readInBatches(page, { ...query, preview: true }, (record) => record, () => 0, Infinity, { first: PREVIEW_BATCH_ROWS, next: () => PREVIEW_BATCH_ROWS });
}

/** How many rows to read first, and next given the mean bytes per row so far. */
interface Batches {
  first: number;
  next(bytesPerRow: number): number;
}

/** A page towards newer records, in one read (bounded by its limit). */
async function readNewer<T>(page: PageReader, query: SearchQuery, make: (record: SavedRecord) => T): Promise<BatchedPage<T>> {
  const read = await page(query);
  return { records: read.records.map(make), next: read.next, previous: read.previous };
}

async function readInBatches<T>(page: PageReader, query: SearchQuery, make: (record: SavedRecord) => T, size: (item: T) => number, maxBytes: number, batches: Batches): Promise<BatchedPage<T>> {
  const items: T[] = [];
  let bytes = 0;
  let after = query.after;
  let last: Cursor | null = null;
  let rows = batches.first;
  let previous: Cursor | null | undefined;
  let first = true;
  for (;;) {
    const batch = await page({ ...query, limit: Math.min(rows, query.limit - items.length), after });
    // The newer page starts before the first batch's first record (search pages say so; plain ones do not).
    if (first) previous = batch.previous;
    first = false;
    for (const record of batch.records) {
      const item = make(record);
      const itemBytes = size(item);
      if (last !== null && bytes + itemBytes > maxBytes) return { records: items, next: last, previous };
      items.push(item);
      bytes += itemBytes;
      last = { createdAt: record.createdAt.getTime(), id: record.id };
    }
    if (batch.next === null || items.length >= query.limit) return { records: items, next: batch.next, previous };
    after = batch.next;
    rows = batches.next(bytes / items.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

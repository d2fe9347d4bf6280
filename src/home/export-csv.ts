/**
 * The history as CSV (RFC 4180), with the same filters as the page: every matching record, newest
 * first, walked in keyset pages of PAGE records so memory stays flat however long the history is
 * (PAGE × two 20,000-character texts: under 2 MB in flight), and written with backpressure (a slow
 * reader slows the walk instead of filling memory; a reader that hangs up ends it).
 *
 * A cell that a spreadsheet would take for a formula (starting with = + - @, tab or CR) gets a
 * leading apostrophe, the usual guard against CSV injection; every other byte is as saved.
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Cursor, Page, SavedRecord } from '../db/store.ts';

const PAGE = 10;
const CSV_HEADER = ['id', 'created_at', 'tag', 'operation', 'source_language', 'engine', 'original', 'processed'];

/** One CSV line (CRLF-terminated) from its cells. */
function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function cells(record: SavedRecord): string[] {
  return [String(record.id), record.createdAt.toISOString(), record.tag, record.operation, record.sourceLanguage ?? '', record.engine, record.original, record.processed];
}

/** Write the header and every record `fetchPage` yields, page after page, then end the response. */
export async function writeCsv(res: ServerResponse, fetchPage: (limit: number, after: Cursor | undefined) => Promise<Page>): Promise<void> {
  res.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="textops-records.csv"',
    'Cache-Control': 'no-store',
  });
  res.write(csvLine(CSV_HEADER));
  let after: Cursor | undefined;
  for (;;) {
    const page = await fetchPage(PAGE, after);
    const chunk = page.records.map((record) => csvLine(cells(record))).join('');
    if (chunk !== '' && !res.write(chunk)) await drainedOrClosed(res);
    if (page.next === null || res.destroyed) break;
    after = page.next;
  }
  res.end();
}

/** Resolves when the response can take more, or when it is gone (a 'drain' never comes then). */
async function drainedOrClosed(res: ServerResponse): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([once(res, 'drain', { signal: stop.signal }), once(res, 'close', { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}

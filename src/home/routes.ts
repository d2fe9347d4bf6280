/**
 * The home service: everything not under /api. The history of saved records as HTML, JSON or CSV;
 * each record's page (HTML, JSON, plain text) and its review; the static assets (app/ adds the health checks).
 */
import type { Route } from '../http/router.ts';
import { pathParams } from '../http/router.ts';
import type { RequestContext } from '../http/context.ts';
import { HttpError } from '../http/errors.ts';
import { readFields } from '../http/body.ts';
import { seeOther } from '../http/redirect.ts';
import { sendHtml, sendJson, sendJsonText } from '../http/respond.ts';
import { assetRoutes } from '../http/assets.ts';
import type { FullRecord, Page, SearchQuery, Store } from '../db/store.ts';
import { recordJson } from '../records/record-json.ts';
import { storeCall } from '../http/store-call.ts';
import { cachedRows, historyPage, type RowRenderer } from './pages.ts';
import { cachedCount } from './count-cache.ts';
import { historyHref, isSearch, parseHistoryQuery } from './history-query.ts';
import { encodeCursor } from './query.ts';
import { DEFAULT_PAGE_SIZE } from './query.ts';
import { createGate, type Gate } from './gate.ts';
import { feedPage, previewPage } from './feed.ts';
import { recordPage } from './record-page.ts';
import { applyReview } from './review.ts';
import { writeCsv } from './export-csv.ts';

export interface HomeDeps {
  store: Store;
  /** How long a total ("N records") may be reused between views; 0 counts on every view. */
  countTtlMs: number;
}

interface History {
  store: Store;
  count: Store['count'];
  renderRow: RowRenderer;
  /** Pages larger than the default are read two at a time (gate.ts). */
  largeReads: Gate;
}

const LARGE_READS_AT_ONCE = 2;

// A review form holds at most 200 short choices: a few kilobytes.
const REVIEW_BODY_BYTES = 64 * 1024;
const RECORD_PATH = '/records/:id';

/** The home routes. */
export function homeRoutes(deps: HomeDeps): Route[] {
  const count: Store['count'] = (filter) => deps.store.count(filter);
  const shared: History = { store: deps.store, renderRow: cachedRows(), largeReads: createGate(LARGE_READS_AT_ONCE), count: deps.countTtlMs === 0 ? count : cachedCount(count, { ttlMs: deps.countTtlMs, maxKeys: 1_000 }) };
  return [
    { method: 'GET', path: '/', handler: (ctx) => history(ctx, shared, ctx.wantsJson) },
    { method: 'GET', path: '/records.json', handler: (ctx) => history(ctx, shared, true) },
    { method: 'GET', path: '/records.csv', handler: (ctx) => exportCsv(ctx, deps.store) },
    { method: 'GET', path: RECORD_PATH, handler: (ctx) => showRecord(ctx, deps.store) },
    { method: 'POST', path: `${RECORD_PATH}/review`, handler: (ctx) => saveReview(ctx, deps.store) },
    ...assetRoutes,
  ];
}

// One request's memory is bounded whatever is stored: the HTML page reads only a preview of each
// text (the table shows 200 characters), the JSON feed reads whole texts in pages bounded by bytes
// (feed.ts), and large pages are read two at a time. Plain history pages use the indexed statements;
// search (and the Newer direction) goes through the store's `find`.
async function history(ctx: RequestContext, deps: History, asJson: boolean): Promise<void> {
  const query = parseHistoryQuery(ctx.url.searchParams);
  const search = isSearch(query);
  const reader = (q: SearchQuery): Promise<Page> => (search ? deps.store.find(q) : deps.store.page(q));
  const total = (): Promise<number> => (search ? deps.store.countFound(query) : deps.count({ tag: query.tag, operation: query.operation }));
  const read = <T>(work: () => Promise<T>): Promise<T> => (query.limit > DEFAULT_PAGE_SIZE ? deps.largeReads(work) : work());
  if (!asJson) {
    const [result, count] = await storeCall(() => Promise.all([read(() => previewPage(reader, query)), total()]));
    sendHtml(ctx, 200, historyPage({ query, page: result, total: count, renderRow: deps.renderRow }));
    return;
  }
  const [result, count] = await storeCall(() => Promise.all([read(() => feedPage(reader, query)), total()]));
  const next = result.next === null ? null : encodeCursor(result.next);
  const previous = result.previous === undefined || result.previous === null ? null : encodeCursor(result.previous);
  const nextUrl = next === null ? null : historyHref('/records.json', query, { after: next });
  const previousUrl = previous === null ? null : historyHref('/records.json', query, { before: previous });
  // The records are JSON already: the body is assembled around them rather than parsed and stringified again.
  const links = `"next":${JSON.stringify(next)},"nextUrl":${JSON.stringify(nextUrl)},"previous":${JSON.stringify(previous)},"previousUrl":${JSON.stringify(previousUrl)}`;
  sendJsonText(ctx, 200, `{"total":${JSON.stringify(count)},"records":[${result.records.join(',')}],${links}}\n`);
}

async function exportCsv(ctx: RequestContext, store: Store): Promise<void> {
  const query = parseHistoryQuery(ctx.url.searchParams);
  if (query.after !== undefined || query.before !== undefined) throw new HttpError(400, 'The CSV export always starts at the newest record: leave out "after" and "before".');
  const search = isSearch(query);
  await writeCsv(ctx.res, (limit, after) => storeCall(() => (search ? store.find({ ...query, limit, after }) : store.page({ tag: query.tag, operation: query.operation, limit, after }))));
}

/** The record named by the path: /records/42, /records/42.json or /records/42.txt. */
async function findRecord(ctx: RequestContext, store: Store, pattern: string): Promise<{ record: FullRecord; format: 'page' | 'json' | 'txt' }> {
  const [raw = ''] = pathParams(pattern, ctx.url.pathname);
  const match = /^([1-9][0-9]{0,14})(\.json|\.txt)?$/.exec(raw);
  if (match === null) throw new HttpError(404, `There is no record at ${ctx.url.pathname}.`);
  const record = await storeCall(() => store.get(Number(match[1])));
  if (record === null) throw new HttpError(404, `There is no record ${match[1]}: it may be in another database.`);
  return { record, format: match[2] === '.json' ? 'json' : match[2] === '.txt' ? 'txt' : 'page' };
}

/** The JSON form of a record with its details. */
function fullRecordJson(record: FullRecord): unknown {
  return { ...recordJson(record), edits: record.edits, sourceId: record.sourceId };
}

async function showRecord(ctx: RequestContext, store: Store): Promise<void> {
  const { record, format } = await findRecord(ctx, store, RECORD_PATH);
  if (format === 'txt') {
    const body = Buffer.from(record.processed, 'utf8');
    ctx.res.writeHead(200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="textops-${record.id}.txt"`,
      'Cache-Control': 'no-store',
      'Content-Length': body.length,
    });
    ctx.res.end(body);
    return;
  }
  if (format === 'json' || ctx.wantsJson) {
    sendJson(ctx, 200, fullRecordJson(record));
    return;
  }
  sendHtml(ctx, 200, recordPage(record));
}

/** Save a reviewed result as a new record linked to its source, and show it (303) or return it (201). */
async function saveReview(ctx: RequestContext, store: Store): Promise<void> {
  const [raw = ''] = pathParams(`${RECORD_PATH}/review`, ctx.url.pathname);
  if (!/^[1-9][0-9]{0,14}$/.test(raw)) throw new HttpError(404, `There is no record at ${ctx.url.pathname}.`);
  const fields = await readFields(ctx.req, { limitBytes: REVIEW_BODY_BYTES });
  const source = await storeCall(() => store.get(Number(raw)));
  if (source === null) throw new HttpError(404, `There is no record ${raw} to review.`);
  if (source.edits === null || source.edits.length === 0) throw new HttpError(400, `Record ${raw} has no changes to review.`);
  const reviewed = applyReview(source, fields);
  const engine = `${source.engine} + review`.slice(0, 100);
  const saved = await storeCall(() =>
    store.save({ tag: source.tag, operation: source.operation, original: source.original, processed: reviewed.processed, sourceLanguage: source.sourceLanguage, engine, edits: reviewed.edits, sourceId: source.id }),
  );
  ctx.log.debug('reviewed record saved', { recordId: saved.id, sourceId: source.id, changed: reviewed.changed });
  const location = `/records/${saved.id}`;
  if (ctx.wantsJson) {
    sendJson(ctx, 201, { ...recordJson(saved), edits: reviewed.edits, sourceId: source.id }, { Location: location });
    return;
  }
  seeOther(ctx, location);
}

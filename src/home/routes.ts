/**
 * The home service: everything not under /api. The history of saved records as HTML or JSON,
 * the health checks, and the stylesheet every page links to.
 */
import type { Route } from '../http/router.ts';
import type { RequestContext } from '../http/context.ts';
import { sendHtml, sendJson, sendJsonText } from '../http/respond.ts';
import { assetRoutes } from '../http/assets.ts';
import type { Store } from '../db/store.ts';
import { readiness } from '../api/routes.ts';
import { storeCall } from '../api/store-call.ts';
import { DEFAULT_PAGE_SIZE, encodeCursor, parsePageQuery } from './query.ts';
import { createGate, type Gate } from './gate.ts';
import { cachedRows, historyLink, historyPage, type RowRenderer } from './pages.ts';
import { cachedCount } from './count-cache.ts';
import { feedPage, previewPage } from './feed.ts';

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

/** The home routes. */
export function homeRoutes(deps: HomeDeps): Route[] {
  const count: Store['count'] = (filter) => deps.store.count(filter);
  const shared: History = { store: deps.store, renderRow: cachedRows(), largeReads: createGate(LARGE_READS_AT_ONCE), count: deps.countTtlMs === 0 ? count : cachedCount(count, { ttlMs: deps.countTtlMs, maxKeys: 1_000 }) };
  return [
    { method: 'GET', path: '/', handler: (ctx) => history(ctx, shared, ctx.wantsJson) },
    { method: 'GET', path: '/records.json', handler: (ctx) => history(ctx, shared, true) },
    { method: 'GET', path: '/healthz', handler: async (ctx) => sendJson(ctx, 200, { status: 'ok' }) },
    { method: 'GET', path: '/readyz', handler: (ctx) => readiness(ctx, deps.store) },
    ...assetRoutes,
  ];
}

// The HTML page reads only a preview of each text (the table shows 200 characters); the JSON feed
// reads whole texts, in pages bounded by bytes (feed.ts). Either way one request's memory is bounded.
async function history(ctx: RequestContext, deps: History, asJson: boolean): Promise<void> {
  const query = parsePageQuery(ctx.url.searchParams);
  const filter = { tag: query.tag, operation: query.operation };
  const read = <T>(work: () => Promise<T>): Promise<T> => (query.limit > DEFAULT_PAGE_SIZE ? deps.largeReads(work) : work());
  if (!asJson) {
    const [result, total] = await storeCall(() => Promise.all([read(() => previewPage((q) => deps.store.page(q), query)), deps.count(filter)]));
    await sendHtml(ctx, 200, historyPage({ query, page: result, total, renderRow: deps.renderRow }));
    return;
  }
  const [result, total] = await storeCall(() => Promise.all([read(() => feedPage((q) => deps.store.page(q), query)), deps.count(filter)]));
  const next = result.next === null ? null : encodeCursor(result.next);
  const nextUrl = next === null ? null : historyLink(query, next).replace(/^\/(\?|$)/, '/records.json$1');
  // The records are JSON already: the body is assembled around them rather than parsed and stringified again.
  await sendJsonText(ctx, 200, `{"total":${JSON.stringify(total)},"records":[${result.records.join(',')}],"next":${JSON.stringify(next)},"nextUrl":${JSON.stringify(nextUrl)}}`);
}

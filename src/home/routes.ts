/**
 * The home service: everything not under /api. The history of saved records as HTML or JSON,
 * the health checks, and the stylesheet every page links to.
 */
import type { Route } from '../http/router.ts';
import type { RequestContext } from '../http/context.ts';
import { sendHtml, sendJson } from '../http/respond.ts';
import { assetRoutes } from '../http/assets.ts';
import type { Store } from '../db/store.ts';
import { readiness } from '../api/routes.ts';
import { recordJson } from '../api/record-json.ts';
import { storeCall } from '../api/store-call.ts';
import { encodeCursor, parsePageQuery } from './query.ts';
import { cachedRows, historyLink, historyPage, type RowRenderer } from './pages.ts';
import { cachedCount } from './count-cache.ts';

export interface HomeDeps {
  store: Store;
  /** How long a total ("N records") may be reused between views; 0 counts on every view. */
  countTtlMs: number;
}

interface History {
  store: Store;
  count: Store['count'];
  renderRow: RowRenderer;
}

/** The home routes. */
export function homeRoutes(deps: HomeDeps): Route[] {
  const count: Store['count'] = (filter) => deps.store.count(filter);
  const shared: History = { store: deps.store, renderRow: cachedRows(), count: deps.countTtlMs === 0 ? count : cachedCount(count, { ttlMs: deps.countTtlMs, maxKeys: 1_000 }) };
  return [
    { method: 'GET', path: '/', handler: (ctx) => history(ctx, shared, ctx.wantsJson) },
    { method: 'GET', path: '/records.json', handler: (ctx) => history(ctx, shared, true) },
    { method: 'GET', path: '/healthz', handler: async (ctx) => sendJson(ctx, 200, { status: 'ok' }) },
    { method: 'GET', path: '/readyz', handler: (ctx) => readiness(ctx, deps.store) },
    ...assetRoutes,
  ];
}

async function history(ctx: RequestContext, deps: History, asJson: boolean): Promise<void> {
  const query = parsePageQuery(ctx.url.searchParams);
  const filter = { tag: query.tag, operation: query.operation };
  const [result, total] = await storeCall(() => Promise.all([deps.store.page(query), deps.count(filter)]));
  if (!asJson) {
    await sendHtml(ctx, 200, historyPage({ query, page: result, total, renderRow: deps.renderRow }));
    return;
  }
  const next = result.next === null ? null : encodeCursor(result.next);
  await sendJson(ctx, 200, {
    total,
    records: result.records.map(recordJson),
    next,
    nextUrl: next === null ? null : historyLink(query, next).replace(/^\/(\?|$)/, '/records.json$1'),
  });
}

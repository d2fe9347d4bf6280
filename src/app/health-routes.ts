/**
 * The health checks every service answers, under its own prefix (`/healthz` for home, `/api/healthz`
 * for api), so the load balancer checks each target group on a path the path rule sends to it.
 *
 * healthz: the process serves requests (the ALB keeps the task while the database is still coming up).
 * readyz: the database answers too; an unreachable one is a 503 with Retry-After (storeCall).
 */
import type { Route } from '../http/router.ts';
import type { RequestContext } from '../http/context.ts';
import { sendJson } from '../http/respond.ts';
import { storeCall } from '../http/store-call.ts';
import type { Store } from '../db/store.ts';

/** GET {prefix}/healthz and GET {prefix}/readyz. */
export function healthRoutes(prefix: '' | '/api', store: Store): Route[] {
  return [
    { method: 'GET', path: `${prefix}/healthz`, handler: async (ctx) => sendJson(ctx, 200, { status: 'ok' }) },
    { method: 'GET', path: `${prefix}/readyz`, handler: (ctx) => readiness(ctx, store) },
  ];
}

/** Readiness: the database answers. */
async function readiness(ctx: RequestContext, store: Store): Promise<void> {
  await storeCall(() => store.ping());
  sendJson(ctx, 200, { status: 'ready', database: store.kind });
}

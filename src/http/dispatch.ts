/**
 * Turning a router into the server's handler: found routes run, 404 and 405 are thrown as
 * HttpError so they leave through the same error path as every other failure.
 */
import type { Handler } from './context.ts';
import { HttpError } from './errors.ts';
import type { Router } from './router.ts';

/** A handler that dispatches each request through `router`. */
export function createRouterHandler(router: Router): Handler {
  return async (ctx) => {
    const method = ctx.req.method ?? 'GET';
    const path = ctx.url.pathname;
    const match = router(method, path);
    switch (match.kind) {
      case 'found':
        return match.handler(ctx);
      case 'not-found':
        throw new HttpError(404, `There is no page at ${path}.`);
      case 'method-not-allowed':
        throw new HttpError(405, `${path} does not accept ${method}; it accepts ${match.allow.join(', ')}.`, { headers: { Allow: match.allow.join(', ') } });
    }
  };
}

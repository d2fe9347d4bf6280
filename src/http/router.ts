/**
 * Routes are data: a list of {method, path, handler}; the router is a pure function of that list.
 *
 * Paths match exactly, byte for byte; a `:name` segment (as in `/records/:id`) matches one
 * non-empty segment without a slash, and is tried only after every exact path. The handler reads
 * the value from ctx.url.pathname (see pathParam) and validates it itself.
 * Trailing-slash policy: none is added or removed, so `/api/spell/` and `//api/spell` are simply
 * 404 (a redirect built from the request path could become an open redirect to `//host`).
 * HEAD falls back to GET (node drops the body of a HEAD response, keeping Content-Length).
 * OPTIONS on a known path answers 204 with Allow unless a route defines OPTIONS itself.
 * A known path with an unknown method is 405, with the methods it does allow.
 */
import type { Handler, RequestContext } from './context.ts';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface Route {
  method: Method;
  path: string;
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed'; allow: string[] };

export type Router = (method: string, path: string) => RouteMatch;

/** Builds the matcher for a list of routes; two routes with the same method and path are an error. */
export function createRouter(routes: readonly Route[]): Router {
  const byPath = new Map<string, Map<string, Handler>>();
  for (const route of routes) {
    const methods = byPath.get(route.path) ?? new Map<string, Handler>();
    if (methods.has(route.method)) throw new Error(`Duplicate route: ${route.method} ${route.path}`);
    methods.set(route.method, route.handler);
    byPath.set(route.path, methods);
  }
  const allowByPath = new Map<string, string[]>();
  for (const [path, methods] of byPath) allowByPath.set(path, allowedMethods(methods));

  const patterns = [...byPath.keys()].filter((path) => path.includes('/:')).map((path) => ({ path, regex: patternRegex(path) }));

  return (method, path) => {
    const exact = byPath.has(path) && !path.includes('/:') ? path : patterns.find((p) => p.regex.test(path))?.path;
    const methods = exact === undefined ? undefined : byPath.get(exact);
    if (methods === undefined) return { kind: 'not-found' };
    const allow = allowByPath.get(exact ?? path) ?? [];
    const handler = methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
    if (handler !== undefined) return { kind: 'found', handler };
    if (method === 'OPTIONS') return { kind: 'found', handler: answerOptions(allow) };
    return { kind: 'method-not-allowed', allow };
  };
}

function patternRegex(path: string): RegExp {
  const source = path.split('/').map((segment) => (segment.startsWith(':') ? '([^/]+)' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${source}$`);
}

/** The values of a pattern's `:name` segments in a path, in order (e.g. ['42'] for /records/:id). */
export function pathParams(pattern: string, path: string): string[] {
  return patternRegex(pattern).exec(path)?.slice(1) ?? [];
}

function allowedMethods(methods: ReadonlyMap<string, Handler>): string[] {
  const allow = new Set(methods.keys());
  if (allow.has('GET')) allow.add('HEAD');
  allow.add('OPTIONS');
  return [...allow].sort();
}

function answerOptions(allow: readonly string[]): Handler {
  return async (ctx: RequestContext) => {
    ctx.res.writeHead(204, { Allow: allow.join(', ') });
    ctx.res.end();
  };
}

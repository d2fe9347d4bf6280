/**
 * Turning the raw request target into a URL without letting it pick the host.
 *
 * `new URL(target, base)` reads `//evil/x` as a host, so the target is appended to a fixed origin
 * instead: `//api/spell` stays the path `//api/spell`. Absolute-form targets (sent to proxies)
 * keep only their path and query; anything else (`*`, garbage) becomes `/.invalid-target`, a 404.
 */

const ORIGIN = 'http://textops.invalid';

/** Parses a request target (`req.url`) into a URL on a fixed origin. */
export function urlFromTarget(target: string | undefined): URL {
  const raw = target ?? '/';
  try {
    if (raw.startsWith('/')) return new URL(ORIGIN + raw);
    const absolute = new URL(raw);
    if (absolute.protocol === 'http:' || absolute.protocol === 'https:') return new URL(ORIGIN + absolute.pathname + absolute.search);
  } catch {
    // Falls through: an unparseable target matches no route and gets a 404.
  }
  const url = new URL(ORIGIN);
  url.pathname = '/.invalid-target';
  return url;
}

/**
 * The path of a raw request target, undecoded and without its query, as a load balancer routes
 * it: `/api/spell?x` -> `/api/spell`, and the absolute form `http://host/api/spell` -> `/api/spell`
 * (so it reaches the service its path names, not home). Anything else is returned as it is.
 */
export function targetPath(target: string): string {
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  const rest = absolute === null ? target : target.slice(absolute[0].length);
  const end = rest.search(/[?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  return absolute !== null && path === '' ? '/' : path;
}

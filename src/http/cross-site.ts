/**
 * Refusing cross-site requests that change something (CSRF), without tokens or sessions.
 *
 * Any web page can make its visitor's browser POST a form here; the browser then says where the
 * request comes from. Modern browsers send `Sec-Fetch-Site` on every request: an unsafe method is
 * accepted only when it is `same-origin` or `none` (the user typed or bookmarked it). Older ones
 * send `Origin` on a cross-origin POST: it must name this host (the Host header, which the load
 * balancer passes through; the scheme is not compared, since TLS ends at the load balancer), and
 * the opaque origin `null` is refused. A request with neither header did not come from a
 * browser's cross-site form (curl, scripts, server-to-server) and is accepted: a CSRF attack needs
 * a victim's browser, and every browser that runs today sends at least one of the two.
 * Safe methods (GET, HEAD, OPTIONS) change nothing and are never refused.
 */
import type { IncomingHttpHeaders } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why this request must be refused as cross-site, or null when it may go on. */
export function crossSiteProblem(method: string, headers: IncomingHttpHeaders): string | null {
  if (SAFE_METHODS.has(method)) return null;
  const site = headers['sec-fetch-site'];
  if (site !== undefined) {
    return site === 'same-origin' || site === 'none' ? null : `this ${method} came from another site (Sec-Fetch-Site: ${site.slice(0, 20)})`;
  }
  const origin = headers.origin;
  if (origin === undefined) return null;
  const host = headers.host?.toLowerCase();
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return `this ${method} came from an unknown origin`;
  }
  return host !== undefined && originHost === host ? null : `this ${method} came from another origin`;
}

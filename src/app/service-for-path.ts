/**
 * The load balancer's path rule, as a pure function.
 *
 * In production an Application Load Balancer sends `/api` and `/api/*` to the api service and
 * everything else to home (cloudformation/ holds the listener rules; a test keeps the two in
 * step). Locally `serve all` runs both services in one process and uses this same function, so
 * a path lands on the same service in both places. ALB path patterns are case-sensitive and match
 * the raw path, before any decoding, and so does this.
 */

export type ServiceName = 'api' | 'home';

/** Which service answers a request for this path (the path part only, no query string). */
export function serviceFor(path: string): ServiceName {
  return path === '/api' || path.startsWith('/api/') ? 'api' : 'home';
}

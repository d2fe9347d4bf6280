/**
 * 303 See Other: how a browser form submit ends (Post/Redirect/Get). The browser then GETs the
 * record page, so a refresh cannot submit twice and the address can be bookmarked and shared.
 * `location` is always a path this server built (never taken from the request).
 */
import type { RequestContext } from './context.ts';

/** Answer 303 with an empty body pointing at `location`. */
export function seeOther(ctx: RequestContext, location: string): void {
  ctx.res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0 });
  ctx.res.end();
}

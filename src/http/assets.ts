/**
 * The static assets, the stylesheet and the icon, served with a content hash so browsers may
 * cache them for a year.
 *
 * Pages link to `/assets/textops.css?v=<hash>`: a new file gets a new URL, so the long
 * `immutable` cache never serves stale styles after a deploy. Only a request whose `?v=` is this
 * file's own hash gets `immutable`: during a rolling deploy an old task can receive a new page's
 * URL, and if it pinned its old stylesheet under that URL for a year, browsers would keep old CSS
 * with the new markup. Any other `?v=` (or none) gets `no-cache`: the browser revalidates with
 * the ETag (the same hash) and soon receives the right file. Files are read on first use.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestContext } from './context.ts';
import type { Route } from './router.ts';

const STYLESHEET_PATH = '/assets/textops.css';
const ICON_PATH = '/assets/favicon.svg';
const SCRIPT_PATH = '/assets/textops.js';

interface Asset {
  path: string;
  file: string;
  contentType: string;
}

interface LoadedAsset {
  body: Buffer;
  hash: string;
}

const STYLESHEET: Asset = { path: STYLESHEET_PATH, file: 'textops.css', contentType: 'text/css; charset=utf-8' };
const ICON: Asset = { path: ICON_PATH, file: 'favicon.svg', contentType: 'image/svg+xml' };
// Progressive enhancement only (copy, counters, Ctrl/Cmd+Enter): every page works without it.
const SCRIPT: Asset = { path: SCRIPT_PATH, file: 'textops.js', contentType: 'text/javascript; charset=utf-8' };

const loaded = new Map<string, LoadedAsset>();

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';

/** Cache-Control for a request asking for version `requested` of a file whose hash is `hash`. */
export function assetCacheControl(requested: string | null, hash: string): string {
  return requested === hash ? YEAR_IMMUTABLE : REVALIDATE;
}

function load(asset: Asset): LoadedAsset {
  let entry = loaded.get(asset.file);
  if (entry === undefined) {
    const body = readFileSync(new URL(`./assets/${asset.file}`, import.meta.url));
    entry = { body, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) };
    loaded.set(asset.file, entry);
  }
  return entry;
}

/** The versioned URL pages use to link the stylesheet. */
export function stylesheetHref(): string {
  return `${STYLESHEET_PATH}?v=${load(STYLESHEET).hash}`;
}

/** The versioned URL pages use to link the icon. */
export function iconHref(): string {
  return `${ICON_PATH}?v=${load(ICON).hash}`;
}

/** The versioned URL pages use to load the script. */
export function scriptHref(): string {
  return `${SCRIPT_PATH}?v=${load(SCRIPT).hash}`;
}

/** A handler serving one asset: 200 with year-long caching, or 304 when the client's ETag is current. */
function serveAsset(asset: Asset) {
  return async (ctx: RequestContext): Promise<void> => {
    const { body, hash } = load(asset);
    const etag = `"${hash}"`;
    const headers = { 'Cache-Control': assetCacheControl(ctx.url.searchParams.get('v'), hash), ETag: etag };
    const ifNoneMatch = ctx.req.headers['if-none-match'];
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      ctx.res.writeHead(304, headers);
      ctx.res.end();
      return;
    }
    ctx.res.writeHead(200, { ...headers, 'Content-Type': asset.contentType, 'Content-Length': body.length });
    ctx.res.end(body);
  };
}

/** The stylesheet's route, for the home service. */
const stylesheetRoute: Route = { method: 'GET', path: STYLESHEET_PATH, handler: serveAsset(STYLESHEET) };

/** The icon's route, for the home service. */
const iconRoute: Route = { method: 'GET', path: ICON_PATH, handler: serveAsset(ICON) };

/** The script's route, for the home service. */
const scriptRoute: Route = { method: 'GET', path: SCRIPT_PATH, handler: serveAsset(SCRIPT) };

/** Every asset route (stylesheet, icon, script): what the home service mounts. */
export const assetRoutes: readonly Route[] = [stylesheetRoute, iconRoute, scriptRoute];

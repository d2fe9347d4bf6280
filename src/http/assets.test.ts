import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assetCacheControl, assetRoutes, iconHref, stylesheetHref } from './assets.ts';
import { createRouter } from './router.ts';
import { createRouterHandler } from './dispatch.ts';
import { startTestServer } from './testing/server.ts';

describe('asset caching follows the ?v= hash', () => {
  it('is immutable for a year only when ?v= is the file\'s own hash', () => {
    assert.equal(assetCacheControl('0123456789abcdef', '0123456789abcdef'), 'public, max-age=31536000, immutable');
    assert.equal(assetCacheControl('fedcba9876543210', '0123456789abcdef'), 'public, no-cache');
    assert.equal(assetCacheControl(null, '0123456789abcdef'), 'public, no-cache');
  });

  it('never pins another version\'s URL: an old task asked for a new page\'s ?v= answers no-cache', async () => {
    const server = await startTestServer(createRouterHandler(createRouter(assetRoutes)));
    try {
      const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);
      for (const href of [stylesheetHref(), iconHref()]) {
        const current = await get(href);
        assert.equal(current.headers.get('cache-control'), 'public, max-age=31536000, immutable', href);
        const [path = '', hash] = href.split('?v='); // split yields a first part
        assert.equal(current.headers.get('etag'), `"${hash}"`);
        const newer = await get(`${path}?v=ffffffffffffffff`);
        assert.equal(newer.status, 200);
        assert.equal(newer.headers.get('cache-control'), 'public, no-cache');
        assert.equal((await get(path)).headers.get('cache-control'), 'public, no-cache');
      }
    } finally {
      await server.close();
    }
  });
});

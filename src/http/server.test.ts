import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assetRoutes, stylesheetHref } from './assets.ts';
import { HttpError } from './errors.ts';
import { html, page } from './html.ts';
import { sendHtml, sendJson } from './respond.ts';
import { createRouter } from './router.ts';
import { SECURITY_HEADERS } from './security.ts';
import { createRouterHandler } from './dispatch.ts';
import { connect, readUntilClosed, startTestServer, type TestServer } from './testing/server.ts';

const SECRET = 'db password is hunter2';

const router = createRouter([
  ...assetRoutes,
  { method: 'GET', path: '/', handler: async (ctx) => sendHtml(ctx, 200, page({ title: 'Home', body: html`<h1>History</h1>` })) },
  { method: 'POST', path: '/echo', handler: async (ctx) => sendJson(ctx, 201, { ok: true }) },
  { method: 'GET', path: '/throws-string', handler: async () => { throw SECRET; } },
  { method: 'GET', path: '/throws-error', handler: async () => { throw new Error(SECRET); } },
  { method: 'GET', path: '/rejects-undefined', handler: () => Promise.reject(undefined) },
  { method: 'GET', path: '/unavailable', handler: async () => { throw new HttpError(503, 'The database is not answering.', { headers: { 'Retry-After': '5' } }); } },
  { method: 'GET', path: '/forgets', handler: async () => {} },
  { method: 'GET', path: '/half-set', handler: async (ctx) => { ctx.res.setHeader('Set-Cookie', 'leak=1'); throw new HttpError(400, 'Bad tag.'); } },
  { method: 'GET', path: '/fails-mid-body', handler: async (ctx) => { ctx.res.writeHead(200, { 'Content-Length': '100' }); ctx.res.write('partial'); throw new Error('late'); } },
]);

let server: TestServer;
before(async () => { server = await startTestServer(createRouterHandler(router)); });
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.base + path, { headers });
const json = { accept: 'application/json' };

describe('routing through the server', () => {
  it('serves a page with 200 and HTML', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await res.text(), /<h1>History<\/h1>/);
  });

  it('answers an unknown path with a 404 HTML page for browsers', async () => {
    const res = await get('/nope', { accept: 'text/html' });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const body = await res.text();
    assert.match(body, /<title>404 Not Found · textops<\/title>/);
    assert.match(body, /There is no page at \/nope\./);
  });

  it('answers an unknown path with problem+json for JSON clients', async () => {
    const res = await get('/nope?x=1', { ...json, 'x-request-id': 'req-404' });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.deepEqual(await res.json(), { type: 'about:blank', title: 'Not Found', status: 404, detail: 'There is no page at /nope.', instance: '/nope', requestId: 'req-404' });
  });

  it('answers a doubled slash with 404 rather than crashing or changing host', async () => {
    const socket = await connect(server.port);
    const reply = readUntilClosed(socket);
    socket.end('GET //api/spell HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.match((await reply).text, /^HTTP\/1\.1 404 /);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await fetch(server.base + '/', { method: 'DELETE', headers: json });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.match(((await res.json()) as { detail: string }).detail, /does not accept DELETE/);
  });

  it('answers HEAD like GET without a body', async () => {
    const [head, full] = await Promise.all([fetch(server.base + '/', { method: 'HEAD' }), get('/')]);
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.equal(head.headers.get('content-length'), String(Buffer.byteLength(await full.text())));
  });

  it('answers OPTIONS with 204 and Allow', async () => {
    const res = await fetch(server.base + '/echo', { method: 'OPTIONS' });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('allow'), 'OPTIONS, POST');
  });
});

describe('the one error path', () => {
  for (const path of ['/throws-string', '/throws-error', '/rejects-undefined', '/forgets']) {
    it(`turns ${path} into a generic 500 that leaks nothing, logging the details`, async () => {
      const before = server.lines.length;
      const res = await get(path, { ...json, 'x-request-id': `id${path.replaceAll('/', '-')}` });
      assert.equal(res.status, 500);
      const body = await res.text();
      assert.doesNotMatch(body, /hunter2|at .*\.ts|Error:/);
      assert.equal(JSON.parse(body).title, 'Internal Server Error');
      const logged = server.lines.slice(before).find((line) => line.msg === 'request failed');
      assert.equal(logged?.requestId, `id${path.replaceAll('/', '-')}`);
      assert.equal(logged?.level, 'error');
    });
  }

  it('logs the stack of a thrown Error', async () => {
    const before = server.lines.length;
    await (await get('/throws-error')).text();
    const logged = server.lines.slice(before).find((line) => line.msg === 'request failed') as { error: { stack: string } };
    assert.match(logged.error.stack, /Error: db password is hunter2\n\s+at /);
  });

  it('keeps the status, message and headers of an HttpError, in HTML too', async () => {
    const res = await get('/unavailable');
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '5');
    assert.match(await res.text(), /<h1 id="error-title">Service Unavailable<\/h1>\n<p>The database is not answering\.<\/p>/);
  });

  it('drops headers the handler set before it threw, keeping the security headers', async () => {
    const res = await get('/half-set');
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  });

  it('cuts the connection when the handler fails after the response started', async () => {
    const res = await get('/fails-mid-body');
    assert.equal(res.status, 200);
    await assert.rejects(res.text());
  });

  it('logs no error for a 4xx', async () => {
    const before = server.lines.length;
    await (await get('/nope')).text();
    assert.equal(server.lines.slice(before).filter((line) => line.level === 'error').length, 0);
  });
});

describe('headers on every response', () => {
  for (const path of ['/', '/nope', '/throws-error', '/assets/textops.css']) {
    it(`sets the security headers on ${path}`, async () => {
      const res = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers.get(name), value, name);
      assert.equal(res.headers.get('x-powered-by'), null);
    });
  }

  it('sets the security headers on answers node gives before routing (malformed request)', async () => {
    const socket = await connect(server.port);
    const reply = readUntilClosed(socket);
    socket.write('NONSENSE\r\n\r\n');
    const { text } = await reply;
    assert.match(text, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(text, /\r\nContent-Security-Policy: default-src 'none'/);
  });

  it('answers a huge header with 431', async () => {
    const socket = await connect(server.port);
    const reply = readUntilClosed(socket);
    socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.match((await reply).text, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
  });
});

describe('request ids and the access log', () => {
  it('echoes a sane client X-Request-Id', async () => {
    assert.equal((await get('/', { 'x-request-id': 'client-42' })).headers.get('x-request-id'), 'client-42');
  });

  it("takes the ALB's trace Root when no request id is given", async () => {
    const res = await get('/', { 'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678;Sampled=1' });
    assert.equal(res.headers.get('x-request-id'), '1-67891233-abcdef012345678912345678');
  });

  it('generates a fresh id otherwise', async () => {
    const [a, b] = await Promise.all([get('/'), get('/')]);
    assert.match(a.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(a.headers.get('x-request-id'), b.headers.get('x-request-id'));
  });

  it('writes one access-log line per request with method, path, status, bytes, duration, id and user agent', async () => {
    const before = server.lines.length;
    const res = await get('/nope?secret=1', { 'x-request-id': 'log-1', 'user-agent': 'tester/1' });
    const length = Number(res.headers.get('content-length'));
    await res.text();
    const access = server.lines.slice(before).filter((line) => line.msg === 'request');
    assert.equal(access.length, 1);
    assert.ok(access[0]);
    const { time, durationMs, ...rest } = access[0];
    assert.ok(typeof durationMs === 'number' && durationMs >= 0);
    assert.ok(typeof time === 'string');
    assert.deepEqual(rest, { level: 'info', msg: 'request', requestId: 'log-1', method: 'GET', path: '/nope', status: 404, bytes: length, userAgent: 'tester/1' });
  });
});

describe('the stylesheet', () => {
  it('is served as CSS with a year of immutable caching and an ETag', async () => {
    const res = await get(stylesheetHref());
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(res.headers.get('etag') ?? '', /^"[0-9a-f]{16}"$/);
    assert.match(await res.text(), /header\.site/);
  });

  it('serves the icon as SVG', async () => {
    const res = await get('/assets/favicon.svg');
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    assert.match(await res.text(), /^<svg /);
  });

  it('answers 304 when the ETag matches', async () => {
    const etag = (await get('/assets/textops.css')).headers.get('etag') ?? '';
    const res = await get('/assets/textops.css', { 'if-none-match': `W/${etag}` });
    assert.equal(res.status, 304);
  });

  it('has the same hash in the ETag as in the pages that link it', async () => {
    const etag = (await get('/assets/textops.css')).headers.get('etag') ?? '';
    assert.ok((await (await get('/')).text()).includes(`/assets/textops.css?v=${etag.slice(1, -1)}`));
  });
});

/**
 * Inputs the server used to accept or answer wrongly, through the real server (serve all, SQLite):
 * an absolute-form target reaches the service its path names; the feed and the API answer their
 * errors as problem+json whatever Accept says; a cursor issued for a record from before 1970 is
 * accepted back.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { sendRaw } from './raw-http.ts';
import { openSqliteStore } from '../../src/db/sqlite.ts';

let app: TestApp;
let port: number;
before(async () => {
  app = await startTestApp('all');
  port = app.port;
});
after(() => app.stop());

describe('an absolute-form request target', () => {
  it('is routed by its path: POST http://host/api/space reaches the api and saves', async () => {
    const body = '{"id":"absolute","text":"helloworld"}';
    const response = await sendRaw(
      port,
      `POST http://example.com/api/space HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    assert.equal(response.status, 201, response.body);
    assert.equal(JSON.parse(response.body).processed, 'hello world');
  });
});

describe('errors of the feed and the API', () => {
  const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const cases: [string, RequestInit, number][] = [
    ['/records.json?limit=0', {}, 400],
    ['/records.json?after=nope', {}, 400],
    ['/api/nowhere', {}, 404],
    ['/api/spell', { method: 'PUT' }, 405],
    ['/api/spell', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } }, 415],
  ];
  for (const [path, init, status] of cases) {
    it(`answers ${init.method ?? 'GET'} ${path} with a problem+json ${status} even to a browser's Accept`, async () => {
      const response = await fetch(app.url + path, { ...init, headers: { accept: browserAccept, ...(init.headers as Record<string, string>) } });
      assert.equal(response.status, status);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(((await response.json()) as { status: number }).status, status);
    });
  }

  it('still answers a browser posting an api form with an HTML page', async () => {
    const response = await fetch(`${app.url}/api/spell`, { method: 'POST', body: 'text=', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: browserAccept } });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  });

  it('still answers HTML errors on the history page', async () => {
    const response = await fetch(`${app.url}/?limit=0`, { headers: { accept: browserAccept } });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  });
});

describe('a legacy record dated before 1970', () => {
  it('gets a cursor that the next page accepts', async () => {
    const store = await openSqliteStore(app.databaseUrl.slice('sqlite:'.length));
    try {
      for (const [legacyId, year] of [['moon-landing', 1969], ['older', 1950]] as const) {
        await store.saveLegacy({ legacyId, tag: 'old', operation: 'spell', original: 'teh', processed: 'the', sourceLanguage: null, engine: 'legacy-import', createdAt: new Date(Date.UTC(year, 6, 20)) });
      }
    } finally {
      await store.close();
    }
    const first = (await (await fetch(`${app.url}/records.json?tag=old&limit=1`)).json()) as { records: { createdAt: string }[]; nextUrl: string | null };
    assert.equal(first.records[0]?.createdAt, '1969-07-20T00:00:00.000Z');
    assert.notEqual(first.nextUrl, null);
    const second = await fetch(app.url + first.nextUrl);
    assert.equal(second.status, 200);
    assert.equal(((await second.json()) as { records: { createdAt: string }[] }).records[0]?.createdAt, '1950-07-20T00:00:00.000Z');
  });
});

/**
 * Cross-site form posts through the real server: another site cannot make a visitor's browser
 * save records (403, nothing saved), while a same-origin form post and curl still work.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';

let app: TestApp;
before(async () => (app = await startTestApp('all')));
after(() => app.stop());

const form = (headers: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
  body: 'id=csrf&text=thequickbrownfox',
});

async function saved(): Promise<number> {
  // The rows, not the total: a total may be reused for a second (HISTORY_COUNT_TTL_MS).
  return ((await (await fetch(`${app.url}/records.json?tag=csrf`)).json()) as { records: unknown[] }).records.length;
}

describe('a form post from another site', () => {
  it('is refused with 403 and saves nothing (Sec-Fetch-Site)', async () => {
    const response = await fetch(`${app.url}/api/space`, form({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }));
    assert.equal(response.status, 403);
    assert.match(await response.text(), /another site/);
    assert.equal(await saved(), 0);
  });

  it('is refused with 403 and saves nothing (Origin only, an older browser)', async () => {
    const response = await fetch(`${app.url}/api/space`, form({ origin: 'https://evil.example' }));
    assert.equal(response.status, 403);
    await response.body?.cancel();
    assert.equal(await saved(), 0);
  });

  it('is refused with 403 on the record review too (home\'s only unsafe route)', async () => {
    const response = await fetch(`${app.url}/records/1/review`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' }, body: 'c0=k' });
    assert.equal(response.status, 403);
    await response.body?.cancel();
  });
});

describe('requests that must still work', () => {
  it('accepts a same-origin form post as a browser sends it', async () => {
    const response = await fetch(`${app.url}/api/space`, { ...form({ 'sec-fetch-site': 'same-origin', origin: app.url }), redirect: 'manual' });
    // Post/Redirect/Get: the record is saved and the browser is sent to its page.
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location') ?? '', /^\/records\/\d+$/);
    await response.body?.cancel();
  });

  it('accepts curl, which sends neither header', async () => {
    const response = await fetch(`${app.url}/api/space`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":"csrf","text":"helloworld"}' });
    assert.equal(response.status, 201);
    await response.body?.cancel();
    assert.equal(await saved(), 2);
  });

  it('lets another site link to the history (a GET)', async () => {
    const response = await fetch(`${app.url}/`, { headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(response.status, 200);
    await response.body?.cancel();
  });
});

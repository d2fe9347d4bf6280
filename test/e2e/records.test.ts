/**
 * The record page, its review, search and export through the real server (serve all, SQLite).
 * Records with ranked alternatives are written straight into the same database file through the
 * store, as the spelling engine's alternatives would be.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, getJson, postForm, postJson, type TestApp } from '../support/app.ts';
import { openSqliteStore } from '../../src/db/sqlite.ts';
import type { ImportingStore, SavedRecord } from '../../src/db/store.ts';

let app: TestApp;
let store: ImportingStore;
let withAlternatives: SavedRecord;

before(async () => {
  app = await startTestApp('all');
  store = await openSqliteStore(app.databaseUrl.replace(/^sqlite:/, ''));
  withAlternatives = await store.save({
    tag: 'review-me', operation: 'spell', original: 'I beleive it', processed: 'I believe it', sourceLanguage: null, engine: 'textops-spell/1',
    edits: [{ offset: 2, length: 7, replacement: 'believe', confidence: 0.7, alternatives: [{ word: 'relieve', confidence: 0.2 }, { word: 'bereave', confidence: 0.1 }] }],
  });
});
after(async () => {
  await store?.close();
  await app?.stop();
});

const html = async (path: string) => {
  const response = await fetch(app.url + path, { headers: { accept: 'text/html' } });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

describe('the record page', () => {
  it('shows the full texts, the change as visible text and its alternatives', async () => {
    const long = `${'word '.repeat(100)}speling`;
    const { json } = await postJson(`${app.url}/api/spell`, { id: 'full', text: long });
    const { status, body } = await html(`/records/${json.id}`);
    assert.equal(status, 200);
    assert.ok(body.includes(`${'word '.repeat(100)}<del>speling</del>`), 'the whole original is on the page, longer than the history\'s 200 characters');
    assert.match(body, /<del>speling<\/del> → <ins>spelling<\/ins>/);
    const page = (await html(`/records/${withAlternatives.id}`)).body;
    assert.match(page, /<input type="radio" name="c0" value="a0"> relieve <span class="muted">20%<\/span>/);
    assert.match(page, /keep “beleive”/);
  });

  it('is linked from each history row', async () => {
    const { body } = await html('/?tag=review-me');
    assert.match(body, new RegExp(`<a href="/records/${withAlternatives.id}"`));
  });

  it('answers JSON at /records/:id.json and by Accept, and plain text at /records/:id.txt', async () => {
    const json = await getJson(`${app.url}/records/${withAlternatives.id}.json`);
    assert.equal(json.processed, 'I believe it');
    assert.deepEqual(json.edits[0].alternatives, [{ word: 'relieve', confidence: 0.2 }, { word: 'bereave', confidence: 0.1 }]);
    const text = await fetch(`${app.url}/records/${withAlternatives.id}.txt`);
    assert.equal(await text.text(), 'I believe it');
    assert.match(text.headers.get('content-disposition') ?? '', /attachment/);
  });

  it('answers 404 for a record that does not exist or a malformed id', async () => {
    for (const path of ['/records/999999', '/records/0', '/records/abc', '/records/1.html']) assert.equal((await html(path)).status, 404, path);
  });

  it('says so when the result is the same as the original', async () => {
    const { json } = await postJson(`${app.url}/api/spell`, { text: 'all fine here' });
    assert.match((await html(`/records/${json.id}`)).body, /The result is the same as the original/);
  });
});

describe('reviewing a correction', () => {
  it('saves the chosen alternative as a new record linked to its source (303 to it), leaving the source as it was', async () => {
    const posted = await postForm(`${app.url}/records/${withAlternatives.id}/review`, { c0: 'a0' }, { follow: false });
    assert.equal(posted.status, 303);
    const location = posted.headers.get('location') ?? '';
    const reviewed = await getJson(`${app.url}${location}.json`);
    assert.equal(reviewed.processed, 'I relieve it');
    assert.equal(reviewed.sourceId, withAlternatives.id);
    assert.equal(reviewed.edits[0].replacement, 'relieve');
    assert.equal((await getJson(`${app.url}/records/${withAlternatives.id}.json`)).processed, 'I believe it');
    assert.match((await html(location)).body, new RegExp(`Reviewed from</dt><dd><a href="/records/${withAlternatives.id}">`));
  });

  it('keeps the original word when asked', async () => {
    const { url } = await postForm(`${app.url}/records/${withAlternatives.id}/review`, { c0: 'k' });
    assert.equal((await getJson(`${url}.json`)).processed, 'I beleive it');
  });

  it('offers the spelling engine\'s own ranked alternatives, and saves the one the reader picks', async () => {
    const { json } = await postJson(`${app.url}/api/spell`, { id: 'engine-alternatives', text: 'I have a few mistaks' });
    assert.equal(json.processed, 'I have a few mistakes');
    const { body } = await html(`/records/${json.id}`);
    assert.match(body, /<input type="radio" name="c0" value="a0"> mistake\b/);
    const posted = await postForm(`${app.url}/records/${json.id}/review`, { c0: 'a0' }, { follow: false });
    assert.equal(posted.status, 303);
    const reviewed = await getJson(`${app.url}${posted.headers.get('location')}.json`);
    assert.equal(reviewed.processed, 'I have a few mistake');
    assert.equal(reviewed.sourceId, json.id);
  });

  it('refuses a choice the record does not offer', async () => {
    assert.equal((await postForm(`${app.url}/records/${withAlternatives.id}/review`, { c0: 'a7' })).status, 400);
  });
});

describe('searching the history', () => {
  it('matches tags by prefix in any case, words in the texts, and names the filter when nothing matches', async () => {
    await postJson(`${app.url}/api/space`, { id: 'Search-Tag-1', text: 'zebracrossing' });
    await postJson(`${app.url}/api/space`, { id: 'search-tag-2', text: 'giraffeneck' });
    assert.equal((await getJson(`${app.url}/records.json?tag_prefix=SEARCH-tag`)).total, 2);
    const found = await getJson(`${app.url}/records.json?q=giraffe`);
    assert.deepEqual(found.records.map((r: { tag: string }) => r.tag), ['search-tag-2']);
    const none = (await html('/?tag_prefix=nobody-has-this')).body;
    assert.match(none, /No records match tags starting with “nobody-has-this”\./);
  });

  it('filters by a date range and refuses a malformed date', async () => {
    const today = new Date().toISOString().slice(0, 10);
    assert.ok((await getJson(`${app.url}/records.json?since=${today}&until=${today}`)).total >= 2);
    assert.equal((await getJson(`${app.url}/records.json?until=2000-01-01`)).total, 0);
    assert.equal((await fetch(`${app.url}/records.json?since=2026-02-30`)).status, 400);
  });

  it('counts what is shown and links Older and Newer pages', async () => {
    for (let i = 0; i < 5; i++) await postJson(`${app.url}/api/space`, { id: 'pages', text: `page${i}text` });
    const first = (await html('/?tag=pages&limit=2')).body;
    assert.match(first, /1–2 of 5 records matching these filters/);
    const older = /<a rel="next" href="([^"]+)"/.exec(first)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const second = (await html(older)).body;
    assert.match(second, /3–4 of 5 records/);
    const newer = /<a rel="prev" href="([^"]+)"/.exec(second)?.[1]?.replaceAll('&amp;', '&') ?? '';
    assert.match((await html(newer)).body, /1–2 of 5 records/);
  });

  it('exports the filtered history as CSV', async () => {
    const response = await fetch(`${app.url}/records.csv?tag=pages`);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = (await response.text()).trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,created_at,tag,operation,source_language,engine,original,processed');
    assert.equal(lines.length, 6);
    assert.ok(lines.slice(1).every((line) => line.includes(',pages,space,')));
  });

  it('shows friendly operation names and links the exports', async () => {
    const { body } = await html('/?tag=pages');
    assert.match(body, /<td class="op">Spaces<\/td>/);
    assert.match(body, /<a href="\/records\.csv\?tag=pages">CSV<\/a>/);
  });
});

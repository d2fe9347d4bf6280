/**
 * Translation end to end: the real server, the real @google-cloud/translate client (or fetch for
 * LibreTranslate) and a local stand-in of the provider's REST API on loopback. Checks what is
 * saved, and that a failing or slow provider is a 502 or 504 with nothing saved.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, getJson, postJson, postForm, type TestApp } from '../support/app.ts';
import { startGoogleStandIn, type GoogleStandIn } from '../standins/google-translate.ts';
import { startLibreTranslateStandIn } from '../standins/libretranslate.ts';
import type { StandIn } from '../standins/standin-server.ts';
import { LATE_MS } from '../support/timing.ts';

describe('translation through Google Cloud Translation (stand-in)', () => {
  let google: GoogleStandIn;
  let app: TestApp;
  before(async () => {
    google = await startGoogleStandIn({ apiKey: 'e2e-key' });
    app = await startTestApp('all', { GOOGLE_TRANSLATE_API_KEY: 'e2e-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: google.endpoint, TRANSLATE_TIMEOUT_MS: '500' });
  });
  after(async () => {
    await app.stop();
    await google.close();
  });

  it('translates to English, stores the detected language, and shows it on home', async () => {
    const { status, json } = await postJson(`${app.url}/api/translate`, { id: 'fr-1', text: 'Le chat est sur la table.' });
    assert.equal(status, 201);
    assert.equal(json.processed, 'The cat is on the table.');
    assert.equal(json.sourceLanguage, 'fr');
    assert.equal(json.engine, 'google-v2');
    assert.equal(json.edits, null);
    const last = google.requests.at(-1)!;
    assert.equal(last.query.key, 'e2e-key');
    assert.deepEqual(last.body, { q: ['Le chat est sur la table.'], target: 'en', format: 'text' });
    const page = await (await fetch(`${app.url}/?tag=fr-1`)).text();
    assert.match(page, /French → English/);
  });

  it('shows the record page with the language by name for a form post', async () => {
    const { status, html } = await postForm(`${app.url}/api/translate`, { id: 'de-1', text: 'Hallo Welt' });
    assert.equal(status, 200);
    assert.match(html, /<dt>Language<\/dt><dd>German → English<\/dd>/);
    assert.match(html, /Hello world/);
  });

  it('answers 502 with the provider\'s message when Google fails, and saves nothing', async () => {
    google.setMode({ kind: 'fail', status: 403, message: 'Daily Limit Exceeded' });
    try {
      const before = (await getJson(`${app.url}/records.json?op=translate`)).total;
      const { status, json } = await postJson(`${app.url}/api/translate`, { text: 'Bonjour' });
      assert.equal(status, 502);
      assert.match(json.detail, /Daily Limit Exceeded/);
      assert.doesNotMatch(JSON.stringify(json), /e2e-key/);
      assert.equal((await getJson(`${app.url}/records.json?op=translate`)).total, before);
    } finally {
      google.setMode({ kind: 'answer' });
    }
  });

  it('translates from the language the reader chose, and refuses a code that is not one', async () => {
    const { status, json } = await postJson(`${app.url}/api/translate`, { id: 'chosen', text: 'Bonjour le monde', source: 'fr' });
    assert.equal(status, 201);
    assert.equal(json.sourceLanguage, 'fr');
    assert.equal((google.requests.at(-1)!.body as { source?: string }).source, 'fr');
    assert.equal((await postJson(`${app.url}/api/translate`, { text: 'Bonjour', source: 'French!' })).status, 400);
  });

  it('offers to translate again from a chosen language when the language was not detected', async () => {
    const { json } = await postJson(`${app.url}/api/translate`, { id: 'unknown', text: 'Zxqv plonk' });
    assert.equal(json.sourceLanguage, null);
    const page = await (await fetch(`${app.url}/records/${json.id}`)).text();
    assert.match(page, /The language was not detected/);
    assert.match(page, /<input type="hidden" name="text" value="Zxqv plonk">/);
    assert.match(page, /<select id="source" name="source"/);
  });

  it('offers the source language on the form, by name', async () => {
    const page = await (await fetch(`${app.url}/api/translate`)).text();
    assert.match(page, /<option value="">Detect the language<\/option>/);
    assert.match(page, /<option value="fr">French<\/option>/);
  });

  it('answers 504 within the timeout when Google is slow, while other routes keep answering', async () => {
    google.setMode({ kind: 'hang' });
    try {
      const started = Date.now();
      const pending = postJson(`${app.url}/api/translate`, { text: 'Bonjour' });
      const meanwhile = await postJson(`${app.url}/api/space`, { text: 'stillserving' });
      assert.equal(meanwhile.status, 201);
      const { status } = await pending;
      assert.equal(status, 504);
      assert.ok(Date.now() - started < 500 + LATE_MS, `took ${Date.now() - started} ms`);
    } finally {
      google.setMode({ kind: 'answer' });
    }
  });
});

describe('translation through LibreTranslate (stand-in)', () => {
  let libre: StandIn;
  let app: TestApp;
  before(async () => {
    libre = await startLibreTranslateStandIn();
    app = await startTestApp('all', { LIBRETRANSLATE_URL: libre.url });
  });
  after(async () => {
    await app.stop();
    await libre.close();
  });

  it('translates to English and stores the detected language', async () => {
    const { status, json } = await postJson(`${app.url}/api/translate`, { id: 'es-1', text: 'Hola mundo' });
    assert.equal(status, 201);
    assert.equal(json.processed, 'Hello world');
    assert.equal(json.sourceLanguage, 'es');
    assert.equal(json.engine, 'libretranslate');
    assert.equal(libre.requests.at(-1)!.path, '/translate');
  });

  it('sends the chosen source language instead of auto', async () => {
    const { json } = await postJson(`${app.url}/api/translate`, { text: 'Hola mundo', source: 'es' });
    assert.equal(json.sourceLanguage, 'es');
    assert.equal((libre.requests.at(-1)!.body as { source?: string }).source, 'es');
  });
});

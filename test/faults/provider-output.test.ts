/**
 * A translation provider whose answers are unusable (the Google v2 stand-in through the real
 * client): an over-long detected language, a 17 MB translation, control characters and lone
 * surrogates are a 502 naming the problem, not a 500 and not a record that differs from the 201
 * body; an error page of 160,000 '<' is answered at once. Nothing is saved for any of them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, postJson, type TestApp } from '../support/app.ts';
import { startGoogleStandIn, type GoogleStandIn } from '../standins/google-translate.ts';
import { LATE_MS } from '../support/timing.ts';

const googleAnswer = (translatedText: string, detectedSourceLanguage: string) =>
  JSON.stringify({ data: { translations: [{ translatedText, detectedSourceLanguage }] } });

const UNUSABLE: [string, string, RegExp][] = [
  ['an over-long detected language', googleAnswer('Hello', 'x'.repeat(5_000)), /detected language/],
  ['a 17 MB translation', googleAnswer('a'.repeat(17_000_000), 'fr'), /longer than/],
  ['a NUL in the translation', googleAnswer('Hel\u0000lo', 'fr'), /U\+0000/],
  ['a C1 control in the translation', googleAnswer('Hel\u0085lo', 'fr'), /U\+0085/],
  ['a lone surrogate in the translation', '{"data":{"translations":[{"translatedText":"Hi \\ud800","detectedSourceLanguage":"fr"}]}}', /unpaired surrogate/],
];

describe('a provider whose answers are unusable', () => {
  let google: GoogleStandIn;
  let app: TestApp;
  before(async () => {
    google = await startGoogleStandIn({ apiKey: 'output-key' });
    app = await startTestApp('all', { GOOGLE_TRANSLATE_API_KEY: 'output-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: google.endpoint, TRANSLATE_TIMEOUT_MS: '10000' });
  });
  after(async () => {
    await app?.stop();
    await google?.close();
  });

  for (const [what, body, message] of UNUSABLE) {
    it(`answers 502 for ${what} and saves nothing`, async () => {
      google.setMode({ kind: 'reply', status: 200, contentType: 'application/json; charset=utf-8', body });
      const { status, json } = await postJson(`${app.url}/api/translate`, { id: 'unusable', text: 'Bonjour' });
      assert.equal(status, 502, JSON.stringify(json).slice(0, 300));
      assert.match(json.detail, message);
      const page = (await (await fetch(`${app.url}/records.json?tag=unusable`)).json()) as { records: unknown[] };
      assert.equal(page.records.length, 0);
    });
  }

  it('answers an error page of 160,000 "<" with a prompt 502', async () => {
    google.setMode({ kind: 'reply', status: 502, contentType: 'text/html', body: '<'.repeat(160_000) });
    const started = performance.now();
    const { status } = await postJson(`${app.url}/api/translate`, { id: 'unusable', text: 'Bonjour' });
    assert.equal(status, 502);
    assert.ok(performance.now() - started < LATE_MS, `took ${Math.round(performance.now() - started)} ms`);
  });

  it('still saves a good answer exactly as the 201 body shows it', async () => {
    google.setMode({ kind: 'answer' });
    const { status, json } = await postJson(`${app.url}/api/translate`, { id: 'usable', text: 'Bonjour' });
    assert.equal(status, 201, JSON.stringify(json));
    const page = (await (await fetch(`${app.url}/records.json?tag=usable`)).json()) as { records: { processed: string; sourceLanguage: string }[] };
    assert.equal(page.records[0]?.processed, json.processed);
    assert.equal(page.records[0]?.sourceLanguage, json.sourceLanguage);
  });
});

/**
 * The real `@google-cloud/translate` v2 client against the Google stand-in on loopback: what it
 * sends, what comes back, and every way the call can fail. No test touches the network.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it, mock } from 'node:test';
import { HttpError } from '../../http/errors.ts';
import { startGoogleStandIn } from '../../../test/standins/google-translate.ts';
import type { GoogleStandIn } from '../../../test/standins/google-translate.ts';
import { createGoogleTranslator } from './google.ts';
import { closedPort, rejectsWith } from './testing/failures.ts';
import { LATE_MS } from '../../../test/support/timing.ts';

const KEY = 'AIza-test/key+with=odd&chars';

describe('Google v2 translator', () => {
  let google: GoogleStandIn;
  before(async () => {
    google = await startGoogleStandIn({ apiKey: KEY });
  });
  after(() => google.close());
  beforeEach(() => {
    google.setMode({ kind: 'answer' });
    google.requests.length = 0;
  });
  const translator = (timeoutMs = 2000, apiKey = KEY) => createGoogleTranslator({ apiKey, endpoint: google.endpoint }, timeoutMs);

  it('sends one POST with the key in the query and q, target=en, format=text as JSON', async () => {
    await translator().translate('Bonjour le monde');
    assert.equal(google.requests.length, 1);
    const [request] = google.requests;
    assert.ok(request);
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/language/translate/v2');
    assert.deepEqual(request.query, { key: KEY });
    assert.match(String(request.headers['content-type']), /^application\/json/);
    assert.deepEqual(request.body, { q: ['Bonjour le monde'], format: 'text', target: 'en' });
  });

  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['Bonjour le monde', 'Hello world', 'fr'],
    ['El gato está en la mesa.', 'The cat is on the table.', 'es'],
    ['Ich weiß es nicht!', "I don't know!", 'de'],
    ['Il gatto è sul tavolo', 'The cat is on the table', 'it'],
    ['mon ami et le chien', 'my friend and the dog', 'fr'],
    ['Hello world', 'Hello world', 'en'],
    ['12345 ?!', '12345 ?!', null],
  ];
  for (const [text, english, language] of cases) {
    it(`translates ${JSON.stringify(text)} and stores the detected language ${String(language)}`, async () => {
      assert.deepEqual(await translator().translate(text), { text: english, sourceLanguage: language });
    });
  }

  it('round-trips emoji, CJK, <, & and quotes unmangled', async () => {
    const result = await translator().translate('Bonjour 🌍 世界 <b>chat</b> & "rouge" it\'s');
    assert.deepEqual(result, { text: 'Hello 🌍 世界 <b>cat</b> & "red" it\'s', sourceLanguage: 'fr' });
    assert.equal((google.requests[0]?.body as { q: string[] } | undefined)?.q[0], 'Bonjour 🌍 世界 <b>chat</b> & "rouge" it\'s');
  });

  it("answers 502 with Google's message when Google answers an error, after exactly one request", async () => {
    const failing = translator();
    await failing.translate('Hola');
    google.requests.length = 0;
    google.setMode({ kind: 'fail', status: 503, message: 'The service is currently unavailable.' });
    const started = performance.now();
    await rejectsWith(failing.translate('Bonjour'), 502, 'Google Translate: The service is currently unavailable. (HTTP 503)', KEY);
    assert.ok(performance.now() - started < LATE_MS, 'no retry with backoff happened');
    assert.equal(google.requests.length, 1);
  });

  it('answers 502 naming a rejected key without repeating it', async () => {
    const wrongKey = 'AIza-wrong-key-123';
    await rejectsWith(translator(2000, wrongKey).translate('Bonjour'), 502, 'Google Translate: API key not valid. Please pass a valid API key. (HTTP 400)', wrongKey);
  });

  it('answers 502 when a 200 answer is not a translation, without an unhandled rejection', async () => {
    google.setMode({ kind: 'garbage' });
    await rejectsWith(translator().translate('Bonjour'), 502, /^Google Translate: unexpected answer/, KEY);
    assert.equal(google.requests.length, 1);
  });

  it('answers 502 when the connection is reset', async () => {
    google.setMode({ kind: 'reset' });
    await rejectsWith(translator().translate('Bonjour'), 502, 'Google Translate: connection failed (ECONNRESET)', KEY);
    assert.equal(google.requests.length, 1);
  });

  it('answers 502 when nothing listens at the endpoint', async () => {
    const port = await closedPort();
    const refused = createGoogleTranslator({ apiKey: KEY, endpoint: `http://127.0.0.1:${port}/language/translate/v2` }, 2000);
    await rejectsWith(refused.translate('Bonjour'), 502, 'Google Translate: connection failed (ECONNREFUSED)', KEY);
  });

  it('answers 504 within the timeout when Google is slow', async () => {
    const slow = translator(300);
    await slow.translate('Bonjour');
    // Slower than the bound, so an answer that waited for Google instead of the timeout fails.
    google.setMode({ kind: 'slow', delayMs: 300 + LATE_MS });
    const started = performance.now();
    await rejectsWith(slow.translate('Bonjour'), 504, 'Google Translate did not answer within 300 ms', KEY);
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 290 && elapsed < 300 + LATE_MS, `took ${Math.round(elapsed)} ms`);
    assert.equal(google.requests.length, 2);
  });

  it('answers 504 when Google never answers', async () => {
    google.setMode({ kind: 'hang' });
    await rejectsWith(translator(300).translate('Bonjour'), 504, /did not answer within 300 ms/, KEY);
    assert.equal(google.requests.length, 1);
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    google.setMode({ kind: 'hang' });
    const reason = new Error('client went away');
    const controller = new AbortController();
    const pending = translator(5000).translate('Bonjour', controller.signal);
    setTimeout(() => controller.abort(reason), 100);
    await assert.rejects(pending, (error) => error === reason);
    assert.equal(google.requests.length, 1);
  });

  it('sends to the default Google endpoint path when the endpoint has a trailing slash', async () => {
    const slashed = createGoogleTranslator({ apiKey: KEY, endpoint: google.endpoint + '/' }, 2000);
    assert.equal((await slashed.translate('Hola mundo')).text, 'Hello world');
    assert.equal(google.requests[0]?.path, '/language/translate/v2');
  });

  it("follows the configured endpoint even when the library's own GOOGLE_CLOUD_TRANSLATE_ENDPOINT says otherwise", async () => {
    const port = await closedPort();
    process.env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT = `http://127.0.0.1:${port}/elsewhere`;
    try {
      assert.equal((await translator().translate('Grazie mille')).text, 'Thank you very much');
      assert.equal(google.requests.length, 1);
    } finally {
      delete process.env.GOOGLE_CLOUD_TRANSLATE_ENDPOINT;
    }
  });

  it('reports itself as engine google-v2', () => {
    assert.equal(translator().engine, 'google-v2');
  });

  it('uses HttpError for every failure', async () => {
    google.setMode({ kind: 'fail', status: 429, message: 'User Rate Limit Exceeded' });
    await assert.rejects(translator().translate('Bonjour'), HttpError);
  });
});

describe('Google v2 translator with a credentials file (Application Default Credentials)', () => {
  let google: GoogleStandIn;
  let dir: string;
  let credentialsFile: string;
  before(async () => {
    google = await startGoogleStandIn();
    dir = await mkdtemp(path.join(tmpdir(), 'textops-google-'));
    credentialsFile = await google.credentialsFile(dir);
    // google-auth-library warns on the console that keyFilename is "deprecated" and this file type unvalidated.
    mock.method(console, 'warn', () => undefined);
  });
  after(async () => {
    mock.restoreAll();
    await google.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    google.setMode({ kind: 'answer' });
    google.requests.length = 0;
  });

  it('gets a token from the file and sends it as a Bearer header, with no key', async () => {
    const translator = createGoogleTranslator({ credentialsFile, projectId: 'textops-test', endpoint: google.endpoint }, 5000);
    assert.deepEqual(await translator.translate('Merci beaucoup'), { text: 'Thank you very much', sourceLanguage: 'fr' });
    const [request, ...more] = google.requests.filter((r) => r.path.startsWith('/language/translate/v2'));
    assert.ok(request && more.length === 0, 'one translate request');
    assert.equal(request.headers.authorization, `Bearer ${google.accessToken}`);
    assert.deepEqual(request.query, {});
    assert.deepEqual(request.body, { q: ['Merci beaucoup'], format: 'text', target: 'en' });
  });

  it("answers 502 with Google's message after exactly one request, without retrying", async () => {
    const translator = createGoogleTranslator({ credentialsFile, endpoint: google.endpoint }, 5000);
    await translator.translate('Hola');
    google.requests.length = 0;
    google.setMode({ kind: 'fail', status: 503, message: 'The service is currently unavailable.' });
    await rejectsWith(translator.translate('Hola'), 502, 'Google Translate: The service is currently unavailable. (HTTP 503)', google.accessToken);
    assert.equal(google.requests.length, 1);
  });
});

describe('Google v2 translator with both a key and a credentials file', () => {
  it('uses the key and never reads the file', async () => {
    const google = await startGoogleStandIn({ apiKey: KEY });
    try {
      const translator = createGoogleTranslator({ apiKey: KEY, credentialsFile: '/nonexistent/credentials.json', endpoint: google.endpoint }, 2000);
      assert.equal((await translator.translate('Vielen Dank')).text, 'Thank you very much');
      assert.deepEqual(google.requests.map((r) => [r.path, r.query.key, r.headers.authorization]), [['/language/translate/v2', KEY, undefined]]);
    } finally {
      await google.close();
    }
  });
});

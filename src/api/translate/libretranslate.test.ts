/**
 * The LibreTranslate translator (fetch) against the LibreTranslate stand-in on loopback: what it
 * sends, what comes back, and every way the call can fail. No test touches the network.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startLibreTranslateStandIn } from '../../../test/standins/libretranslate.ts';
import type { StandIn } from '../../../test/standins/standin-server.ts';
import { createLibreTranslateTranslator, readTranslation } from './libretranslate.ts';
import { closedPort, rejectsWith } from './testing/failures.ts';
import { LATE_MS } from '../../../test/support/timing.ts';

const KEY = 'libre-key/with+odd=chars';

describe('LibreTranslate translator', () => {
  let libre: StandIn;
  before(async () => {
    libre = await startLibreTranslateStandIn({ apiKey: KEY });
  });
  after(() => libre.close());
  beforeEach(() => {
    libre.setMode({ kind: 'answer' });
    libre.requests.length = 0;
  });
  const translator = (timeoutMs = 2000, apiKey: string | undefined = KEY) => createLibreTranslateTranslator({ url: libre.url, apiKey }, timeoutMs);

  it('sends one POST /translate with q, source=auto, target=en, format=text and the key as JSON', async () => {
    await translator().translate('Hola mundo');
    assert.equal(libre.requests.length, 1);
    const [request] = libre.requests;
    assert.ok(request);
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/translate');
    assert.match(String(request.headers['content-type']), /^application\/json/);
    assert.deepEqual(request.body, { q: 'Hola mundo', source: 'auto', target: 'en', format: 'text', api_key: KEY });
  });

  it('sends no api_key when none is configured', async () => {
    const open = await startLibreTranslateStandIn();
    try {
      const result = await createLibreTranslateTranslator({ url: open.url }, 2000).translate('Hallo Welt');
      assert.deepEqual(result, { text: 'Hello world', sourceLanguage: 'de' });
      assert.equal('api_key' in (open.requests[0]?.body as object), false);
    } finally {
      await open.close();
    }
  });

  it('keeps a path prefix in the configured URL', async () => {
    const prefixed = createLibreTranslateTranslator({ url: `${libre.url}/libre/`, apiKey: KEY }, 2000);
    await rejectsWith(prefixed.translate('Hola'), 502, 'LibreTranslate: Not Found (HTTP 404)', KEY);
    assert.equal(libre.requests[0]?.path, '/libre/translate');
  });

  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['Bonjour le monde', 'Hello world', 'fr'],
    ['¿Dónde está la estación?', 'Where is the station?', 'es'],
    ['Vielen Dank.', 'Thank you very much.', 'de'],
    ['Hello world', 'Hello world', 'en'],
    ['🙂 42', '🙂 42', null],
  ];
  for (const [text, english, language] of cases) {
    it(`translates ${JSON.stringify(text)} and stores the detected language ${String(language)}`, async () => {
      assert.deepEqual(await translator().translate(text), { text: english, sourceLanguage: language });
    });
  }

  it('round-trips emoji, CJK, <, & and quotes unmangled', async () => {
    const result = await translator().translate('Hola 🌍 世界 <b>gato</b> & "rojo" it\'s');
    assert.deepEqual(result, { text: 'Hello 🌍 世界 <b>cat</b> & "red" it\'s', sourceLanguage: 'es' });
  });

  it("answers 502 with LibreTranslate's message when it answers an error, after exactly one request", async () => {
    libre.setMode({ kind: 'fail', status: 429, message: 'Too many request limits violations' });
    await rejectsWith(translator().translate('Hola'), 502, 'LibreTranslate: Too many request limits violations (HTTP 429)', KEY);
    assert.equal(libre.requests.length, 1);
  });

  it('answers 502 naming a rejected key without repeating it', async () => {
    const wrongKey = 'wrong-libre-key-456';
    await rejectsWith(translator(2000, wrongKey).translate('Hola'), 502, 'LibreTranslate: Invalid API key (HTTP 403)', wrongKey);
  });

  it('answers 502 when a 200 answer is not a translation', async () => {
    libre.setMode({ kind: 'garbage' });
    await rejectsWith(translator().translate('Hola'), 502, 'LibreTranslate: unexpected answer (no translatedText)', KEY);
  });

  it('answers 502 when the connection is reset', async () => {
    libre.setMode({ kind: 'reset' });
    await rejectsWith(translator().translate('Hola'), 502, /^LibreTranslate: connection failed \((ECONNRESET|UND_ERR_SOCKET)\)$/, KEY);
  });

  it('answers 502 when nothing listens at the URL', async () => {
    const port = await closedPort();
    const refused = createLibreTranslateTranslator({ url: `http://127.0.0.1:${port}`, apiKey: KEY }, 2000);
    await rejectsWith(refused.translate('Hola'), 502, 'LibreTranslate: connection failed (ECONNREFUSED)', KEY);
  });

  it('answers 504 within the timeout when LibreTranslate is slow', async () => {
    // Slower than the bound, so an answer that waited for LibreTranslate instead of the timeout fails.
    libre.setMode({ kind: 'slow', delayMs: 300 + LATE_MS });
    const started = performance.now();
    await rejectsWith(translator(300).translate('Hola'), 504, 'LibreTranslate did not answer within 300 ms', KEY);
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 290 && elapsed < 300 + LATE_MS, `took ${Math.round(elapsed)} ms`);
    assert.equal(libre.requests.length, 1);
  });

  it('answers 504 when LibreTranslate never answers', async () => {
    libre.setMode({ kind: 'hang' });
    await rejectsWith(translator(300).translate('Hola'), 504, /did not answer within 300 ms/, KEY);
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    libre.setMode({ kind: 'hang' });
    const reason = new Error('client went away');
    const controller = new AbortController();
    const pending = translator(5000).translate('Hola', controller.signal);
    setTimeout(() => controller.abort(reason), 100);
    await assert.rejects(pending, (error) => error === reason);
  });

  it('reports itself as engine libretranslate', () => {
    assert.equal(translator().engine, 'libretranslate');
  });
});

describe('readTranslation (a LibreTranslate answer)', () => {
  const call = { provider: 'LibreTranslate', secrets: [] };
  const cases: ReadonlyArray<readonly [string, unknown, string, string | null]> = [
    ['with a detected language', { translatedText: 'hi', detectedLanguage: { confidence: 90, language: 'fr' } }, 'hi', 'fr'],
    ['without detectedLanguage (source was given)', { translatedText: 'hi' }, 'hi', null],
    ["with 'und' as the language", { translatedText: 'hi', detectedLanguage: { language: 'und' } }, 'hi', null],
    ['with an empty language', { translatedText: 'hi', detectedLanguage: { language: '' } }, 'hi', null],
    ['with an empty translation', { translatedText: '' }, '', null],
  ];
  for (const [label, answer, text, sourceLanguage] of cases) {
    it(`reads an answer ${label}`, () => {
      assert.deepEqual(readTranslation(answer, call), { text, sourceLanguage });
    });
  }
  for (const answer of [null, [], { translatedText: 3 }, { error: 'x' }, 'text']) {
    it(`answers 502 for ${JSON.stringify(answer)}`, () => {
      assert.throws(() => readTranslation(answer, call), { status: 502 });
    });
  }
});

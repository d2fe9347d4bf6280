/** The LibreTranslate stand-in's own behaviour, called with plain fetch (the client tests are in src/api/translate). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLibreTranslateStandIn } from './libretranslate.ts';
import type { StandIn } from './standin-server.ts';

describe('LibreTranslate stand-in', () => {
  let libre: StandIn;
  before(async () => {
    libre = await startLibreTranslateStandIn({ apiKey: 'good' });
  });
  after(() => libre.close());

  const post = async (body: Record<string, string>, type: 'json' | 'form' = 'json') => {
    const response = await fetch(libre.url + '/translate', type === 'json'
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : { method: 'POST', body: new URLSearchParams(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('translates with source=auto and reports the language with a percentage confidence', async () => {
    const answer = await post({ q: 'chat Zorglub', source: 'auto', target: 'en', api_key: 'good' });
    assert.deepEqual(answer, { status: 200, body: { translatedText: 'cat Zorglub', detectedLanguage: { confidence: 50, language: 'fr' } } });
  });

  it('accepts a form body and a given source, then reports no detected language', async () => {
    const answer = await post({ q: 'perro', source: 'es', target: 'en', api_key: 'good' }, 'form');
    assert.deepEqual(answer, { status: 200, body: { translatedText: 'dog' } });
  });

  const errors: ReadonlyArray<readonly [string, Record<string, string>, number, string]> = [
    ['a missing key', { q: 'x', source: 'auto', target: 'en' }, 403, 'Invalid API key'],
    ['no q', { source: 'auto', target: 'en', api_key: 'good' }, 400, 'Invalid request: missing q parameter'],
    ['a target other than English', { q: 'x', source: 'auto', target: 'de', api_key: 'good' }, 400, 'de is not supported'],
  ];
  for (const [label, body, status, message] of errors) {
    it(`answers ${status} { error } for ${label}`, async () => {
      assert.deepEqual(await post(body), { status, body: { error: message } });
    });
  }

  it('lists its languages, each translatable into English', async () => {
    const languages = (await (await fetch(libre.url + '/languages')).json()) as Array<{ code: string; targets: string[] }>;
    assert.deepEqual(languages.map((l) => l.code), ['fr', 'es', 'de', 'it', 'en']);
    assert.ok(languages.every((l) => l.targets.includes('en')));
  });

  it('ends a hung connection when it closes', async () => {
    const hanging = await startLibreTranslateStandIn();
    hanging.setMode({ kind: 'hang' });
    const pending = fetch(hanging.url + '/translate', { method: 'POST', body: '{}' });
    while (hanging.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await hanging.close();
    await assert.rejects(pending, TypeError);
  });
});

/** The Google stand-in's own behaviour, called with plain fetch (the client tests are in src/api/translate). */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startGoogleStandIn } from './google-translate.ts';
import type { GoogleStandIn } from './google-translate.ts';

describe('Google Translation v2 stand-in', () => {
  let google: GoogleStandIn;
  before(async () => {
    google = await startGoogleStandIn({ apiKey: 'good' });
  });
  after(() => google.close());
  beforeEach(() => google.setMode({ kind: 'answer' }));

  const post = async (body: unknown, query = '?key=good', headers: Record<string, string> = {}) => {
    const response = await fetch(google.endpoint + query, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it('translates each q and reports the detected language', async () => {
    const answer = await post({ q: ['Hallo Welt', 'Grazie mille'], target: 'en', format: 'text' });
    assert.deepEqual(answer, { status: 200, body: { data: { translations: [
      { translatedText: 'Hello world', detectedSourceLanguage: 'de' },
      { translatedText: 'Thank you very much', detectedSourceLanguage: 'it' },
    ] } } });
  });

  it('omits detectedSourceLanguage when the source is given', async () => {
    const answer = await post({ q: 'casa', source: 'it', target: 'en', format: 'text' });
    assert.deepEqual(answer.body.data.translations, [{ translatedText: 'house' }]);
  });

  it('treats the text as HTML by default, escaping & and quotes like Google', async () => {
    const answer = await post({ q: "Tom & l'ami", target: 'en' });
    assert.equal(answer.body.data.translations[0].translatedText, 'Tom &amp; l&#39;friend');
  });

  const errors: ReadonlyArray<readonly [string, unknown, string, Record<string, string>, number, string]> = [
    ['a wrong key', { q: 'x', target: 'en' }, '?key=bad', {}, 400, 'API key not valid. Please pass a valid API key.'],
    ['no credentials', { q: 'x', target: 'en' }, '', {}, 403, 'The request is missing a valid API key.'],
    ['a wrong token', { q: 'x', target: 'en' }, '', { authorization: 'Bearer nope' }, 401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'],
    ['no q', { target: 'en' }, '?key=good', {}, 400, 'Required Text'],
    ['a target other than English', { q: 'x', target: 'fr' }, '?key=good', {}, 400, 'Bad language pair: |fr'],
  ];
  for (const [label, body, query, headers, status, message] of errors) {
    it(`answers ${status} in Google's error shape for ${label}`, async () => {
      const answer = await post(body, query, headers);
      assert.equal(answer.status, status);
      assert.equal(answer.body.error.code, status);
      assert.equal(answer.body.error.message, message);
      assert.equal(answer.body.error.errors[0].message, message);
    });
  }

  it('fails on demand with the given status and message, and records every request', async () => {
    const before = google.requests.length;
    google.setMode({ kind: 'fail', status: 429, message: 'User Rate Limit Exceeded' });
    const answer = await post({ q: 'x', target: 'en' });
    assert.equal(answer.status, 429);
    assert.equal(answer.body.error.errors[0].reason, 'rateLimitExceeded');
    assert.equal(google.requests.length, before + 1);
    assert.deepEqual(google.requests.at(-1)?.query, { key: 'good' });
  });

  it('answers slowly on demand', async () => {
    google.setMode({ kind: 'slow', delayMs: 200 });
    const started = performance.now();
    assert.equal((await post({ q: 'x', target: 'en' })).status, 200);
    assert.ok(performance.now() - started >= 190);
  });

  it('grants its access token to a token exchange', async () => {
    const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token: 's' });
    const response = await fetch(google.url + '/token', { method: 'POST', body: form });
    assert.equal(((await response.json()) as { access_token: string }).access_token, google.accessToken);
  });
});

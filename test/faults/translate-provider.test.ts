/**
 * A translation provider that is slow, hangs, fails or talks nonsense (the Google v2 stand-in on
 * loopback, through the real @google-cloud/translate client): each translate request fails
 * within its timeout with 504 or 502 and a message, nothing is saved, and meanwhile the other
 * routes answer as fast as ever, because a waiting translation holds no thread, only a promise.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, postJson, type TestApp } from '../support/app.ts';
import { startGoogleStandIn, type GoogleStandIn } from '../standins/google-translate.ts';
import type { StandInMode } from '../standins/standin-server.ts';
import { LATE_MS } from '../support/timing.ts';

const TIMEOUT_MS = 1_000;

const FAILURES: ReadonlyArray<[name: string, mode: StandInMode, status: number, message: RegExp]> = [
  ['slower than the timeout', { kind: 'slow', delayMs: 5_000 }, 504, /did not answer within 1000 ms/],
  ['never answering', { kind: 'hang' }, 504, /did not answer within 1000 ms/],
  ['answering 500', { kind: 'fail', status: 500, message: 'Internal error encountered.' }, 502, /Internal error encountered/],
  ['answering 429 (quota)', { kind: 'fail', status: 429, message: 'User Rate Limit Exceeded' }, 502, /Rate Limit/],
  ['answering garbage', { kind: 'garbage' }, 502, /Google/],
  ['resetting the connection', { kind: 'reset' }, 502, /Google/],
];

describe('a slow or failing translation provider', () => {
  let google: GoogleStandIn;
  let app: TestApp;
  before(async () => {
    google = await startGoogleStandIn({ apiKey: 'fault-key' });
    app = await startTestApp('all', { GOOGLE_TRANSLATE_API_KEY: 'fault-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: google.endpoint, TRANSLATE_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  after(async () => {
    await app?.stop();
    await google?.close();
  });

  it('translates while the provider is healthy', async () => {
    google.setMode({ kind: 'answer' });
    const { status, json } = await postJson(`${app.url}/api/translate`, { id: 'healthy', text: 'Bonjour' });
    assert.equal(status, 201, JSON.stringify(json));
  });

  for (const [name, mode, expected, message] of FAILURES) {
    it(`answers ${expected} within the timeout when the provider is ${name}, and saves nothing`, async () => {
      google.setMode(mode);
      const before = (await (await fetch(`${app.url}/records.json?op=translate`)).json()) as { total: number };
      const started = performance.now();
      const { status, json } = await postJson(`${app.url}/api/translate`, { id: `fault-${expected}`, text: 'Bonjour le monde' });
      const took = performance.now() - started;
      assert.equal(status, expected, JSON.stringify(json));
      assert.match(json.detail, message);
      assert.doesNotMatch(json.detail, /fault-key/, 'the API key leaks into the message');
      assert.ok(took < TIMEOUT_MS + LATE_MS, `took ${Math.round(took)} ms`);
      const afterwards = (await (await fetch(`${app.url}/records.json?op=translate`)).json()) as { total: number };
      assert.equal(afterwards.total, before.total);
    });
  }

  it('keeps the other routes fast while ten translations hang', async () => {
    google.setMode({ kind: 'hang' });
    const hanging = Array.from({ length: 10 }, (_, i) => postJson(`${app.url}/api/translate`, { id: `hang-${i}`, text: 'Bonjour' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const spaced = await postJson(`${app.url}/api/space`, { id: 'beside-hang', text: 'stillfastmeanwhile' });
      const home = await fetch(`${app.url}/?limit=10`);
      await home.text();
      latencies.push(performance.now() - started);
      assert.equal(spaced.status, 201);
      assert.equal(home.status, 200);
    }
    const results = await Promise.all(hanging);
    assert.deepEqual(results.map((r) => r.status), Array(10).fill(504));
    assert.ok(Math.max(...latencies) < 500, `other routes took up to ${Math.round(Math.max(...latencies))} ms`);
    google.setMode({ kind: 'answer' });
  });
});

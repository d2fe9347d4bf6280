/**
 * Hostile and broken requests through the real server (serve all, SQLite, port 0): each of the
 * cases in body-cases.ts and request-cases.ts gets its expected 4xx with a message that names
 * the problem; none gets a 5xx, none hangs, none is saved, and the server answers normally after
 * each one and after all of them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, postJson, type TestApp } from '../support/app.ts';
import { requestBytes, sendRaw } from './raw-http.ts';
import type { HostileCase } from './cases.ts';
import { BODY_CASES } from './body-cases.ts';
import { REQUEST_CASES } from './request-cases.ts';

const CASES: HostileCase[] = [...BODY_CASES, ...REQUEST_CASES];

let app: TestApp;
let port: number;
before(async () => {
  app = await startTestApp('all');
  port = app.port;
});
after(() => app.stop());

async function stillAnswers(): Promise<void> {
  const response = await fetch(`${app.url}/healthz`);
  assert.equal(response.status, 200, 'the server stopped answering /healthz');
  await response.body?.cancel();
}

describe(`${CASES.length} hostile requests through the real server`, () => {
  it('has at least 200 distinct cases', () => {
    assert.ok(CASES.length >= 200, `only ${CASES.length} cases`);
    assert.equal(new Set(CASES.map((c) => c.name)).size, CASES.length, 'case names must be unique');
  });

  for (const hostile of CASES) {
    it(`answers ${hostile.status} to ${hostile.name}`, async () => {
      const bytes = typeof hostile.send === 'string' || Buffer.isBuffer(hostile.send) ? hostile.send : requestBytes(hostile.send);
      const response = await sendRaw(port, bytes, { halfClose: hostile.halfClose });
      if (hostile.halfClose === true && response.status === 0) {
        // The client hung up before the server could answer: nobody is left to read a 400; it must only not crash.
        await stillAnswers();
        return;
      }
      assert.ok(response.status < 500, `got ${response.status}: ${response.message}`);
      assert.equal(response.status, hostile.status, `expected ${hostile.status}, got ${response.status}: ${response.message.slice(0, 300)}`);
      assert.ok(response.message.length >= 10, `the ${response.status} says nothing useful: ${JSON.stringify(response.body.slice(0, 200))}`);
      assert.doesNotMatch(response.body, /\n\s+at .+:\d+:\d+/, 'the answer leaks a stack trace');
      if (hostile.message !== undefined) assert.match(response.message, hostile.message);
      await stillAnswers();
    });
  }
});

describe('after all the hostile requests', () => {
  it('saved nothing from any of them', async () => {
    const page = (await (await fetch(`${app.url}/records.json`)).json()) as { total: number };
    assert.equal(page.total, 0);
  });

  it('logged no server error', () => {
    const errors = app.logs.map((line) => JSON.parse(line) as { level: string; msg: string }).filter((line) => line.level === 'error');
    assert.deepEqual(errors, []);
  });

  it('still serves a normal request', async () => {
    const { status, json } = await postJson(`${app.url}/api/space`, { id: 'after-hostile', text: 'stillworking' });
    assert.equal(status, 201);
    assert.equal(json.processed, 'still working');
  });
});

/**
 * The spelling worst case through the real server: a full engine queue answers 429 with
 * Retry-After, a job past its deadline 503 with Retry-After, and a client that hangs up while its
 * job waits gets nothing saved. Nothing refused is ever saved, and the server keeps serving.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '../support/app.ts';
import { worstCaseSpelling } from '../support/worst-case-text.ts';
import { loadModel } from '../../src/algorithms/model.ts';

const words = loadModel(fileURLToPath(new URL('../../data/wordfreq.txt', import.meta.url)));
const hostile = (seed: number) => worstCaseSpelling(5_000, (word) => words.counts.has(word), seed);

async function submit(app: TestApp, tag: string, text: string): Promise<Response> {
  return fetch(`${app.url}/api/spell`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ id: tag, text }) });
}

async function savedWithTag(app: TestApp, tag: string): Promise<number> {
  // The rows, not the total: a total may be reused for a second (HISTORY_COUNT_TTL_MS).
  const page = (await (await fetch(`${app.url}/records.json?tag=${tag}&limit=500`)).json()) as { records: unknown[] };
  return page.records.length;
}

describe('the engine queue through the server', () => {
  let app: TestApp;
  before(async () => (app = await startTestApp('all', { ENGINE_QUEUE_LIMIT: '2' })));
  after(() => app.stop());

  it('answers 429 with Retry-After beyond the limit, saves none of those, and serves small texts meanwhile', async () => {
    const responses = Array.from({ length: 6 }, (_, i) => submit(app, 'queued', hostile(i)));
    const small = await submit(app, 'small', 'Speling is dificult');
    assert.equal(small.status, 201, 'a cheap text runs on the main thread, whatever the queue holds');
    const statuses = await Promise.all(responses.map(async (pending) => {
      const response = await pending;
      if (response.status === 429) {
        assert.match(response.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
        assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
      }
      await response.body?.cancel();
      return response.status;
    }));
    const accepted = statuses.filter((status) => status === 201).length;
    assert.ok(statuses.filter((status) => status === 429).length >= 1, `statuses: ${statuses}`);
    assert.equal(await savedWithTag(app, 'queued'), accepted, 'only the accepted ones were saved');
  });

describe('an engine job past its deadline', () => {
  let app: TestApp;
  before(async () => (app = await startTestApp('all', { ENGINE_DEADLINE_MS: '10' })));
  after(() => app.stop());

  it('answers 503 with Retry-After and saves nothing', async () => {
    const response = await submit(app, 'late', hostile(0));
    assert.equal(response.status, 503);
    assert.match(response.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
    assert.match(((await response.json()) as { detail: string }).detail, /nothing was saved/);
    assert.equal(await savedWithTag(app, 'late'), 0);
  });
});

  it('saves nothing for a client that hangs up while its text waits, and the texts of those who stayed', async () => {
    const stayed = [submit(app, 'stayed', hostile(1)), submit(app, 'stayed', hostile(2))];
    const body = JSON.stringify({ id: 'left', text: hostile(3) });
    await new Promise<void>((resolve, reject) => {
      const socket = connect(app.port, '127.0.0.1', () => {
        socket.write(`POST /api/spell HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    for (const response of await Promise.all(stayed)) {
      assert.equal(response.status, 201);
      await response.body?.cancel();
    }
    // The one that left was queued behind the two: had it run, it would be saved by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await savedWithTag(app, 'left'), 0);
    assert.equal(await savedWithTag(app, 'stayed'), 2);
    const aborted = app.logs.map((line) => JSON.parse(line) as { msg: string; path?: string; aborted?: boolean }).filter((line) => line.msg === 'request' && line.aborted === true);
    assert.equal(aborted.length, 1);
  });
});

/**
 * Slow clients (slowloris) cannot exhaust the real service: with its production timeouts, 400
 * connections dribbling headers or a body a byte at a time do not stop a normal client being
 * served promptly, and the header timeout (10 s) cuts every header-dribbler off with a 408.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, postJson, type TestApp } from '../support/app.ts';
import { normalTraffic, openSlowClients, waitUntilAllClosed } from './slow-clients.ts';

describe('many slow clients against the real service (production timeouts)', () => {
  let app: TestApp;
  let port: number;
  before(async () => {
    app = await startTestApp('all');
    port = app.port;
  });
  after(() => app.stop());

  it('serves normal clients promptly while 400 slowloris connections dribble headers, then cuts those off with 408 after the 10 s header timeout', { timeout: 40_000 }, async () => {
    const started = performance.now();
    const headers = await openSlowClients(port, 300, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ', 500);
    const bodies = await openSlowClients(port, 100, 'POST /api/spell HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":"', 500);
    try {
      const latencies = await normalTraffic(60, async () => {
        const { status } = await postJson(`${app.url}/api/space`, { id: 'beside-slowloris', text: 'stillservedfast' });
        return status;
      });
      const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? Infinity;
      assert.ok(p99 < 500, `normal requests took up to ${Math.round(p99)} ms beside the slow clients`);
      await waitUntilAllClosed(headers.clients, 15_000 - (performance.now() - started));
      const open = headers.clients.filter((client) => client.closedAt === null).length;
      assert.equal(open, 0, `${open} header-dribbling clients still connected after 15 s`);
      for (const client of headers.clients) {
        assert.match(client.received, /^HTTP\/1\.1 408 /);
        assert.ok(client.closedAt! - started >= 9_000, 'cut off before the header timeout');
      }
      assert.equal(bodies.clients.filter((client) => client.closedAt !== null).length, 0, 'a body within its 30 s request timeout was cut off early');
      const { status } = await postJson(`${app.url}/api/space`, { text: 'afterwards' });
      assert.equal(status, 201);
    } finally {
      headers.stop();
      bodies.stop();
    }
  });
});

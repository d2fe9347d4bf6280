/**
 * Slow clients against the web layer with short timeouts, so both cut-offs can be watched in a
 * quick test: 200 header-dribblers end at the header timeout and 200 body-dribblers at the
 * request timeout, each with a 408, while a normal client is served meanwhile.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFields } from '../../src/http/body.ts';
import { sendJson } from '../../src/http/respond.ts';
import { startTestServer, type TestServer } from '../../src/http/testing/server.ts';
import { normalTraffic, openSlowClients, waitUntilAllClosed } from './slow-clients.ts';
import { LATE_MS } from '../support/timing.ts';

describe('many slow clients against the web layer (short timeouts)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(
      async (ctx) => sendJson(ctx, 200, ctx.req.method === 'POST' ? await readFields(ctx.req, { limitBytes: 200_000 }) : { ok: true }),
      { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, timeoutCheckIntervalMs: 100 },
    );
  });
  after(() => server.close());

  it('cuts off 200 slow headers at the header timeout and 200 slow bodies at the request timeout, serving others meanwhile', { timeout: 20_000 }, async () => {
    const started = performance.now();
    const headers = await openSlowClients(server.port, 200, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ', 100);
    const bodies = await openSlowClients(server.port, 200, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"a":"', 100);
    try {
      const latencies = await normalTraffic(40, async () => (await fetch(`${server.base}/`)).status);
      const slowest = latencies.at(-1) ?? Infinity;
      assert.ok(slowest < 500, `a normal request took ${Math.round(slowest)} ms`);
      await waitUntilAllClosed([...headers.clients, ...bodies.clients], 6_000);
      for (const [name, group, limitMs] of [['header', headers.clients, 1_000], ['body', bodies.clients, 2_000]] as const) {
        const open = group.filter((client) => client.closedAt === null).length;
        assert.equal(open, 0, `${open} slow-${name} clients still connected`);
        for (const client of group) {
          assert.match(client.received, /^HTTP\/1\.1 408 /, `a slow-${name} client got ${JSON.stringify(client.received.slice(0, 40))}`);
          const after = client.closedAt! - started;
          assert.ok(after >= limitMs * 0.9 && after < limitMs + LATE_MS, `a slow-${name} client was cut off after ${Math.round(after)} ms (timeout ${limitMs} ms)`);
        }
      }
    } finally {
      headers.stop();
      bodies.stop();
    }
  });
});

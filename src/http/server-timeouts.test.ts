import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { readFields } from './body.ts';
import { createLogger } from '../log.ts';
import { sendJson } from './respond.ts';
import { createServer } from './server.ts';
import { connect, readUntilClosed, startTestServer, waitFor } from './testing/server.ts';
import { LATE_MS } from '../../test/support/timing.ts';

const echo = async (ctx: Parameters<Parameters<typeof startTestServer>[0]>[0]) => {
  sendJson(ctx, 200, ctx.req.method === 'POST' ? await readFields(ctx.req, { limitBytes: 1000 }) : { ok: true });
};
const fast = { headersTimeoutMs: 300, requestTimeoutMs: 600, timeoutCheckIntervalMs: 50 };

describe('server timeouts', () => {
  it('defaults to timeouts fit for an ALB: keep-alive 65 s, headers 10 s, request 30 s', () => {
    const server = createServer({ handle: echo, log: createLogger({ level: 'error', write: () => {} }) });
    assert.equal(server.keepAliveTimeout, 65_000);
    assert.ok(server.keepAliveTimeout > 60_000);
    assert.equal(server.headersTimeout, 10_000);
    assert.equal(server.requestTimeout, 30_000);
  });

  it('cuts off a slowloris client that sends its headers one byte at a time', async () => {
    const server = await startTestServer(echo, fast);
    try {
      const socket = await connect(server.port);
      const reply = readUntilClosed(socket);
      const started = performance.now();
      const request = 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(1000);
      let sent = 0;
      const drip = setInterval(() => { if (!socket.destroyed && sent < request.length) socket.write(request.charAt(sent++)); }, 20);
      const { text, closedAt } = await reply;
      clearInterval(drip);
      assert.ok(closedAt - started < fast.headersTimeoutMs + LATE_MS, `closed after ${Math.round(closedAt - started)} ms`);
      assert.ok(sent < request.length, 'the server closed before the client finished');
      assert.match(text, /^HTTP\/1\.1 408 /);
      assert.ok(server.lines.some((line) => line.msg === 'client error' && line.status === 408));
    } finally {
      await server.close();
    }
  });

  it('cuts off a client that never finishes its body', async () => {
    const server = await startTestServer(echo, fast);
    try {
      const socket = await connect(server.port);
      const reply = readUntilClosed(socket);
      const started = performance.now();
      socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"text":');
      const { text, closedAt } = await reply;
      assert.match(text, /^HTTP\/1\.1 408 Request Timeout\r\n/);
      assert.ok(closedAt - started < fast.requestTimeoutMs + LATE_MS, `closed after ${Math.round(closedAt - started)} ms`);
      assert.ok(closedAt - started >= 500, `closed only after the request timeout, not at ${Math.round(closedAt - started)} ms`);
    } finally {
      await server.close();
    }
  });

  it('keeps an idle keep-alive connection usable beyond the headers timeout', async () => {
    const server = await startTestServer(echo, { ...fast, keepAliveTimeoutMs: 5000 });
    try {
      const socket = await connect(server.port);
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      await sleep(800);
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      await waitFor(() => (text.match(/HTTP\/1\.1 200 OK/g)?.length ?? 0) >= 2);
      assert.equal(socket.destroyed, false);
      socket.destroy();
    } finally {
      await server.close();
    }
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const server = await startTestServer(echo, { ...fast, keepAliveTimeoutMs: 200 });
    try {
      const socket = await connect(server.port);
      const reply = readUntilClosed(socket);
      const started = performance.now();
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      const { text, closedAt } = await reply;
      assert.match(text, /^HTTP\/1\.1 200 /);
      assert.match(text, /\r\nKeep-Alive: timeout=\d+\r\n/);
      assert.ok(closedAt - started >= 150 && closedAt - started < 200 + LATE_MS, `closed after ${Math.round(closedAt - started)} ms`);
    } finally {
      await server.close();
    }
  });
});

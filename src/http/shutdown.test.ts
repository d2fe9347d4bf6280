import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestContext } from './context.ts';
import { sendJson } from './respond.ts';
import { shutdownGracefully } from './shutdown.ts';
import { connect, readUntilClosed, startTestServer, waitFor } from './testing/server.ts';
import { LATE_MS } from '../../test/support/timing.ts';

/** A server whose /slow requests wait until the test releases them. */
async function startSlowServer() {
  const waiting: Array<() => void> = [];
  const events: string[] = [];
  const server = await startTestServer(async (ctx: RequestContext) => {
    if (ctx.url.pathname === '/slow') await new Promise<void>((resolve) => waiting.push(resolve));
    ctx.res.once('finish', () => events.push(`sent ${ctx.url.pathname}`));
    sendJson(ctx, 200, { path: ctx.url.pathname });
  });
  return { ...server, waiting, events };
}

/** Lets the one waiting /slow request finish. */
function release(waiting: Array<() => void>): void {
  const finish = waiting[0];
  assert.ok(finish, 'a /slow request is waiting');
  finish();
}

describe('shutdownGracefully', () => {
  it('finishes an in-flight request with Connection: close, refuses new connections, then runs onClosed', async () => {
    const server = await startSlowServer();
    const { events } = server;
    const inFlight = fetch(server.base + '/slow').then(async (res) => {
      return { status: res.status, connection: res.headers.get('connection'), body: await res.json() };
    });
    await waitFor(() => server.waiting.length === 1);

    const done = shutdownGracefully(server.server, { graceMs: 5000, log: server.log, onClosed: async () => { events.push('onClosed'); } });
    await sleep(50);
    await assert.rejects(connect(server.port), /ECONNREFUSED/);
    assert.deepEqual(events, []);

    release(server.waiting);
    assert.deepEqual(await inFlight, { status: 200, connection: 'close', body: { path: '/slow' } });
    await done;
    assert.deepEqual(events, ['sent /slow', 'onClosed']);
    assert.ok(server.lines.some((line) => line.msg === 'shut down'));
  });

  it('closes idle keep-alive connections at once', async () => {
    const server = await startSlowServer();
    const socket = await connect(server.port);
    const closed = readUntilClosed(socket);
    socket.write('GET /fast HTTP/1.1\r\nHost: x\r\n\r\n');
    await sleep(50);
    const started = performance.now();
    // A grace period far longer than the bound: waiting it out instead of closing at once fails.
    await shutdownGracefully(server.server, { graceMs: 60_000, log: server.log });
    const { text, closedAt } = await closed;
    assert.match(text, /^HTTP\/1\.1 200 /);
    assert.ok(closedAt - started < LATE_MS, `idle connection closed after ${Math.round(closedAt - started)} ms`);
  });

  it('cuts requests still running when the grace period ends', async () => {
    const server = await startSlowServer();
    const hung = fetch(server.base + '/slow').then(() => 'answered', () => 'cut');
    await waitFor(() => server.waiting.length === 1);
    const started = performance.now();
    let closedCalled = false;
    await shutdownGracefully(server.server, { graceMs: 200, log: server.log, onClosed: async () => { closedCalled = true; } });
    const elapsed = performance.now() - started;
    assert.equal(await hung, 'cut');
    assert.ok(elapsed >= 190 && elapsed < 200 + LATE_MS, `shut down after ${Math.round(elapsed)} ms`);
    assert.equal(closedCalled, true);
    assert.ok(server.lines.some((line) => line.msg === 'grace period over; closing remaining connections' && line.inFlight === 1));
    release(server.waiting);
  });

  it('runs one shutdown when asked twice (SIGTERM then SIGINT)', async () => {
    const server = await startSlowServer();
    let closes = 0;
    const options = { graceMs: 100, log: server.log, onClosed: async () => { closes++; } };
    const first = shutdownGracefully(server.server, options);
    const second = shutdownGracefully(server.server, options);
    assert.equal(first, second);
    await Promise.all([first, second]);
    assert.equal(closes, 1);
  });

  it('rejects when onClosed rejects, after the server has closed', async () => {
    const server = await startSlowServer();
    await assert.rejects(
      shutdownGracefully(server.server, { graceMs: 100, log: server.log, onClosed: () => Promise.reject(new Error('pool close failed')) }),
      /pool close failed/,
    );
    assert.equal(server.server.listening, false);
  });
});

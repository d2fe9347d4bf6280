/**
 * Clients that stop reading, and clients that pipeline, against the real web layer: a finished
 * response the client does not read is cut off after the write idle timeout (its buffered bytes
 * freed), and a connection's pipelined requests are handled one at a time, the next only once
 * the previous response has left, so one socket cannot make the server compute and buffer many.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, startTestServer } from '../../src/http/testing/server.ts';
import type { RequestContext } from '../../src/http/context.ts';

const BIG = 16 * 1024 * 1024;

/** A handler that answers BIG bytes and counts how many times it ran. */
function bigAnswers() {
  const state = { started: 0 };
  const body = Buffer.alloc(BIG, 0x61);
  const handle = async (ctx: RequestContext) => {
    state.started += 1;
    ctx.res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
    ctx.res.end(body);
  };
  return { state, handle };
}


describe('a client that stops reading', () => {
  it('is cut off after the response write idle timeout, freeing what was buffered for it', async () => {
    const { handle } = bigAnswers();
    const server = await startTestServer(handle, { responseIdleMs: 300 });
    const serverSockets: Socket[] = [];
    server.server.on('connection', (socket: Socket) => serverSockets.push(socket));
    try {
      const client = await connect(server.port);
      client.pause();
      client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      const started = performance.now();
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (serverSockets.length === 1 && serverSockets[0]?.destroyed) {
            clearInterval(check);
            resolve();
          } else if (performance.now() - started > 3_000) {
            clearInterval(check);
            resolve();
          }
        }, 20);
      });
      assert.equal(serverSockets[0]?.destroyed, true, 'the server still holds the stalled connection after 3 s');
      client.destroy();
    } finally {
      await server.close();
    }
  });

  it('keeps a client that reads slowly but steadily', async () => {
    const { handle } = bigAnswers();
    const server = await startTestServer(handle, { responseIdleMs: 1_500 });
    try {
      const client = await connect(server.port);
      let received = 0;
      client.on('data', (chunk: Buffer) => {
        received += chunk.length;
        client.pause();
        setTimeout(() => client.resume(), 5);
      });
      client.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      await new Promise((resolve) => client.once('close', resolve));
      assert.ok(received > BIG, `received only ${received} bytes`);
    } finally {
      await server.close();
    }
  });
});

describe('a client that pipelines large requests without reading', () => {
  it('gets one request handled at a time, each only after the previous answer has left, all in order', async () => {
    const { state, handle } = bigAnswers();
    const server = await startTestServer(handle, { responseIdleMs: 10_000 });
    try {
      const client: Socket = await connect(server.port);
      client.pause();
      client.write(Array.from({ length: 10 }, (_, i) => `GET /${i} HTTP/1.1\r\nHost: x\r\n\r\n`).join(''));
      await sleep(500);
      assert.equal(state.started, 1, `${state.started} handlers ran while the client read nothing`);
      // Now read everything: every answer arrives, in order.
      let received = 0;
      client.on('data', (chunk: Buffer) => (received += chunk.length));
      client.resume();
      const deadline = performance.now() + 20_000;
      while (received < 10 * BIG && performance.now() < deadline) await sleep(20);
      assert.equal(state.started, 10);
      assert.ok(received > 10 * BIG, `received ${received} bytes`);
      client.destroy();
    } finally {
      await server.close();
    }
  });

  it('never runs the requests still waiting when the client hangs up', async () => {
    const { state, handle } = bigAnswers();
    const server = await startTestServer(handle);
    try {
      const client = await connect(server.port);
      client.pause();
      client.write(Array.from({ length: 5 }, (_, i) => `GET /${i} HTTP/1.1\r\nHost: x\r\n\r\n`).join(''));
      await sleep(300);
      client.destroy();
      await sleep(300);
      assert.equal(state.started, 1, `${state.started} handlers ran for a client that had gone`);
    } finally {
      await server.close();
    }
  });

  it('is cut off when far more requests wait than any HTTP client pipelines', async () => {
    const { state, handle } = bigAnswers();
    const server = await startTestServer(handle, { maxPipelined: 4 });
    try {
      const client = await connect(server.port);
      client.pause();
      const closed = new Promise((resolve) => client.once('close', resolve));
      client.write(Array.from({ length: 50 }, (_, i) => `GET /${i} HTTP/1.1\r\nHost: x\r\n\r\n`).join(''));
      client.resume();
      await closed;
      assert.ok(state.started <= 5, `${state.started} handlers ran`);
    } finally {
      await server.close();
    }
  });
});

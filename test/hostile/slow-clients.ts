/**
 * Slowloris clients for the timeout tests: many raw connections that send the start of a request
 * and then one byte at a time, never finishing, plus a normal client that measures how promptly
 * it is served meanwhile.
 */
import assert from 'node:assert/strict';
import net from 'node:net';

export interface SlowClient {
  socket: net.Socket;
  received: string;
  closedAt: number | null;
}

/** Opens `count` connections that send `head` and then one byte every `everyMs`, forever. */
export async function openSlowClients(port: number, count: number, head: string, everyMs: number): Promise<{ clients: SlowClient[]; stop(): void }> {
  const clients: SlowClient[] = [];
  for (let i = 0; i < count; i++) {
    const socket = net.connect(port, '127.0.0.1');
    const client: SlowClient = { socket, received: '', closedAt: null };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (client.received += chunk));
    socket.on('error', () => {});
    socket.on('close', () => (client.closedAt = performance.now()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()).once('close', () => resolve()));
    socket.write(head);
    clients.push(client);
  }
  const timer = setInterval(() => {
    for (const client of clients) if (client.closedAt === null) client.socket.write('a');
  }, everyMs);
  return { clients, stop: () => { clearInterval(timer); for (const client of clients) client.socket.destroy(); } };
}

/** Latencies (ms) of `rounds` normal requests made one after another while the slow clients hang on. */
export async function normalTraffic(rounds: number, request: () => Promise<number>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const status = await request();
    latencies.push(performance.now() - started);
    assert.ok(status >= 200 && status < 300, `a normal request got ${status} while slow clients were connected`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies.sort((a, b) => a - b);
}

/** Waits until every client is closed, or `timeoutMs` passed. */
export async function waitUntilAllClosed(clients: readonly SlowClient[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (clients.some((client) => client.closedAt === null) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

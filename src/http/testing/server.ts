/**
 * Helpers for the http tests: a real server on port 0 with a logger that records its lines, and
 * a raw socket client for what fetch cannot do (slow clients, hang-ups, malformed requests).
 */
import type http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Handler } from '../context.ts';
import { createLogger, type Logger } from '../../log.ts';
import { createServer, listen, type ServerOptions } from '../server.ts';

export interface TestServer {
  server: http.Server;
  port: number;
  base: string;
  /** Every log line written so far, parsed. */
  lines: Array<Record<string, unknown>>;
  log: Logger;
  close(): Promise<void>;
}

/** Starts a real server on 127.0.0.1 and an ephemeral port, logging into memory. */
export async function startTestServer(handle: Handler, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line)) });
  const server = createServer({ handle, log, ...options });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    lines,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Opens a raw TCP connection to the test server. */
export function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Collects everything the server sends until it closes the connection; resolves with the text and when it ended. */
export function readUntilClosed(socket: net.Socket): Promise<{ text: string; closedAt: number }> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ text, closedAt: performance.now() }));
  });
}

/** Waits until `condition` holds, polling every 10 ms, or fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

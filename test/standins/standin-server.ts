/**
 * What every provider stand-in shares: a real HTTP server on 127.0.0.1:0 that records each request
 * and can be told to misbehave.
 *
 * A stand-in supplies two functions: `answer` (the provider's normal reply to a recorded request)
 * and `failure` (the provider's error body for a status and message). The mode decides which runs:
 *   answer   the provider's normal reply (the default);
 *   fail     `failure(status, message)`, in the provider's own error shape;
 *   slow     the normal reply after `delayMs`;
 *   hang     no reply at all: the connection stays open until the stand-in closes;
 *   garbage  200 with an HTML page instead of JSON (a proxy's error page, say);
 *   reset    the socket is destroyed without a reply.
 * `close()` ends every connection, hung ones included, so a test never waits on a socket.
 */
import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The raw body text (decoded as UTF-8). */
  rawBody: string;
  /** The body parsed by its content type (JSON or form fields), or null when it is neither. */
  body: unknown;
}

export type StandInMode =
  | { kind: 'answer' }
  | { kind: 'fail'; status: number; message: string }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'hang' }
  | { kind: 'garbage' }
  | { kind: 'reset' }
  /** Exactly this answer, whatever was asked (a provider talking nonsense in its own format). */
  | { kind: 'reply'; status: number; contentType: string; body: string };

export interface StandInReply {
  status: number;
  body: unknown;
}

export interface StandIn {
  /** The origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  /** Every request received, oldest first. */
  requests: RecordedRequest[];
  setMode(mode: StandInMode): void;
  close(): Promise<void>;
}

export interface StandInBehaviour {
  answer(request: RecordedRequest): StandInReply;
  failure(status: number, message: string): StandInReply;
}

/** Starts a stand-in server with this behaviour on a free loopback port. */
export async function startStandIn(behaviour: StandInBehaviour): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let mode: StandInMode = { kind: 'answer' };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = recordRequest(req, Buffer.concat(chunks).toString('utf8'));
      requests.push(request);
      respond(request, res, mode);
    });
  });

  function respond(request: RecordedRequest, res: http.ServerResponse, current: StandInMode): void {
    switch (current.kind) {
      case 'answer':
        send(res, behaviour.answer(request));
        return;
      case 'fail':
        send(res, behaviour.failure(current.status, current.message));
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send(res, behaviour.answer(request));
        }, current.delayMs);
        timers.add(timer);
        return;
      }
      case 'hang':
        return;
      case 'garbage':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><body><h1>It works!</h1></body></html>');
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'reply':
        res.writeHead(current.status, { 'content-type': current.contentType, 'content-length': Buffer.byteLength(current.body) });
        res.end(current.body);
        return;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setMode(next) {
      mode = next;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

function send(res: http.ServerResponse, reply: StandInReply): void {
  if (res.destroyed) return;
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function recordRequest(req: http.IncomingMessage, rawBody: string): RecordedRequest {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    rawBody,
    body: parseBody(req.headers['content-type'] ?? '', rawBody),
  };
}

function parseBody(contentType: string, rawBody: string): unknown {
  if (/^application\/json\b/i.test(contentType)) {
    try {
      return JSON.parse(rawBody) as unknown;
    } catch {
      return null;
    }
  }
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    return Object.fromEntries(new URLSearchParams(rawBody));
  }
  return null;
}

/**
 * The node:http server every textops service runs: request id, security headers, access log,
 * cross-site refusal (cross-site.ts), the one error path, and timeouts chosen for life behind an AWS Application Load Balancer.
 *
 * Timeouts: keep-alive 65 s, longer than the ALB's 60 s idle timeout, so the ALB always closes an
 * idle connection first and never sends a request into one we are closing (a source of 502s);
 * node 24 adds its keepAliveTimeoutBuffer (1 s) to the socket timeout on top of that.
 * Headers must arrive within 10 s and the whole request within 30 s, checked every second, so a
 * slowloris client holds a socket for seconds, not forever. Header lines beyond 16 KiB get 431.
 * Responses: one at a time per connection, and a finished response the client does not read for
 * 15 s is cut off (socket-limits.ts), so stalled and pipelining clients hold bounded memory.
 * Errors node detects before a request exists (bad syntax, 431, timeouts) are answered here too,
 * with the same security headers and a log line.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Handler, RequestContext } from './context.ts';
import type { Logger } from '../log.ts';
import { wantsJson } from './negotiate.ts';
import { requestIdFrom } from './request-id.ts';
import { urlFromTarget } from './request-url.ts';
import { sendError } from './respond.ts';
import { HttpError } from './errors.ts';
import { applySecurityHeaders, securityHeaderLines } from './security.ts';
import { trackResponse } from './shutdown.ts';
import { crossSiteProblem } from './cross-site.ts';
import { pacedConnections } from './socket-limits.ts';

export interface ServerOptions {
  handle: Handler;
  log: Logger;
  /** Idle keep-alive connections close after this; default 65,000 (must exceed the ALB's 60 s). */
  keepAliveTimeoutMs?: number;
  /** All request headers must arrive within this; default 10,000. */
  headersTimeoutMs?: number;
  /** The whole request, body included, must arrive within this; default 30,000. */
  requestTimeoutMs?: number;
  /** How often node checks the two timeouts above; default 1,000. */
  timeoutCheckIntervalMs?: number;
  /** Largest total size of request headers; default 16,384 bytes. */
  maxHeaderSize?: number;
  /** A finished response whose client reads nothing for this long is cut off; default 15,000. */
  responseIdleMs?: number;
  /** Pipelined requests that may wait behind the one being answered; default 16. */
  maxPipelined?: number;
}

/** Creates (but does not start) a server that runs `handle` for every request. */
export function createServer(options: ServerOptions): http.Server {
  const server = http.createServer({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 65_000,
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionsCheckingInterval: options.timeoutCheckIntervalMs ?? 1_000,
    maxHeaderSize: options.maxHeaderSize ?? 16_384,
    // node's own Host check answers a bare 400 without our headers or log line; ours goes through the error path.
    requireHostHeader: false,
  });
  const admit = pacedConnections({ responseIdleMs: options.responseIdleMs ?? 15_000, maxPipelined: options.maxPipelined ?? 16 });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    admit(req, res, () => {
      // The promise is handled here: nothing is left for the caller to await.
      void handleRequest(server, options, req, res).catch((err: unknown) => {
        // Only reachable if setting up the context failed; sendError itself never throws.
        options.log.error('request setup failed', { error: err instanceof Error ? err : String(err) });
        res.destroy();
      });
    });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => answerClientError(options.log, err, socket));
  return server;
}

async function handleRequest(server: http.Server, options: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const requestId = requestIdFrom(req.headers);
  const url = urlFromTarget(req.url);
  const log = options.log.child({ requestId });
  const ctx: RequestContext = { req, res, url, requestId, log, wantsJson: wantsJson(req, url.pathname), signal: clientGone(res) };
  res.setHeader('X-Request-Id', requestId);
  applySecurityHeaders(res);
  trackResponse(server, res);
  logAccessWhenDone(ctx, started);
  try {
    if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && req.headers.host === undefined) {
      throw new HttpError(400, 'The request has no Host header; HTTP/1.1 requires one.');
    }
    const crossSite = crossSiteProblem(req.method ?? 'GET', req.headers);
    if (crossSite !== null) throw new HttpError(403, `Refused: ${crossSite}. Submit the form from this site's own pages.`);
    await options.handle(ctx);
    if (!res.headersSent && !res.destroyed) throw new Error(`The handler for ${req.method} ${url.pathname} returned without responding.`);
  } catch (err) {
    sendError(ctx, err);
  }
}

/** A signal that aborts when the connection closes before `res` has been completely written. */
function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new HttpError(499, 'The client closed the connection before the answer was ready; nothing was saved.', { title: 'Client Closed Request' }));
  });
  return controller.signal;
}

/** Writes one access-log line when the response finishes or the client hangs up, whichever comes first. */
function logAccessWhenDone(ctx: RequestContext, started: number): void {
  const { req, res } = ctx;
  const done = () => {
    res.off('finish', done);
    res.off('close', done);
    const finished = res.writableFinished;
    ctx.log.info('request', {
      method: req.method,
      path: ctx.url.pathname,
      status: finished ? res.statusCode : 0,
      bytes: finished ? bodyBytes(req, res) : 0,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      userAgent: req.headers['user-agent'] ?? '',
      ...(finished ? {} : { aborted: true }),
    });
  };
  res.on('finish', done);
  res.on('close', done);
}

/** The body length declared in Content-Length; every textops response declares it. */
function bodyBytes(req: IncomingMessage, res: ServerResponse): number {
  if (req.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) return 0;
  const length = Number(res.getHeader('content-length'));
  return Number.isFinite(length) ? length : 0;
}

const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  ERR_HTTP_HEADERS_TIMEOUT: 408,
};

/** Answers a request node rejected before it became one (malformed, oversized headers, too slow). */
function answerClientError(log: Logger, err: NodeJS.ErrnoException, socket: Socket): void {
  const status = CLIENT_ERROR_STATUS[err.code ?? ''] ?? 400;
  log.warn('client error', { code: err.code, status, remoteAddress: socket.remoteAddress });
  const responseStarted = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent === true;
  if (err.code === 'ECONNRESET' || !socket.writable || responseStarted) {
    socket.destroy();
    return;
  }
  const reason = http.STATUS_CODES[status] ?? 'Bad Request';
  const body = `${status} ${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${securityHeaderLines()}\r\n${body}`,
  );
}

/** Starts listening; resolves with the bound port (pass 0 for any free port). */
export function listen(server: http.Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

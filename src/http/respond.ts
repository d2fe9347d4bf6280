/**
 * Writing responses, and the one error path every failure goes through.
 *
 * sendError turns anything thrown into a response: an HttpError keeps its status, headers and
 * message (handlers choose those words for users); anything else, Errors, strings, rejected
 * non-Errors, becomes a 500 with a generic message. The stack is logged for every 5xx and never
 * sent. Errors render as an HTML page or as application/problem+json (RFC 9457), following
 * ctx.wantsJson. When the response has already started, the only honest move is to cut the
 * connection so the client sees a truncated response rather than a wrong one.
 */
import { STATUS_CODES, type OutgoingHttpHeaders } from 'node:http';
import type { RequestContext } from './context.ts';
import { HttpError } from './errors.ts';
import { html, page } from './html.ts';
import { SECURITY_HEADERS } from './security.ts';

/** Response headers the server sets before the handler runs; an error response keeps them. */
const KEPT_ON_ERROR = new Set([...Object.keys(SECURITY_HEADERS), 'X-Request-Id', 'Connection'].map((name) => name.toLowerCase()));

/** Sends a complete HTML document. */
export function sendHtml(ctx: RequestContext, status: number, markup: string, headers: OutgoingHttpHeaders = {}): void {
  send(ctx, status, 'text/html; charset=utf-8', markup, headers);
}

/** Sends `value` as JSON, ending with a newline (so a terminal prompt starts on its own line). */
export function sendJson(ctx: RequestContext, status: number, value: unknown, headers: OutgoingHttpHeaders = {}): void {
  send(ctx, status, 'application/json; charset=utf-8', `${JSON.stringify(value)}\n`, headers);
}

/** Sends text that is already JSON (the caller built it from JSON.stringify pieces). */
export function sendJsonText(ctx: RequestContext, status: number, json: string, headers: OutgoingHttpHeaders = {}): void {
  send(ctx, status, 'application/json; charset=utf-8', json, headers);
}

function send(ctx: RequestContext, status: number, contentType: string, text: string, headers: OutgoingHttpHeaders): void {
  const body = Buffer.from(text, 'utf8');
  ctx.res.writeHead(status, { 'Cache-Control': 'no-store', ...headers, 'Content-Type': contentType, 'Content-Length': body.length });
  ctx.res.end(body);
}

/** What an error becomes on the wire. */
export interface Problem {
  status: number;
  title: string;
  detail: string;
  headers: Readonly<Record<string, string>>;
}

/** Maps anything thrown to the status, title and user-facing detail of its response. */
export function problemFor(err: unknown): Problem {
  if (err instanceof HttpError && err.status >= 400 && err.status <= 599) {
    return { status: err.status, title: err.title ?? STATUS_CODES[err.status] ?? 'Error', detail: err.message, headers: err.headers };
  }
  return {
    status: 500,
    title: STATUS_CODES[500] ?? 'Internal Server Error',
    detail: 'Something went wrong on our side. Please try again; if it keeps happening, report the request id.',
    headers: {},
  };
}

/**
 * The one error path: logs server-side failures, then renders the error as HTML or problem+json; never throws.
 * An unexpected error is logged with its stack; a 5xx a handler chose (a provider or the database is down)
 * is an expected condition, logged as a warning with its message and cause only, so an outage does not
 * flood the log with thousands of identical stacks.
 */
export function sendError(ctx: RequestContext, err: unknown): void {
  try {
    const problem = problemFor(err);
    if (problem.status >= 500) {
      if (err instanceof HttpError) {
        ctx.log.warn('request failed', { status: problem.status, detail: problem.detail, cause: causeMessage(err.cause) });
      } else {
        ctx.log.error('request failed', { status: problem.status, error: describeThrown(err) });
      }
    }
    const { res } = ctx;
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    for (const name of res.getHeaderNames()) if (!KEPT_ON_ERROR.has(name)) res.removeHeader(name);
    const headers = { ...problem.headers, 'Cache-Control': 'no-store' };
    if (ctx.wantsJson) {
      const body = {
        type: 'about:blank',
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: ctx.url.pathname,
        requestId: ctx.requestId,
      };
      send(ctx, problem.status, 'application/problem+json; charset=utf-8', `${JSON.stringify(body)}\n`, headers);
    } else {
      send(ctx, problem.status, 'text/html; charset=utf-8', errorPage(problem, ctx.requestId), headers);
    }
  } catch (failure) {
    ctx.log.error('error response failed', { error: describeThrown(failure) });
    try {
      ctx.res.destroy();
    } catch {
      // Nothing is left to try: the socket is already unusable.
    }
  }
}

function errorPage(problem: Problem, requestId: string): string {
  const body = html`<section class="card error" aria-labelledby="error-title">
<p class="status">${problem.status}</p>
<h1 id="error-title">${problem.title}</h1>
<p>${problem.detail}</p>
<p class="muted">Request id <code>${requestId}</code></p>
<p><a class="button" href="/">Go to the history</a></p>
</section>`;
  return page({ title: `${problem.status} ${problem.title}`, body });
}

/** A loggable description of anything thrown: Errors keep their stack and (up to 5 levels of) cause; other values are stringified safely. */
export function describeThrown(err: unknown, depth = 0): unknown {
  if (err instanceof Error) {
    const cause = err.cause === undefined || depth >= 5 ? undefined : describeThrown(err.cause, depth + 1);
    return { name: err.name, message: err.message, stack: err.stack, cause };
  }
  try {
    return { thrown: typeof err, value: String(err) };
  } catch {
    return { thrown: typeof err, value: '(not printable)' };
  }
}

function causeMessage(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
}

/**
 * What a handler receives: the raw node:http pair plus what the server worked out once per request.
 *
 * `url` is parsed from the request target against a fixed origin (the Host header is not trusted
 * for anything); its pathname is WHATWG-normalised (dot segments removed), and `//x` stays a path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Echoed in the X-Request-Id response header and on every log line of this request. */
  requestId: string;
  /** A logger whose lines carry this request's id. */
  log: Logger;
  /** True when the client should get JSON rather than HTML (see negotiate.ts). */
  wantsJson: boolean;
  /**
   * Aborts when the client goes away before the response is complete; its reason is an HttpError
   * 499. Handlers pass it to slow work (engines, providers) and check it before saving anything.
   */
  signal: AbortSignal;
}

/** A request handler: it responds through respond.ts, or throws an HttpError. */
export type Handler = (ctx: RequestContext) => Promise<void>;

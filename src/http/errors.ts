/**
 * HttpError: the one way a handler says "this request fails with status N".
 *
 * Handlers throw it; the single error path in respond.ts renders it as an HTML page or as
 * application/problem+json (RFC 9457). Anything else thrown becomes a 500 whose details are
 * logged, never shown.
 */
export class HttpError extends Error {
  readonly status: number;
  /** Extra response headers, e.g. Allow for 405 or Retry-After for 503. */
  readonly headers: Readonly<Record<string, string>>;
  /** A short, stable problem title; defaults to the status text. */
  readonly title: string | undefined;

  constructor(status: number, message: string, options: { headers?: Record<string, string>; title?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.headers = options.headers ?? {};
    this.title = options.title;
  }
}

/**
 * How a provider call fails, in the one vocabulary the web layer knows: HttpError.
 *
 *   the provider answered with an error, a malformed answer, or could not be reached  -> 502
 *   the provider did not answer within the configured time                            -> 504
 *   the caller abandoned the call (its signal aborted)                                -> the signal's reason
 *
 * A 502's message is "<provider>: <what the provider said>" so the user learns why (a bad key, a
 * quota, an unsupported language). Every message passes through `redact`: the API key never
 * reaches a response or a log line, not even inside a URL a network library put in its error.
 */
import { HttpError } from '../../http/errors.ts';
import { isTimeout, withDeadline } from './deadline.ts';

const MAX_MESSAGE_CHARS = 300;
/** Node's network errno codes and undici's socket codes (not ENOENT & co: those are not the network). */
const NETWORK_CODE = /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_[A-Z_]+)$/;

export interface ProviderCall {
  /** The provider's name as users know it, e.g. 'Google Translate'. */
  provider: string;
  timeoutMs: number;
  /** Values that must never appear in a message (API keys). */
  secrets: readonly (string | undefined)[];
  /** The caller's signal, if any. */
  signal?: AbortSignal;
}

/** Runs one provider call under its deadline and maps every failure to an HttpError (502/504). */
export async function callProvider<T>(call: ProviderCall, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  try {
    return await withDeadline(work, call.timeoutMs, call.signal);
  } catch (error) {
    if (call.signal?.aborted === true && error === call.signal.reason) throw error;
    if (isTimeout(error)) {
      throw new HttpError(504, `${call.provider} did not answer within ${call.timeoutMs} ms`);
    }
    if (error instanceof HttpError) throw error;
    throw providerError(call, describeFailure(error), error);
  }
}

/** A 502 carrying the provider's own message, cleaned and redacted. */
export function providerError(call: Pick<ProviderCall, 'provider' | 'secrets'>, message: string, cause?: unknown): HttpError {
  const shown = redact(message, call.secrets).replace(/\s+/g, ' ').trim();
  const bounded = shown.length > MAX_MESSAGE_CHARS ? shown.slice(0, MAX_MESSAGE_CHARS - 1) + '…' : shown;
  const said = bounded || 'the provider failed without a message';
  return new HttpError(502, `${call.provider}: ${said}`, { cause: redactedCause(cause, call.secrets) });
}

/** A short description of a failure that produced no provider answer (refused, reset, DNS...). */
export function describeFailure(error: unknown): string {
  const code = systemCode(error);
  if (code !== undefined) return `connection failed (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/** `text` with every secret, raw or URL-encoded, and any `key=` query value replaced by [redacted]. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text.replace(/([?&](?:key|api_key)=)[^&#\s"']+/gi, '$1[redacted]');
  for (const secret of secrets) {
    if (secret === undefined || secret === '') continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.replaceAll(form, '[redacted]');
  }
  return result;
}

/** The network error code of an error or of one of its causes. */
function systemCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODE.test(code)) return code;
  }
  return undefined;
}

/** The cause kept for the server log, its message redacted like the response's. */
function redactedCause(cause: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (!(cause instanceof Error)) return undefined;
  const copy = new Error(redact(cause.message, secrets));
  copy.name = cause.name;
  copy.stack = cause.stack === undefined ? undefined : redact(cause.stack, secrets);
  return copy;
}

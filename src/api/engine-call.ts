/**
 * Engine calls from a request: a busy pool is a 429, an overrun deadline a 503, both with
 * Retry-After, so that clients back off and the load balancer keeps the task; neither saves
 * anything. Every other failure (a worker that crashed) goes to the one error path as a 500.
 */
import { HttpError } from '../http/errors.ts';
import { EngineBusyError, EngineDeadlineError } from '../engines/errors.ts';

/** Run an engine call, turning "busy" into 429 and "too slow" into 503. */
export async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof EngineBusyError) {
      throw new HttpError(429, `The text engines are busy with other requests; nothing was saved. Try again in ${error.retryAfterSeconds} s.`, {
        headers: { 'Retry-After': String(error.retryAfterSeconds) },
        cause: error,
      });
    }
    if (error instanceof EngineDeadlineError) {
      throw new HttpError(503, `The text could not be processed in time (${error.message}); nothing was saved. Try again in ${error.retryAfterSeconds} s.`, {
        headers: { 'Retry-After': String(error.retryAfterSeconds) },
        cause: error,
      });
    }
    throw error;
  }
}

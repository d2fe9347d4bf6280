/**
 * Database calls from a request: an unreachable database is a 503 with Retry-After, not a 500.
 *
 * The stores throw StoreUnavailableError when the database cannot be reached or times out; the
 * client should retry later, and the load balancer should keep the task. Any other error is a bug
 * and goes to the one error path as a 500.
 */
import { HttpError } from '../http/errors.ts';
import { StoreUnavailableError } from '../db/errors.ts';

export const RETRY_AFTER_SECONDS = 5;

/** Run a store call, turning "database unavailable" into a 503 HttpError. */
export async function storeCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      throw new HttpError(503, 'The database is not answering right now; nothing was saved. Try again in a few seconds.', {
        headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        cause: error,
      });
    }
    throw error;
  }
}

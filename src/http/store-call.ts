/**
 * Database calls from a request: an unreachable database is a 503 with Retry-After, not a 500.
 *
 * The stores throw StoreUnavailableError when the database cannot be reached or times out; the
 * client should retry later, and the load balancer should keep the task. The message says whether
 * the save may have reached the database before it went away. Any other error is a bug
 * and goes to the one error path as a 500.
 */
import { HttpError } from './errors.ts';
import { StoreUnavailableError } from '../db/errors.ts';

const RETRY_AFTER_SECONDS = 5;

/** Run a store call, turning "database unavailable" into a 503 HttpError. */
export async function storeCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      // A save that reached the server before the connection failed may have committed (whole, one INSERT).
      const outcome = error.maybeSaved ? 'the record may or may not have been saved (check the history before resending)' : 'nothing was saved';
      throw new HttpError(503, `The database is not answering right now; ${outcome}. Try again in a few seconds.`, {
        headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        cause: error,
      });
    }
    throw error;
  }
}

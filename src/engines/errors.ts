/**
 * How the engine pool refuses work, so the api can answer with the right status:
 * a full queue is the client's cue to slow down (429 with Retry-After), a job that could not be
 * finished within its deadline is the server being overloaded (503 with Retry-After), and a job
 * whose caller went away is simply dropped (its AbortSignal's reason is thrown back).
 */

/** The queue of jobs waiting for a worker is full; retry after `retryAfterSeconds`. */
export class EngineBusyError extends Error {
  readonly retryAfterSeconds: number;
  constructor(queued: number, retryAfterSeconds: number) {
    super(`the text engines are busy: ${queued} jobs are already waiting`);
    this.name = 'EngineBusyError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The job did not finish within its deadline (waiting included); nothing was produced. */
export class EngineDeadlineError extends Error {
  readonly retryAfterSeconds: number;
  constructor(deadlineMs: number, retryAfterSeconds: number) {
    super(`the text engines did not finish within ${deadlineMs} ms`);
    this.name = 'EngineDeadlineError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * A deadline for one provider call that holds even when the call ignores its signal.
 *
 * `fetch` stops when its signal aborts, but the Google client cannot be cancelled (its node-fetch v3
 * transport ignores the `timeout` option and takes no signal), so the deadline does not wait for
 * the work: it rejects the moment the signal aborts and leaves the abandoned call to finish on its
 * own (its late result or error is swallowed by the race, never unhandled).
 */

/** Runs `work` with a signal that aborts after `timeoutMs` or when `outer` aborts, settling no later than that. */
export function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, timeoutMs: number, outer?: AbortSignal): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = outer === undefined ? timeout : AbortSignal.any([outer, timeout]);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => signal.removeEventListener('abort', onAbort);
    let running: Promise<T>;
    try {
      running = work(signal);
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => { settle(); resolve(value); },
      (error: unknown) => { settle(); reject(error); },
    );
  });
}

/** True for the reason AbortSignal.timeout() aborts with. */
export function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

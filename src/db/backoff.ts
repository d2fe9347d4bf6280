/**
 * Waiting for a database that is not up yet (RDS can take minutes after a stack update).
 *
 * Delay before retry n (n = 1, 2, ...) is "full jitter" exponential backoff:
 *   delay_n = uniform(0, min(maxDelayMs, baseDelayMs * 2^(n-1)))
 * The cap keeps a late database from being noticed late; the jitter spreads home and api (and
 * every task of a scaled service) so they do not reconnect in lockstep.
 */

export interface RetryPolicy {
  /** Connection attempts in all, the first included; default 12. */
  attempts?: number;
  /** Largest single wait; default 15000 ms. */
  maxDelayMs?: number;
  /** Scale of the first wait; default 250 ms. */
  baseDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryPolicy> = { attempts: 12, maxDelayMs: 15_000, baseDelayMs: 250 };

/** The wait before retry number `retry` (1-based), given a uniform random number in [0, 1). */
export function backoffDelay(retry: number, policy: Required<RetryPolicy>, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random * ceiling);
}

export interface RetryHooks {
  /** Whether an error is worth another attempt; others are rethrown at once. */
  retryable(error: unknown): boolean;
  /** Called before each wait. */
  onWait(info: { attempt: number; delayMs: number; error: unknown }): void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Run `attempt` until it resolves, a non-retryable error occurs, or the attempts run out (last error rethrown). */
export async function retryWithBackoff<T>(attempt: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  const full = { ...DEFAULT_RETRY, ...policy };
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = hooks.random ?? Math.random;
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= full.attempts || !hooks.retryable(error)) throw error;
      const delayMs = backoffDelay(n, full, random());
      hooks.onWait({ attempt: n, delayMs, error });
      await sleep(delayMs);
    }
  }
}

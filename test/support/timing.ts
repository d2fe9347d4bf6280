/**
 * The slack of every upper bound on elapsed time in the tests. The suite runs two files at once, on CI
 * machines shared with other work, so a timer or a socket event can come seconds late. An upper bound
 * is there to catch "never" (a timeout that does not fire, a retry with backoff, a quadratic loop), so
 * it is the expected time plus this slack, and the failure it catches must take longer than that.
 * Lower bounds need no slack: timers do not fire early. Whether something is fast is for bench/.
 */

/** How late an expected event may come before a test calls it missing. */
export const LATE_MS = 5_000;

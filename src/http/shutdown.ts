/**
 * Graceful shutdown, for ECS: on SIGTERM a task has 30 s before SIGKILL, and the ALB keeps
 * sending requests until deregistration completes.
 *
 * Steps: stop accepting connections, let in-flight requests finish (their responses say
 * `Connection: close` so the socket goes away after), close idle keep-alive connections, and
 * after `graceMs` cut whatever is left; then `onClosed` (the caller closes the database there).
 *
 * Idle connections are closed a moment after the listener, not at once (http.Server#close would
 * close them in the same tick): a client may have written its next request on a kept-alive
 * connection just before the signal, and destroying that socket before the bytes are read would
 * answer it with a reset. Waiting IDLE_CLOSE_DELAY_MS lets such a request arrive and be served
 * (with `Connection: close`); the sweep then repeats until the server is closed.
 */
import type http from 'node:http';
import net from 'node:net';
import type { ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';

interface ShutdownState {
  inFlight: Set<ServerResponse>;
  closing: boolean;
  /** The shutdown under way, so a second signal waits for it instead of starting another. */
  done?: Promise<void>;
}

const states = new WeakMap<http.Server, ShutdownState>();

/** How long after the listener closes idle keep-alive connections are swept, and how often again. */
const IDLE_CLOSE_DELAY_MS = 200;

function stateOf(server: http.Server): ShutdownState {
  let state = states.get(server);
  if (state === undefined) {
    state = { inFlight: new Set(), closing: false };
    states.set(server, state);
  }
  return state;
}

/** Registers a response as in flight until it finishes or its client hangs up. */
export function trackResponse(server: http.Server, res: ServerResponse): void {
  const state = stateOf(server);
  if (state.closing) res.setHeader('Connection', 'close');
  state.inFlight.add(res);
  res.once('close', () => state.inFlight.delete(res));
}

export interface ShutdownOptions {
  /** How long in-flight requests may take before their connections are cut. */
  graceMs: number;
  log: Logger;
  /** Runs once every connection is closed, e.g. to close the database pool. */
  onClosed?: () => Promise<void>;
}

/**
 * Stops the server gracefully; resolves when it is closed and onClosed is done (rejects if onClosed rejects).
 * Calling it again while a shutdown is under way returns the same promise.
 */
export function shutdownGracefully(server: http.Server, options: ShutdownOptions): Promise<void> {
  const state = stateOf(server);
  state.done ??= closeServer(server, state, options);
  return state.done;
}

async function closeServer(server: http.Server, state: ShutdownState, options: ShutdownOptions): Promise<void> {
  state.closing = true;
  options.log.info('shutting down', { inFlight: state.inFlight.size, graceMs: options.graceMs });
  for (const res of state.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  // net.Server#close stops accepting without http.Server#close's immediate idle-connection sweep.
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_CLOSE_DELAY_MS);
  const timer = setTimeout(() => {
    options.log.warn('grace period over; closing remaining connections', { inFlight: state.inFlight.size });
    server.closeAllConnections();
  }, options.graceMs);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
    clearInterval(sweep);
  }
  await options.onClosed?.();
  options.log.info('shut down');
}

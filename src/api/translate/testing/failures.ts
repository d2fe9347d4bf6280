/**
 * Helpers shared by the translator tests: asserting an HttpError in full (status, message, and
 * that a secret appears nowhere in it or in its cause), and a loopback port nothing listens on.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { HttpError } from '../../../http/errors.ts';

/** Asserts that `pending` rejects with an HttpError of this status and message that never mentions `secret`. */
export async function rejectsWith(pending: Promise<unknown>, status: number, message: string | RegExp, secret: string): Promise<void> {
  await assert.rejects(pending, (error: unknown) => {
    assert.ok(error instanceof HttpError, `expected an HttpError, got ${String(error)}`);
    assert.equal(error.status, status);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    const cause = error.cause instanceof Error ? `${error.cause.message}\n${error.cause.stack ?? ''}` : String(error.cause ?? '');
    for (const form of [secret, encodeURIComponent(secret)]) {
      assert.ok(!error.message.includes(form), 'the message repeats the secret');
      assert.ok(!cause.includes(form), 'the cause repeats the secret');
    }
    return true;
  });
}

/** A loopback port that was free a moment ago and has nothing listening on it now. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError } from '../../http/errors.ts';
import { callProvider, describeFailure, providerError, redact } from './failure.ts';
import { LATE_MS } from '../../../test/support/timing.ts';

describe('redact', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['a key in a query string', 'request to http://h/v2?key=abc123&x=1 failed', 'request to http://h/v2?key=[redacted]&x=1 failed'],
    ['an api_key field', 'POST /translate?api_key=zzz', 'POST /translate?api_key=[redacted]'],
    ['the secret itself anywhere', 'bad key s3cr3t/+= given', 'bad key [redacted] given'],
    ['the URL-encoded secret', 'GET /x?k=s3cr3t%2F%2B%3D', 'GET /x?k=[redacted]'],
    ['text with no secret', 'quota exceeded', 'quota exceeded'],
  ];
  for (const [label, text, expected] of cases) {
    it(`hides ${label}`, () => assert.equal(redact(text, ['s3cr3t/+=', undefined]), expected));
  }
});

describe('describeFailure', () => {
  it('names the network code of an error or of its cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    assert.equal(describeFailure(refused), 'connection failed (ECONNREFUSED)');
    assert.equal(describeFailure(new TypeError('fetch failed', { cause: refused })), 'connection failed (ECONNREFUSED)');
  });
  it('keeps the message of an error that is not a network failure', () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open '/x.json'"), { code: 'ENOENT' });
    assert.equal(describeFailure(missing), "ENOENT: no such file or directory, open '/x.json'");
    assert.equal(describeFailure('a thrown string'), 'a thrown string');
  });
});

describe('providerError', () => {
  const call = { provider: 'P', secrets: ['k3y'] };
  it('is a 502 naming the provider, with blanks collapsed and the secret hidden', () => {
    const error = providerError(call, '  bad\n key k3y  ');
    assert.equal(error.status, 502);
    assert.equal(error.message, 'P: bad key [redacted]');
  });
  it('bounds a long message to 300 characters', () => {
    assert.equal(providerError(call, 'x'.repeat(1000)).message.length, 'P: '.length + 300);
  });
  it('says so when the provider gave no message', () => {
    assert.equal(providerError(call, '   ').message, 'P: the provider failed without a message');
  });
});

describe('callProvider', () => {
  const call = { provider: 'P', timeoutMs: 1000, secrets: ['k3y'] };
  it('passes a result through', async () => {
    assert.equal(await callProvider(call, async () => 'ok'), 'ok');
  });
  it('turns an unknown failure into a redacted 502', async () => {
    await assert.rejects(callProvider(call, async () => { throw new Error('boom with k3y'); }), { status: 502, message: 'P: boom with [redacted]' });
  });
  it('turns a synchronous throw into a 502 too', async () => {
    await assert.rejects(callProvider(call, () => { throw new Error('sync'); }), { status: 502, message: 'P: sync' });
  });
  it('keeps an HttpError the provider code already made', async () => {
    const made = new HttpError(502, 'P: said so');
    await assert.rejects(callProvider(call, async () => { throw made; }), (error) => error === made);
  });
  it('answers 504 when the work ignores its signal past the deadline', async () => {
    const started = performance.now();
    await assert.rejects(callProvider({ ...call, timeoutMs: 50 }, () => new Promise<never>(() => undefined)), { status: 504, message: 'P did not answer within 50 ms' });
    assert.ok(performance.now() - started < 50 + LATE_MS);
  });
  it("hands the work a signal that aborts at the deadline", async () => {
    let seen: AbortSignal | undefined;
    await assert.rejects(callProvider({ ...call, timeoutMs: 30 }, (signal) => {
      seen = signal;
      return new Promise<never>(() => undefined);
    }), { status: 504 });
    assert.equal(seen?.aborted, true);
  });
  it("rejects with the caller's reason when the caller's signal is already aborted, without running the work", async () => {
    const reason = new Error('gone');
    let ran = false;
    await assert.rejects(callProvider({ ...call, signal: AbortSignal.abort(reason) }, async () => { ran = true; }), (error) => error === reason);
    assert.equal(ran, false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RETRY, backoffDelay, retryWithBackoff } from './backoff.ts';
import { StoreUnavailableError } from './errors.ts';
import { openStore } from './open.ts';
import { parseDatabaseUrl } from '../database-target.ts';
import { closedPort } from './testing/tcp-proxy.ts';

function spyLog() {
  const lines: { level: string; msg: string; fields?: object }[] = [];
  const at = (level: string) => (msg: string, fields?: object) => lines.push({ level, msg, fields });
  return { lines, log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('backoffDelay', () => {
  const policy = { attempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 };
  const cases: [number, number, number][] = [
    [1, 0.999, 99], [2, 0.999, 199], [3, 0.5, 200], [4, 0.999, 799], [5, 0.999, 999], [9, 0.999, 999], [3, 0, 0],
  ];
  for (const [retry, random, delay] of cases) {
    it(`waits ${delay} ms before retry ${retry} when the draw is ${random}`, () => assert.equal(backoffDelay(retry, policy, random), delay));
  }
  it('defaults to about a minute and a half of waiting at most', () => {
    let total = 0;
    for (let n = 1; n < DEFAULT_RETRY.attempts; n += 1) total += backoffDelay(n, DEFAULT_RETRY, 0.999_999);
    assert.ok(total > 60_000 && total < 150_000, `${total}`);
  });
});

describe('retryWithBackoff', () => {
  it('retries retryable errors until it succeeds, reporting each wait', async () => {
    let calls = 0;
    const waits: number[] = [];
    const value = await retryWithBackoff(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('down');
        return 'up';
      },
      { attempts: 5, baseDelayMs: 10 },
      { retryable: () => true, onWait: ({ delayMs }) => waits.push(delayMs), sleep: async () => undefined, random: () => 0.5 },
    );
    assert.equal(value, 'up');
    assert.deepEqual(waits, [5, 10]);
  });

  it('rethrows a non-retryable error at once', async () => {
    let calls = 0;
    const fatal = new Error('access denied');
    await assert.rejects(
      retryWithBackoff(async () => {
        calls += 1;
        throw fatal;
      }, { attempts: 5 }, { retryable: () => false, onWait: () => assert.fail('no wait'), sleep: async () => undefined }),
      fatal,
    );
    assert.equal(calls, 1);
  });
});

describe('openStore', () => {
  it('retries an unreachable MySQL with backoff, logs each wait, then gives up with a clear error', async () => {
    const port = await closedPort();
    const { lines, log } = spyLog();
    await assert.rejects(
      openStore(parseDatabaseUrl(`mysql://app:secret@127.0.0.1:${port}/textops`), { log, retry: { attempts: 3, maxDelayMs: 20, baseDelayMs: 10 } }),
      (error: unknown) => {
        assert.ok(error instanceof StoreUnavailableError);
        assert.match(error.message, /still unreachable after 3 attempts/);
        assert.match(error.message, /app:\*\*\*@127\.0\.0\.1/);
        assert.doesNotMatch(error.message, /secret/);
        return true;
      },
    );
    const waits = lines.filter((l) => l.msg === 'waiting for database');
    assert.equal(waits.length, 2);
    assert.deepEqual(waits.map((w) => (w.fields as { attempt: number }).attempt), [1, 2]);
    for (const w of waits) {
      const fields = w.fields as { delayMs: number; error: string; database: string };
      assert.equal(w.level, 'warn');
      assert.ok(fields.delayMs >= 0 && fields.delayMs <= 20);
      assert.match(fields.error, /ECONNREFUSED|connect/i);
      assert.doesNotMatch(fields.database, /secret/);
    }
  });

  it('opens and migrates a SQLite store, logging that it is ready', async () => {
    const { lines, log } = spyLog();
    const store = await openStore(parseDatabaseUrl('sqlite::memory:'), { log });
    assert.equal(store.kind, 'sqlite');
    assert.equal(await store.count({}), 0);
    await store.close();
    assert.deepEqual(lines.map((l) => l.msg), ['database ready']);
  });
});

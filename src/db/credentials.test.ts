import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedCredentials } from './credentials.ts';
import type { DbCredentials } from './credentials.ts';

/** A fetch that counts its calls and answers what `next` holds at the time. */
function counted(values: DbCredentials[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    fetch: async () => {
      const value = values[Math.min(calls++, values.length - 1)];
      if (value === undefined) throw new Error('counted() needs at least one value');
      return value;
    },
  };
}

describe('cached credentials', () => {
  it('fetches once and serves every later current() from the cache', async () => {
    const source = counted([{ user: 'app', password: 'one' }]);
    const credentials = cachedCredentials('test', source.fetch);
    await Promise.all([credentials.current(), credentials.current()]);
    assert.deepEqual(await credentials.current(), { user: 'app', password: 'one' });
    assert.equal(source.calls, 1);
  });

  it('fetches again on refresh(), and later current() calls see the new password', async () => {
    let now = 0;
    const source = counted([{ user: 'app', password: 'one' }, { user: 'app', password: 'two' }]);
    const credentials = cachedCredentials('test', source.fetch, { clock: () => now, minRefreshMs: 1_000 });
    await credentials.current();
    now = 1_000;
    assert.equal((await credentials.refresh()).password, 'two');
    assert.equal((await credentials.current()).password, 'two');
    assert.equal(source.calls, 2);
  });

  it('shares one fetch among refreshes within minRefreshMs, so refused passwords cannot flood the secret store', async () => {
    let now = 0;
    const source = counted([{ user: 'app', password: 'one' }, { user: 'app', password: 'two' }, { user: 'app', password: 'three' }]);
    const credentials = cachedCredentials('test', source.fetch, { clock: () => now, minRefreshMs: 1_000 });
    await credentials.current();
    now = 5_000;
    await Promise.all(Array.from({ length: 50 }, () => credentials.refresh()));
    now = 5_999;
    await credentials.refresh();
    assert.equal(source.calls, 2);
    now = 6_000;
    assert.equal((await credentials.refresh()).password, 'three');
    assert.equal(source.calls, 3);
  });

  it('does not cache a failed fetch past minRefreshMs, and does not retry it sooner', async () => {
    let now = 0;
    let calls = 0;
    const credentials = cachedCredentials(
      'test',
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('secret store unreachable');
        return { user: 'app', password: 'one' };
      },
      { clock: () => now, minRefreshMs: 1_000 },
    );
    await assert.rejects(credentials.current(), /unreachable/);
    await assert.rejects(credentials.current(), /unreachable/);
    assert.equal(calls, 1);
    now = 1_000;
    assert.equal((await credentials.current()).password, 'one');
    assert.equal(calls, 2);
  });
});

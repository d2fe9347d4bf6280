import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cachedCount } from './count-cache.ts';
import type { RecordFilter } from '../db/store.ts';

function counter(values: number[]) {
  const calls: RecordFilter[] = [];
  let release: (() => void) | null = null;
  const count = (filter: RecordFilter) => {
    calls.push(filter);
    const value = values.shift() ?? -1;
    return new Promise<number>((resolve) => (release = () => resolve(value)));
  };
  return { calls, count, release: () => release?.() };
}

describe('cachedCount', () => {
  it('shares one query among concurrent views of the same filter', async () => {
    const fake = counter([7]);
    const cached = cachedCount(fake.count, { ttlMs: 1000, maxKeys: 10, now: () => 0 });
    const views = [cached({}), cached({}), cached({})];
    fake.release();
    assert.deepEqual(await Promise.all(views), [7, 7, 7]);
    assert.equal(fake.calls.length, 1);
  });

  it('reuses a total until it is ttlMs old, then asks again', async () => {
    let time = 0;
    const fake = counter([1, 2]);
    const cached = cachedCount(fake.count, { ttlMs: 1000, maxKeys: 10, now: () => time });
    const first = cached({ operation: 'spell' });
    fake.release();
    assert.equal(await first, 1);
    time = 999;
    assert.equal(await cached({ operation: 'spell' }), 1);
    time = 1000;
    const second = cached({ operation: 'spell' });
    fake.release();
    assert.equal(await second, 2);
  });

  it('keeps totals per filter', async () => {
    const fake = counter([10, 3]);
    const cached = cachedCount(fake.count, { ttlMs: 1000, maxKeys: 10, now: () => 0 });
    const all = cached({});
    fake.release();
    const tagged = cached({ tag: 'x' });
    fake.release();
    assert.deepEqual([await all, await tagged], [10, 3]);
  });

  it('never caches a failure', async () => {
    let fail = true;
    const cached = cachedCount(async () => {
      if (fail) throw new Error('down');
      return 5;
    }, { ttlMs: 1000, maxKeys: 10, now: () => 0 });
    await assert.rejects(cached({}), /down/);
    fail = false;
    assert.equal(await cached({}), 5);
  });

  it('forgets the oldest filter beyond maxKeys', async () => {
    let calls = 0;
    const cached = cachedCount(async () => ++calls, { ttlMs: 1000, maxKeys: 2, now: () => 0 });
    await cached({ tag: 'a' });
    await cached({ tag: 'b' });
    await cached({ tag: 'c' });
    assert.equal(await cached({ tag: 'a' }), 4);
  });
});

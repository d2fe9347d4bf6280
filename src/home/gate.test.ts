import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGate } from './gate.ts';

describe('createGate', () => {
  it('lets at most `size` callers run at once, in arrival order, even when some fail', async () => {
    const gate = createGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (i: number) =>
      gate(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(i);
        running -= 1;
        if (i === 1) throw new Error('fails');
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(job));
    assert.equal(most, 2);
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5]);
    assert.equal(results[1]?.status, 'rejected');
    assert.deepEqual(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value), [0, 2, 3, 4, 5]);
  });
});

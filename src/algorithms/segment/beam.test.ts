import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dominatedAhead, LOOK_AHEAD, MIN_LEAD } from './beam.ts';

/** dominatedAhead with j's own cost read from bestAt. */
function dominated(bestAt: Float64Array, j: number, n: number, width: number, slope: number): boolean {
  return dominatedAhead(bestAt[j]!, bestAt, j, n, width, slope);
}

/** bestAt of a run of n letters: Infinity but where given. */
function costs(n: number, given: Record<number, number>): Float64Array {
  const bestAt = new Float64Array(n + 1).fill(Infinity);
  for (const [at, cost] of Object.entries(given)) bestAt[Number(at)] = cost;
  return bestAt;
}

describe('the search beam', () => {
  it('finds j dominated by a position ahead cheaper by more than the width, less the slope a letter', () => {
    // j = 3 at 20; p = 6 at 14: 14 < 20 - 8 + 1 * 3 = 15.
    assert.equal(dominated(costs(10, { 3: 20, 6: 14 }), 3, 10, 8, 1), true);
    // p = 6 at 15.5 is not cheaper than 15.
    assert.equal(dominated(costs(10, { 3: 20, 6: 15.5 }), 3, 10, 8, 1), false);
  });

  it('never takes the next position as the witness: a word one letter longer says nothing of the next word', () => {
    assert.equal(MIN_LEAD, 2);
    assert.equal(dominated(costs(10, { 3: 20, 4: 0 }), 3, 10, 8, 1), false);
    assert.equal(dominated(costs(10, { 3: 20, 5: 0 }), 3, 10, 8, 1), true);
  });

  it('looks no further than LOOK_AHEAD letters, nor past the run', () => {
    const n = 40;
    assert.equal(dominated(costs(n, { 0: 100, [LOOK_AHEAD + 1]: 0 }), 0, n, 8, 0), false);
    assert.equal(dominated(costs(n, { 0: 100, [LOOK_AHEAD]: 0 }), 0, n, 8, 0), true);
    const bestAt = costs(n, { 30: 100 });
    bestAt[34] = 0; // beyond the run's end n = 33 below
    assert.equal(dominated(bestAt, 30, 33, 8, 0), false);
  });

  it('judges j by the cost given, a prefix pending at j being cheaper than bestAt[j]', () => {
    const bestAt = costs(10, { 3: 20, 6: 14 });
    assert.equal(dominatedAhead(20, bestAt, 3, 10, 8, 1), true);
    assert.equal(dominatedAhead(16, bestAt, 3, 10, 8, 1), false);
  });

  it('never finds a position dominated when the width is Infinity (the exact search)', () => {
    assert.equal(dominated(costs(10, { 3: 1e9, 6: 0 }), 3, 10, Infinity, 1), false);
  });
});

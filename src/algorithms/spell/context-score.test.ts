import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UNKEPT_COUNT, type SpellContext } from './context.ts';
import { shrunkLogRatio } from './context-score.ts';

/** A context whose word 0 was seen `n` times (logOnceShare = ln((1 - D) / n)); shrunkLogRatio reads nothing else. */
function seen(n: number): SpellContext {
  return { logOnceShare: Float32Array.of(Math.log(UNKEPT_COUNT / n)) } as unknown as SpellContext;
}

describe('shrunkLogRatio (the word after, for a rarely seen candidate)', () => {
  it('leaves the ratio as it is with no pseudo-counts', () => {
    assert.equal(shrunkLogRatio(seen(30), 0, 3.6, 0), 3.6);
  });

  it('leaves a frequent candidate\'s evidence almost as it is', () => {
    assert.ok(Math.abs(shrunkLogRatio(seen(1_000_000), 0, 2, 100) - 2) < 0.01);
    assert.ok(Math.abs(shrunkLogRatio(seen(1_000_000), 0, -2, 100) + 2) < 0.01);
  });

  it('pulls a rarely seen candidate\'s evidence towards none, on both sides of it', () => {
    // `wears down`: one pair of a word seen about 30 times reads as ln r = 3.6; with m = 100, ln[(30 e^3.6 + 100) / 130].
    const shrunk = shrunkLogRatio(seen(30), 0, 3.6, 100);
    assert.ok(Math.abs(shrunk - Math.log((30 * Math.exp(3.6) + 100) / 130)) < 1e-4, `${shrunk}`);
    assert.ok(shrunk > 0 && shrunk < 3.6 - 1);
    const against = shrunkLogRatio(seen(30), 0, -3, 100);
    assert.ok(against < 0 && against > -1);
  });

  it('trusts a candidate more the more often it was seen', () => {
    const ratios = [10, 100, 1_000, 10_000].map((n) => shrunkLogRatio(seen(n), 0, 3, 100));
    for (let k = 1; k < ratios.length; k++) assert.ok(ratios[k]! > ratios[k - 1]!);
  });
});

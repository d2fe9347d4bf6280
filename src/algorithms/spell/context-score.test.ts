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
    assert.equal(shrunkLogRatio(seen(4), 0, 3.45, 0), 3.45);
  });

  it('leaves a frequent candidate\'s evidence almost as it is', () => {
    assert.ok(Math.abs(shrunkLogRatio(seen(1_000_000), 0, 2, 100) - 2) < 0.01);
    assert.ok(Math.abs(shrunkLogRatio(seen(1_000_000), 0, -2, 100) + 2) < 0.01);
  });

  it('pulls a rarely seen candidate\'s evidence towards none, on both sides of it', () => {
    // `wears down`: one gloss pair of a word big.txt has 4 times before another word reads as ln r = 3.45; with m = 100,
    // ln[(4 e^3.45 + 100) / 104] = 0.78.
    const shrunk = shrunkLogRatio(seen(4), 0, 3.45, 100);
    assert.ok(Math.abs(shrunk - Math.log((4 * Math.exp(3.45) + 100) / 104)) < 1e-4, `${shrunk}`);
    assert.ok(shrunk > 0.7 && shrunk < 0.85, `${shrunk}`);
    const against = shrunkLogRatio(seen(30), 0, -3, 100);
    assert.ok(against < 0 && against > -1);
  });

  it('trusts a candidate more the more often it was seen', () => {
    const ratios = [10, 100, 1_000, 10_000].map((n) => shrunkLogRatio(seen(n), 0, 3, 100));
    for (let k = 1; k < ratios.length; k++) assert.ok(ratios[k]! > ratios[k - 1]!);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts, withSpellingOnly } from '../model.ts';
import { spellIndex } from './deletion-index.ts';
import { anchorScores, smoothedLogCounts, SPELLING_ONLY_SHARE } from './prior.ts';

const index = spellIndex(modelFromCounts([['the', 1_000_000], ['cat', 1000], ['zymurgy', 1]]));

describe('smoothedLogCounts', () => {
  it('floors the rarest priors near ln k and leaves frequent words almost as they were', () => {
    const smoothed = smoothedLogCounts(index, 500);
    assert.equal(smoothed[2], Math.log(501));
    assert.ok(Math.abs(smoothed[0]! - Math.log(1_000_000)) < 1e-3);
  });

  it('keeps the words in the same order by prior', () => {
    const smoothed = smoothedLogCounts(index, 500);
    assert.ok(smoothed[0]! > smoothed[1]! && smoothed[1]! > smoothed[2]!);
  });

  it('ranks a spelling-only word below the rarest counted word, at ln(s · k)', () => {
    const forms = spellIndex(withSpellingOnly(modelFromCounts([['cat', 1000], ['zymurgy', 1]]), ['zymurgies']));
    const smoothed = smoothedLogCounts(forms, 500);
    assert.equal(smoothed[2], Math.log(SPELLING_ONLY_SHARE * 500));
    assert.ok(smoothed[2]! < smoothed[1]!);
  });

  it('is the raw log count when k is 0', () => {
    assert.equal(smoothedLogCounts(index, 0), index.logCounts);
  });
});

describe('anchorScores', () => {
  it('shifts every score by one constant so that the best carries its raw prior', () => {
    const smoothed = smoothedLogCounts(index, 500);
    const ranked = { ids: [2, 1], scores: [smoothed[2]! - 4, smoothed[1]! - 8] };
    anchorScores(ranked, index.logCounts, smoothed);
    assert.ok(Math.abs(ranked.scores[0]! - (index.logCounts[2]! - 4)) < 1e-12);
    assert.ok(Math.abs(ranked.scores[0]! - ranked.scores[1]! - (smoothed[2]! - 4 - (smoothed[1]! - 8))) < 1e-12);
  });
});

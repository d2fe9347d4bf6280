import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCount, formatTime, languageName, operationLabel, plural, translationDirection } from './format.ts';

describe('record formatting', () => {
  it('writes times in UTC, to the second', () => assert.equal(formatTime(new Date(Date.UTC(2026, 10, 26, 4, 27, 16, 900))), '2026-11-26 04:27:16 UTC'));
  it('groups thousands', () => assert.equal(formatCount(25000), '25,000'));
  it('says "1 record" but "2 records" and "0 records"', () => {
    assert.deepEqual([0, 1, 2, 1500].map((n) => plural(n, 'record')), ['0 records', '1 record', '2 records', '1,500 records']);
  });
  it('names operations for people', () => assert.deepEqual((['spell', 'space', 'translate'] as const).map(operationLabel), ['Spelling', 'Spaces', 'Translation']));
  it('names languages, and falls back to the code it cannot name', () => {
    assert.equal(languageName('fr'), 'French');
    assert.equal(translationDirection('de'), 'German → English');
    assert.equal(languageName('not a code!'), 'not a code!');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyReview } from './review.ts';
import type { FullRecord } from '../db/store.ts';
import { HttpError } from '../http/errors.ts';

const record: FullRecord = {
  id: 3, tag: '', operation: 'spell', original: 'teh beleive', processed: 'the believe', sourceLanguage: null, engine: 'e', createdAt: new Date(0), sourceId: null,
  edits: [
    { offset: 0, length: 3, replacement: 'the', confidence: 0.9, alternatives: [{ word: 'tech', confidence: 0.1 }] },
    { offset: 4, length: 7, replacement: 'believe', confidence: 0.7, alternatives: [{ word: 'relieve', confidence: 0.2 }, { word: 'belief', confidence: 0.1 }] },
  ],
};

describe('applyReview', () => {
  it('keeps the engine\'s choices when nothing is chosen', () => {
    assert.deepEqual(applyReview(record, {}), { processed: 'the believe', edits: record.edits, changed: 0 });
  });
  it('applies an alternative and keeps the engine\'s pick as an alternative of it', () => {
    const reviewed = applyReview(record, { c1: 'a0' });
    assert.equal(reviewed.processed, 'the relieve');
    assert.deepEqual(reviewed.edits[1], { offset: 4, length: 7, replacement: 'relieve', confidence: 0.2, alternatives: [{ word: 'believe', confidence: 0.7 }, { word: 'belief', confidence: 0.1 }] });
    assert.equal(reviewed.changed, 1);
  });
  it('keeps the original word, dropping that edit', () => {
    const reviewed = applyReview(record, { c0: 'k', c1: 'k' });
    assert.equal(reviewed.processed, 'teh beleive');
    assert.deepEqual(reviewed.edits, []);
  });
  it('refuses a choice the change does not offer', () => {
    for (const choice of ['a1', 'a9', 'x', '']) assert.throws(() => applyReview(record, { c0: choice }), (e) => e instanceof HttpError && e.status === 400, choice);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, editedSegments } from './edits.ts';

describe('applyEdits', () => {
  it('replaces words and inserts spaces at offsets of the original', () => {
    assert.equal(applyEdits('Speling isfun', [{ offset: 0, length: 7, replacement: 'Spelling' }, { offset: 10, length: 0, replacement: ' ' }]), 'Spelling is fun');
  });

  it('returns the original when there are no edits', () => {
    assert.equal(applyEdits('as is', []), 'as is');
  });
});

describe('editedSegments', () => {
  it('cuts the processed text into unchanged and changed pieces, remembering what each change replaced', () => {
    assert.deepEqual(editedSegments('a teh b', [{ offset: 2, length: 3, replacement: 'the' }]), [
      { text: 'a ', changed: false, was: '' },
      { text: 'the', changed: true, was: 'teh' },
      { text: ' b', changed: false, was: '' },
    ]);
  });

  it('marks inserted spaces as changes that replaced nothing', () => {
    assert.deepEqual(editedSegments('ab', [{ offset: 1, length: 0, replacement: ' ' }]).map((piece) => [piece.text, piece.changed, piece.was]), [
      ['a', false, ''],
      [' ', true, ''],
      ['b', false, ''],
    ]);
  });
});

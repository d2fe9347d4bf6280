import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countCapitalised, formatCapitalised, parseCapitalised } from './capitals.ts';

describe('countCapitalised', () => {
  it('lists known words capitalised mid-sentence at least 90% of at least 5 times, ignoring sentence starts', () => {
    const text = [
      'We met on Friday, and on Friday again; by Friday, then Friday and Friday.',
      'Bill paid the bill. Bill. Bill. Bill. Bill. Bill.',
      'in England, in England, in England, in England, in england.',
      'Spring came; spring went, spring, spring, Spring.',
    ].join('\n');
    assert.deepEqual(countCapitalised(text, () => true), ['friday']);
    assert.deepEqual(countCapitalised(text, (word) => word !== 'friday'), []);
  });

  it('round-trips through the file format and rejects a malformed line', () => {
    const text = formatCapitalised(['friday', 'london'], 'test');
    assert.deepEqual(parseCapitalised(text), ['friday', 'london']);
    assert.throws(() => parseCapitalised('# h\nFriday\n', 'capitalised.txt'), /capitalised.txt:2/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDictionaryWords, parseDictionaryWords } from './dictionary.ts';

describe('the dictionary-extra format', () => {
  it('reads back the words it writes, skipping the header', () => {
    const text = formatDictionaryWords(['reflux', 'syringa'], 'test');
    assert.ok(text.startsWith('# '));
    assert.deepEqual([...parseDictionaryWords(text)], ['reflux', 'syringa']);
  });

  it('names the line of a malformed entry', () => {
    assert.throws(() => parseDictionaryWords('# h\nreflux\nSyringa\n', 'dictionary-extra.txt'), /dictionary-extra.txt:3/);
  });
});

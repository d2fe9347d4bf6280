import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_EXTRA, parseSegmentExtra } from '../segment/extra.ts';
import { extraRank } from './lexicon.ts';

describe('extraRank', () => {
  const extra = parseSegmentExtra(new TextEncoder().encode('# header\nabbot\t120\nkeel\tw\nkeelson\tw\nmoritz\t5000\nzymase\tw\n'));
  it('finds dictionary words (rank 0) and names (their census rank) by binary search', () => {
    assert.equal(extraRank(extra, 'keelson'), 0);
    assert.equal(extraRank(extra, 'keel'), 0);
    assert.equal(extraRank(extra, 'moritz'), 5000);
    assert.equal(extraRank(extra, 'abbot'), 120);
    assert.equal(extraRank(extra, 'zymase'), 0);
  });
  it('answers -1 for words not listed, prefixes included', () => {
    for (const word of ['kee', 'keels', 'aaa', 'zzz', 'moritzz', '']) assert.equal(extraRank(extra, word), -1);
    assert.equal(extraRank(NO_EXTRA, 'keel'), -1);
  });
});

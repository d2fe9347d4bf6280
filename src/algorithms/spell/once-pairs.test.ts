import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countOncePairs, formatOncePairs, parseOncePairs } from './once-pairs.ts';

describe('once-seen pairs (data/bigrams-once.txt)', () => {
  it('counts only the pairs running text saw exactly once, runs starting at <s>', () => {
    const once = countOncePairs('Stay off the grass. Stay off the road, stay off it. The end');
    // `stay off` (3 times) and `off the` (twice) are not seen once; `the grass`, `off it` are.
    assert.deepEqual(once.get('stay'), undefined);
    assert.deepEqual(once.get('off'), ['it']);
    assert.deepEqual(once.get('the'), ['end', 'grass', 'road'], 'sorted');
    assert.deepEqual(once.get('<s>'), ['the'], 'three runs start with stay, one with the');
  });

  it('writes followers as base-36 gaps between word-model ranks, and reads them back', () => {
    const ranks = new Map([['the', 0], ['grass', 40], ['road', 3], ['it', 1]]);
    const once = new Map([['the', ['grass', 'road', 'unknownword']], ['off', ['it']], ['zz', ['unknownword']]]);
    const text = formatOncePairs(once, (word) => ranks.get(word), 'test');
    // ranks 3 and 40 -> gaps 3 and 37 = "11" in base 36; the unknown follower counts in n only.
    assert.match(text, /\nthe\t3\t3 11\n/);
    assert.match(text, /\nzz\t1\t\n/);
    const parsed = parseOncePairs(text);
    assert.deepEqual(parsed.contexts, ['off', 'the', 'zz']);
    assert.deepEqual([...parsed.seen], [1, 3, 1]);
    assert.deepEqual([...parsed.from], [0, 1, 3, 3]);
    assert.deepEqual([...parsed.ids], [1, 3, 40]);
  });

  it('names the first malformed line', () => {
    assert.throws(() => parseOncePairs('# header\nthe\t2\t3 x!\n'), /bigrams-once:2: expected "v<TAB>n<TAB>g1 g2 \.\.\."/);
    assert.throws(() => parseOncePairs('the\t1\t3 4\n'), /:1: expected/, 'more followers than n');
    assert.throws(() => parseOncePairs('the 3 4\n'), /:1: expected/);
    assert.throws(() => parseOncePairs('the\t2\t3  4\n'), /:1: expected/);
  });
});

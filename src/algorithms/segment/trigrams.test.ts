import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTrigrams, formatTrigrams, parseTrigrams } from './trigrams.ts';

const ranks = new Map(['the', 'a', 'met', 'with', 'in', 'hall', 'live', 'you', 'i', 'he'].map((word, rank) => [word, rank]));
const rankOf = (word: string): number | undefined => ranks.get(word);
const START = ranks.size;

describe('countTrigrams', () => {
  it('counts triples within runs, each run opening with <s>', () => {
    const counts = countTrigrams('he met with in the hall. he met with in the hall');
    assert.deepEqual(counts.triples.get('met with'), { total: 2, followers: new Map([['in', 2]]) });
    assert.deepEqual(counts.triples.get('<s> he'), { total: 2, followers: new Map([['met', 2]]) });
    assert.equal(counts.triples.has('hall he'), false);
  });

  it('counts the distinct words before a pair, not its occurrences (continuation counts)', () => {
    const counts = countTrigrams('i met with in a. you met with in a. he met with in a. i live with the. you hall with the.');
    // `with in` comes three times, always after `met`: one distinct word, below the kept minimum; `with the` after two.
    assert.equal(counts.continuations.get('with')?.followers.get('in'), undefined);
    assert.equal(counts.continuations.get('with')?.followers.get('the'), 2);
    assert.equal(counts.continuations.get('with')?.total, 3);
    assert.equal(counts.continuations.get('met')?.followers.get('with'), 3);
  });

  it('adds the counts of several texts, each cut into its own runs (big.txt and WordNet\'s examples)', () => {
    const counts = countTrigrams('he met with in the', 'hall he met with in the hall');
    assert.deepEqual(counts.triples.get('met with'), { total: 2, followers: new Map([['in', 2]]) });
    assert.deepEqual(counts.triples.get('he met'), { total: 2, followers: new Map([['with', 2]]) });
    // Joined, the first text's `the` and the second's `hall` would make `in the hall` twice; apart it is seen once.
    assert.equal(counts.triples.get('in the'), undefined);
    assert.deepEqual(countTrigrams('he met with in the hall he met with in the hall').triples.get('in the'), { total: 2, followers: new Map([['hall', 2]]) });
  });
});

describe('the data/trigrams.txt format', () => {
  it('reads back as word ids what it writes as ranks', () => {
    const counts = countTrigrams('i met with in a. you met with in a. he met with in the hall. he met with in the hall.');
    const ids = parseTrigrams(formatTrigrams(counts, rankOf, 'test'), START);
    const met = ranks.get('met')!;
    const withId = ranks.get('with')!;
    assert.equal(ids.continuationTotal[met], 3);
    assert.deepEqual([...ids.word.slice(ids.continuationFrom[met], ids.continuationFrom[met + 1])], [withId]);
    const context = [...ids.contextKey].indexOf(met * 2 ** 21 + withId);
    assert.ok(context >= 0);
    assert.equal(ids.contextTotal[context], 4);
    assert.deepEqual([...ids.word.slice(ids.contextFrom[context], ids.contextFrom[context + 1])], [ranks.get('in')]);
    assert.deepEqual([...ids.count.slice(ids.contextFrom[context], ids.contextFrom[context + 1])], [4]);
  });

  it('names the line of a malformed entry', () => {
    assert.throws(() => parseTrigrams('# header\n1\t2\t0:2\n2 3\tx\n', START), /trigrams:3:/);
    assert.throws(() => parseTrigrams('1\t2\t0:0\n', START), /trigrams:1:/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildMergeFilter, buildWordFilter, mayBeWord, mayMerge, wordHash } from './merge-filter.ts';

const words = ['with', 'in', 'within', 'a', 'bout', 'about', 'the', 'cat', 'sat', 'on', 'mat'];
const pair = (first: string, second: string): boolean => mayMerge(buildMergeFilter(words), wordHash(first, 0, first.length), wordHash(second, 0, second.length));

describe('the merge filter (pairs of words that may spell one)', () => {
  it('says maybe for every way a word splits into two words', () => {
    assert.equal(pair('with', 'in'), true);
    assert.equal(pair('a', 'bout'), true);
  });

  it('says maybe regardless of case, as the walk that follows folds it', () => {
    assert.equal(pair('With', 'in'), true);
  });

  it('rules out pairs that spell no word (a filter of two splits in 2^21 bits has no false positives here)', () => {
    assert.equal(pair('the', 'cat'), false);
    assert.equal(pair('in', 'with'), false);
    assert.equal(pair('sat', 'on'), false);
  });

  it('hashes a word inside a text as it hashes the word alone', () => {
    assert.equal(wordHash('livewithin', 4, 8), wordHash('with', 0, 4));
  });
});

describe('the word filter (strings that may be model words)', () => {
  const filter = buildWordFilter(words);

  it('says maybe for every word, wherever it stands in a text and however it is cased', () => {
    for (const word of words) assert.equal(mayBeWord(filter, `xx${word}yy`, 2, 2 + word.length), true, word);
    assert.equal(mayBeWord(filter, 'TheMat', 3, 6), true);
  });

  it('rules out the respellings that are no words (eleven words in 2^20 bits have no false positives here)', () => {
    assert.equal(mayBeWord(filter, 'them', 0, 4), false);
    assert.equal(mayBeWord(filter, 'at', 0, 2), false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildMergeFilter, buildSplitFilter, buildWordFilter, mayBeWord, mayMerge, maySplit, SPLIT_GAP, wordHash } from './merge-filter.ts';

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

describe('the split filter (words the second pass may split in two)', () => {
  // Costs by id, and a pair cost by ids: `check out` costs 1 nat more than `checkout`, `with in` 3 more than `within`,
  // `a bout` SPLIT_GAP + 1 more than `about`; `catsat` is no model word, `the` no two.
  const splitWords = ['checkout', 'check', 'out', 'within', 'with', 'in', 'about', 'a', 'bout', 'the', 'cat', 'sat'];
  const cost = [8, 5, 3, 6, 4, 3, 5, 2, 6, 2, 9, 9];
  const pairCost = (first: number, second: number): number => {
    const [a, b] = [splitWords[first], splitWords[second]];
    if (a === 'check' && b === 'out') return 4;
    if (a === 'with' && b === 'in') return 5;
    if (a === 'a' && b === 'bout') return SPLIT_GAP + 4;
    return 20;
  };
  const filter = buildSplitFilter(splitWords, cost, splitWords.length, pairCost);
  const may = (word: string): boolean => maySplit(filter, wordHash(word, 0, word.length));

  it('says maybe for a word whose split costs at most SPLIT_GAP nats more than the word', () => {
    assert.equal(may('checkout'), true);
    assert.equal(may('within'), true);
    assert.equal(may('Within'), true);
  });

  it('rules out a word whose split costs more, a word with no split, and a string that is no word', () => {
    assert.equal(may('about'), false);
    assert.equal(may('the'), false);
    assert.equal(may('catsat'), false);
  });
});

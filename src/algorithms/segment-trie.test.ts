import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTrie, childOf, symbolOf, type WordTrie } from './segment-trie.ts';

function idOf(trie: WordTrie, word: string): number {
  let node = 0;
  for (const char of word) {
    node = childOf(trie, node, symbolOf(char.charCodeAt(0)));
    if (node < 0) return -1;
  }
  return trie.wordAt[node];
}

describe('word trie', () => {
  const words = ['the', 'a', 'there', 'then', "don't", 'th', 'thereafter', 'café'];
  const trie = buildTrie(words);

  it('finds every word at its rank, short and deep', () => {
    for (const word of ['the', 'a', 'there', 'then', "don't", 'th', 'thereafter']) assert.equal(idOf(trie, word), words.indexOf(word));
  });

  it('reports prefixes that are not words as -1 and stops where no word continues', () => {
    assert.equal(idOf(trie, 'ther'), -1);
    assert.equal(idOf(trie, 'thereaft'), -1);
    assert.equal(idOf(trie, 'thz'), -1);
    assert.equal(idOf(trie, 'thereafterwards'), -1);
  });

  it('leaves out words with letters a run can never hold', () => {
    assert.equal(idOf(trie, 'caf'), -1);
  });

  it('keeps the most frequent id when a word is listed twice', () => {
    assert.equal(idOf(buildTrie(['x', 'yes', 'yes']), 'yes'), 1);
  });
});

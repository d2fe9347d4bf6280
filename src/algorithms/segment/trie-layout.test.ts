import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSegmentExtra } from './extra.ts';
import { childOf, extraRankAt, NODE_SIZE, symbolOf, WORD_ENDS, wordIdAt, type WordTrie } from './trie.ts';
import { buildTrie } from './trie-build.ts';
import { hotFirst } from './trie-layout.ts';

/** The node `text` leads to, or -1. */
function nodeOf(trie: WordTrie, text: string): number {
  let node = 0;
  for (const char of text) if (node >= 0) node = childOf(trie.nodes, node, symbolOf(char.charCodeAt(0)));
  return node;
}

describe('hot-first trie layout', () => {
  // Ids are ranks: `zymurgy` is the most frequent word here, `abacus` the rarest.
  const words = ['zymurgy', 'zymase', 'the', 'abacus', 'abaft'];
  const extra = parseSegmentExtra(new TextEncoder().encode('# test\nabalone\tw\nqwerty\t3\nzymurgy\t5\n'));
  const trie = hotFirst(buildTrie(words, extra));

  it('lays the prefixes of frequent words before those of rare ones, and those of supplementary entries only last', () => {
    assert.ok(nodeOf(trie, 'zym') < nodeOf(trie, 'the'));
    assert.ok(nodeOf(trie, 'the') < nodeOf(trie, 'aba'));
    assert.ok(nodeOf(trie, 'abac') < nodeOf(trie, 'qwe'));
  });

  it('spells the same words with the same ids and ranks', () => {
    words.forEach((word, id) => {
      const node = nodeOf(trie, word);
      assert.ok((trie.nodes[NODE_SIZE * node]! & WORD_ENDS) !== 0, word);
      assert.equal(wordIdAt(trie.nodes, node), id);
    });
    assert.equal(extraRankAt(trie, nodeOf(trie, 'qwerty')), 3);
    assert.equal(extraRankAt(trie, nodeOf(trie, 'zymurgy')), 5);
    assert.equal(extraRankAt(trie, nodeOf(trie, 'abalone')), 0);
    assert.equal(nodeOf(trie, 'thx'), -1);
  });

  it('keeps the table of 1- and 2-letter prefixes in step with the nodes', () => {
    assert.equal(trie.starts[symbolOf(116)], nodeOf(trie, 't'));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { prepareSegmenter } from './model.ts';
import { childOf, FOLLOWS, NODE_SIZE, symbolOf, WORD_ENDS, wordIdAt } from './trie.ts';

const counts: [string, number][] = [['the', 50], ['a', 40], ['cat', 20], ['sat', 20], ['dog', 10], ['ran', 10], ['mat', 5], ['on', 30]];
const bigrams = countBigrams('the cat sat. the cat sat. a dog ran. a dog ran. on the mat.');
const model = prepareSegmenter(modelFromCounts(counts), bigrams);

/** Where `word` ends in the trie: its node. */
function nodeAt(word: string): number {
  let node = 0;
  for (const char of word) node = childOf(model.trie.nodes, node, symbolOf(char.charCodeAt(0)));
  assert.ok(node >= 0, word);
  return node;
}

describe('segmenter model', () => {
  it('flags in the trie exactly the words that follow some context in a kept pair', () => {
    const followers = new Set<string>();
    for (const after of bigrams.pairs.values()) for (const word of after.keys()) followers.add(word);
    assert.ok(followers.has('cat') && !followers.has('mat'));
    for (const [word] of counts) {
      const header = model.trie.nodes[NODE_SIZE * nodeAt(word)]!;
      assert.ok((header & WORD_ENDS) !== 0, word);
      assert.equal((header & FOLLOWS) !== 0, followers.has(word), word);
    }
  });

  it("keeps each word's cost and backoff side by side, as in their own tables", () => {
    for (const [word] of counts) {
      const id = wordIdAt(model.trie.nodes, nodeAt(word));
      assert.equal(model.costsByWord[2 * id], model.wordCost[id], word);
      assert.equal(model.costsByWord[2 * id + 1], model.backoffCost[id], word);
    }
    assert.equal(model.costsByWord[2 * model.startId + 1], model.backoffCost[model.startId]);
  });
});

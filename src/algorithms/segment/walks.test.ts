import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSegmentExtra } from './extra.ts';
import { fillCaseCues, foldedCode } from './cues.ts';
import { createStates } from './states.ts';
import { childOf, symbolOf } from './trie.ts';
import { buildTrie } from './trie-build.ts';
import { createWalks, walkBlock, WALK_BLOCK } from './walks.ts';

const trie = buildTrie(['the', 'then', 'hen', 'he', 'en'], parseSegmentExtra(new TextEncoder().encode('# test\nhenry\t4\n')));

/** The walks of every position of `text`, as the nodes of each. */
function walksOf(text: string): number[][] {
  const states = createStates(text.length);
  for (let k = 0; k < text.length; k++) states.codes[k] = foldedCode(text, k);
  fillCaseCues(text, 0, text.length, states.caseStepsBefore, states.acronymEndsBefore, states.capitalized);
  const walks = createWalks();
  const out: number[][] = [];
  for (let j = 0; j < text.length; j++) {
    if (j >= walks.end) walkBlock(walks, states, text.length, trie, j);
    out.push([...walks.nodes.subarray(walks.from[j - walks.first]!, walks.from[j - walks.first + 1]!)]);
  }
  return out;
}

/** The nodes of the prefixes of `text` in the trie, up to the first that is none. */
function prefixNodes(text: string): number[] {
  const nodes: number[] = [];
  let node = 0;
  for (const char of text) {
    node = childOf(trie.nodes, node, symbolOf(char.charCodeAt(0)));
    if (node < 0) break;
    nodes.push(node);
  }
  return nodes;
}

describe('trie walks taken ahead', () => {
  it('holds, for each position, the nodes of the prefixes the trie has, one per letter', () => {
    const walks = walksOf('thenx');
    assert.deepEqual(walks[0], prefixNodes('thenx'));
    assert.deepEqual(walks[1], prefixNodes('henx'));
    assert.deepEqual(walks[4], []);
  });

  it('goes into census names only where the run capitalizes the position', () => {
    assert.equal(walksOf('xhenry')[1]!.length, 3);
    assert.equal(walksOf('xHenry')[1]!.length, 5);
  });

  it("starts no walk at an apostrophe", () => {
    assert.deepEqual(walksOf("he'then")[2], []);
  });

  it('follows a word longer than the letters whose symbols a block computes ahead', () => {
    const long = 'ab'.repeat(40);
    const longTrie = buildTrie([long, 'ba'], parseSegmentExtra(new TextEncoder().encode('# test\n')));
    const text = 'x'.repeat(WALK_BLOCK - 1) + long;
    const states = createStates(text.length);
    for (let k = 0; k < text.length; k++) states.codes[k] = foldedCode(text, k);
    fillCaseCues(text, 0, text.length, states.caseStepsBefore, states.acronymEndsBefore, states.capitalized);
    const walks = createWalks();
    walkBlock(walks, states, text.length, longTrie, 0);
    const j = WALK_BLOCK - 1;
    assert.equal(walks.from[j + 1]! - walks.from[j]!, long.length);
  });

  it('covers runs longer than a block', () => {
    const text = 'then'.repeat(WALK_BLOCK);
    const walks = walksOf(text);
    assert.deepEqual(walks[text.length - 4], prefixNodes('then'));
    assert.deepEqual(walks[WALK_BLOCK + 1], prefixNodes(text.slice(WALK_BLOCK + 1)));
  });
});

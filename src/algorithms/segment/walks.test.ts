import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSegmentExtra } from './extra.ts';
import { fillCaseCues, foldedCode } from './cues.ts';
import { createStates } from './states.ts';
import { childOf, symbolOf, type WordTrie } from './trie.ts';
import { buildTrie } from './trie-build.ts';
import { createWalk, walkFrom } from './walks.ts';

const trie = buildTrie(['the', 'then', 'hen', 'he', 'en'], parseSegmentExtra(new TextEncoder().encode('# test\nhenry\t4\n')));

/** The walk of each position of `text` (an apostrophe's left empty, as the search walks from none), as the nodes of each. */
function walksOf(text: string, over: WordTrie = trie): number[][] {
  const states = createStates(text.length);
  for (let k = 0; k < text.length; k++) {
    states.codes[k] = foldedCode(text, k);
    states.symbols[k] = symbolOf(states.codes[k]!);
  }
  fillCaseCues(text, 0, text.length, states.caseStepsBefore, states.acronymEndsBefore, states.capitalized);
  const walk = createWalk();
  const out: number[][] = [];
  for (let j = 0; j < text.length; j++) {
    if (text[j] === "'") {
      out.push([]);
      continue;
    }
    walkFrom(walk, states, text.length, over, j);
    out.push([...walk.nodes.subarray(0, walk.count)]);
  }
  return out;
}

/** The nodes of the prefixes of `text` in the trie, up to the first that is none. */
function prefixNodes(text: string, over: WordTrie = trie): number[] {
  const nodes: number[] = [];
  let node = 0;
  for (const char of text) {
    node = childOf(over.nodes, node, symbolOf(char.charCodeAt(0)));
    if (node < 0) break;
    nodes.push(node);
  }
  return nodes;
}

describe('trie walks of the search', () => {
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

  it('walks through an apostrophe only as far as the trie has words through it', () => {
    assert.deepEqual(walksOf("he'then")[0], prefixNodes("he'then"));
    assert.deepEqual(walksOf("he'then")[3], prefixNodes('then'));
  });

  it('follows a word longer than the walk buffer it starts with, in a long run', () => {
    const long = 'ab'.repeat(60);
    const longTrie = buildTrie([long, 'ba'], parseSegmentExtra(new TextEncoder().encode('# test\n')));
    const text = 'x'.repeat(300) + long;
    const walks = walksOf(text, longTrie);
    assert.equal(walks[300]!.length, long.length);
    assert.deepEqual(walks[301], prefixNodes('ba', longTrie));
  });
});

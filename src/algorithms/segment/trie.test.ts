import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSegmentExtra } from './extra.ts';
import { childOf, EXTRA_ENDS, extraRankAt, NAMES_ONLY, NODE_SIZE, symbolOf, SYMBOLS, WORD_ENDS, wordIdAt, type WordTrie } from './trie.ts';
import { buildTrie } from './trie-build.ts';

/** What ends where `text` leads in the trie: the model word id and the supplementary rank (-1: none), or null off the trie. */
function endsOf(trie: WordTrie, text: string): { word: number; extra: number } | null {
  let node = 0;
  for (const char of text) {
    node = childOf(trie.nodes, node, symbolOf(char.charCodeAt(0)));
    if (node < 0) return null;
  }
  // childOf returned a node inside the trie, so its NODE_SIZE slots exist.
  const header = trie.nodes[NODE_SIZE * node]!;
  return { word: header & WORD_ENDS ? wordIdAt(trie.nodes, node) : -1, extra: header & EXTRA_ENDS ? extraRankAt(trie, node) : -1 };
}

function wordIdOf(trie: WordTrie, text: string): number {
  return endsOf(trie, text)?.word ?? -1;
}

/** A supplementary list in the file's format from [entry, rank or 'w'] pairs, sorted by code units. */
function extraOf(entries: [string, number | 'w'][]): ReturnType<typeof parseSegmentExtra> {
  const lines = entries.map(([entry, tag]) => `${entry}\t${tag}`).sort((a, b) => (a < b ? -1 : 1));
  return parseSegmentExtra(new TextEncoder().encode(`# test\n${lines.join('\n')}\n`));
}

describe('word trie', () => {
  const words = ['the', 'a', 'there', 'then', "don't", 'th', 'thereafter', 'café', "'tis", 'don'];
  const trie = buildTrie(words);

  it('finds every word at its rank, short and deep, with apostrophes', () => {
    for (const word of ['the', 'a', 'there', 'then', "don't", 'th', 'thereafter', "'tis", 'don']) assert.equal(wordIdOf(trie, word), words.indexOf(word));
  });

  it('reports prefixes that are not words as -1 and stops where no word continues', () => {
    assert.equal(wordIdOf(trie, 'ther'), -1);
    assert.equal(wordIdOf(trie, 'thereaft'), -1);
    assert.equal(endsOf(trie, 'thz'), null);
    assert.equal(endsOf(trie, 'thereafterwards'), null);
    assert.equal(endsOf(trie, 'x'), null);
  });

  it('leaves out words with letters a run can never hold', () => {
    assert.equal(endsOf(trie, 'caf'), null);
    assert.equal(childOf(trie.nodes, 0, symbolOf('-'.charCodeAt(0))), -1);
  });

  it('tables the nodes of every one- and two-symbol prefix as the walk from the root finds them, -1 off the trie', () => {
    const both = buildTrie(['a', 'at', "a'", 'by', 'zz', "'t"], extraOf([['ab', 'w'], ['qu', 7]]));
    let found = 0;
    for (let a = 0; a < SYMBOLS; a++) {
      const first = a === 0 ? -1 : childOf(both.nodes, 0, a);
      assert.equal(both.starts[a], first, `symbol ${a}`);
      for (let b = 0; b < SYMBOLS; b++) {
        const second = first < 0 || b === 0 ? -1 : childOf(both.nodes, first, b);
        assert.equal(both.starts[SYMBOLS + SYMBOLS * a + b], second, `symbols ${a} ${b}`);
        if (second >= 0) found++;
      }
    }
    // at, a', ab, by, zz, 't, qu.
    assert.equal(found, 7);
  });

  it('keeps the most frequent id when a word is listed twice', () => {
    assert.equal(wordIdOf(buildTrie(['x', 'yes', 'yes']), 'yes'), 1);
  });

  it('holds both vocabularies, a string in both carrying both', () => {
    const both = buildTrie(['ray', 'burn', 'smith'], extraOf([['rayburn', 1], ['smith', 40], ['sojourners', 'w'], ['ra', 'w']]));
    assert.deepEqual(endsOf(both, 'ray'), { word: 0, extra: -1 });
    assert.deepEqual(endsOf(both, 'rayburn'), { word: -1, extra: 1 });
    assert.deepEqual(endsOf(both, 'ra'), { word: -1, extra: 0 });
    assert.deepEqual(endsOf(both, 'smith'), { word: 2, extra: 40 });
    assert.deepEqual(endsOf(both, 'sojourners'), { word: -1, extra: 0 });
    assert.deepEqual(endsOf(both, 'sojourner'), { word: -1, extra: -1 });
    assert.equal(endsOf(both, 'burnt'), null);
  });

  it('agrees with a plain map on many random words of both vocabularies', () => {
    let seed = 7;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % below;
    };
    const letters = "abcde'";
    const wordOf = (alphabet: string): string => Array.from({ length: 1 + random(7) }, () => alphabet[random(alphabet.length)]).join('');
    const model = Array.from({ length: 400 }, () => wordOf(letters));
    const extraWords = new Map<string, number | 'w'>();
    for (let k = 0; k < 600; k++) extraWords.set(wordOf('abcde'), random(3) === 0 ? 'w' : 1 + random(500));
    const built = buildTrie(model, extraOf([...extraWords]));
    for (let k = 0; k < 3000; k++) {
      const probe = wordOf(letters);
      const found = endsOf(built, probe);
      const tag = extraWords.get(probe);
      assert.equal(found?.word ?? -1, model.indexOf(probe), probe);
      assert.equal(found?.extra ?? -1, tag === undefined ? -1 : tag === 'w' ? 0 : tag, probe);
      const continued = model.some((word) => word.startsWith(probe)) || [...extraWords.keys()].some((entry) => entry.startsWith(probe));
      assert.equal(found !== null, continued, probe);
    }
  });

  it('marks NAMES_ONLY exactly the nodes below which every entry is a census name', () => {
    const model = ['ann', 'annex', 'bo'];
    const names: [string, number | 'w'][] = [['anna', 3], ['annabel', 9], ['annex', 5], ['bob', 2], ['bobbin', 'w'], ['cy', 4], ['cyd', 8]];
    const built = buildTrie(model, extraOf(names));
    const namesOnly = (prefix: string): boolean => {
      let node = 0;
      for (const char of prefix) node = childOf(built.nodes, node, symbolOf(char.charCodeAt(0)));
      return (built.nodes[NODE_SIZE * node]! & NAMES_ONLY) !== 0;
    };
    for (const prefix of ['a', 'an', 'ann', 'anne', 'annex', 'b', 'bo', 'bob', 'bobb', 'bobbin']) assert.equal(namesOnly(prefix), false, prefix);
    for (const prefix of ['anna', 'annab', 'annabel', 'c', 'cy', 'cyd']) assert.equal(namesOnly(prefix), true, prefix);
  });
});

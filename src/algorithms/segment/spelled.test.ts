import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { APOSTROPHE } from './cues.ts';
import { prepareSegmenter } from './model.ts';
import { hasApostrophe, spelledSplits, spelledWord } from './spelled.ts';
import { childOf, NODE_SIZE, symbolOf, WORD_ENDS, wordIdAt } from './trie.ts';
import { boundariesOfRun } from './viterbi.ts';

const words: [string, number][] = [
  ['the', 5000], ['a', 3000], ['in', 1200], ['with', 900], ['within', 300], ['thin', 50], ['he', 2000], ['hall', 100],
  ['don', 400], ["don't", 300], ['know', 800], ['at', 900], ['them', 400], ['mat', 30], ['cat', 60], ['sat', 40], ['on', 1500],
];
const model = prepareSegmenter(modelFromCounts(words), countBigrams('the cat sat on the mat. he is within the hall with them.'));

/** The model word the trie spells with run codes[from, to), or -1. */
function trieWordOf(codes: Int32Array, from: number, to: number): number {
  let node = 0;
  for (let k = from; k < to && node >= 0; k++) node = childOf(model.trie.nodes, node, symbolOf(codes[k]!));
  return node >= 0 && (model.trie.nodes[NODE_SIZE * node]! & WORD_ENDS) !== 0 ? wordIdAt(model.trie.nodes, node) : -1;
}

describe('the model words read from the lattice (second pass)', () => {
  for (const text of ['thecatsatonthemat', 'hewaswithinthehall', "Idon'tknowThem", 'ThemAtTheHall', 'xqzthinwithinxq', 'don’tknow']) {
    it(`finds the word of every span the search walked from, as the trie does (${text})`, () => {
      const split = boundariesOfRun(text, 0, text.length, model);
      const lattice = split.lattice!;
      let spans = 0;
      for (let from = 0; from < text.length; from++) {
        if (lattice.bestAt[from] === Infinity || lattice.codes[from] === APOSTROPHE) continue;
        for (let to = from + 1; to <= text.length; to++) {
          assert.equal(spelledWord(lattice, from, to), trieWordOf(lattice.codes, from, to), `${text.slice(from, to)}`);
          if (spelledWord(lattice, from, to) >= 0) spans++;
        }
      }
      assert.ok(spans > 0);
    });
  }

  for (const text of ['hewaswithinthehall', 'thecatsatonthemat', 'xqzthinwithinxq']) {
    it(`finds the splits of every span into two model words, in order of the point, as the trie does (${text})`, () => {
      const lattice = boundariesOfRun(text, 0, text.length, model).lattice!;
      const found: number[] = [];
      let splits = 0;
      for (let from = 0; from < text.length; from++) {
        if (lattice.bestAt[from] === Infinity) continue;
        for (let to = from + 2; to <= text.length; to++) {
          const expected: number[] = [];
          for (let at = from + 1; at < to; at++) {
            const [first, second] = [trieWordOf(lattice.codes, from, at), trieWordOf(lattice.codes, at, to)];
            if (first >= 0 && second >= 0) expected.push(at, first, second);
          }
          const count = spelledSplits(lattice, from, to, found);
          assert.deepEqual(found.slice(0, 3 * count), expected, text.slice(from, to));
          splits += count;
        }
      }
      assert.ok(splits > 0);
    });
  }

  it('tells the spans that hold an apostrophe, typographic ones too', () => {
    const lattice = boundariesOfRun('don’tknow', 0, 9, model).lattice!;
    assert.equal(hasApostrophe(lattice, 0, 5), true);
    assert.equal(hasApostrophe(lattice, 5, 9), false);
  });
});

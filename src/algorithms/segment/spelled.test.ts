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
function trieWordOf(codes: Int32Array, from: number, to: number, nodes = model.trie.nodes): number {
  let node = 0;
  for (let k = from; k < to && node >= 0; k++) node = childOf(nodes, node, symbolOf(codes[k]!));
  return node >= 0 && (nodes[NODE_SIZE * node]! & WORD_ENDS) !== 0 ? wordIdAt(nodes, node) : -1;
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

  it('asks the trie where the beam skipped a position: `he` of t|he in hewaswithinthehall (segment/beam.ts)', () => {
    const text = 'hewaswithinthehall';
    const lattice = boundariesOfRun(text, 0, text.length, model).lattice!;
    assert.equal(lattice.skipped[12], 1);
    assert.ok(trieWordOf(lattice.codes, 12, 14) >= 0);
    assert.equal(spelledWord(lattice, 12, 14), trieWordOf(lattice.codes, 12, 14));
    // No split of `the` (`t` is no word); `within`'s split point was walked, and it is read from the lattice as before.
    const found: number[] = [];
    assert.equal(spelledSplits(lattice, 11, 14, found), 0);
    assert.deepEqual(found.slice(0, 3 * spelledSplits(lattice, 5, 11, found)), [9, trieWordOf(lattice.codes, 5, 9), trieWordOf(lattice.codes, 9, 11)]);
  });

  it('finds a split whose point the beam skipped, from the trie: check|out of a frequent checkout', () => {
    const compound = prepareSegmenter(modelFromCounts([['checkout', 100_000], ['out', 50_000], ['check', 2], ['the', 200_000]]), countBigrams('the checkout. check out.'));
    const lattice = boundariesOfRun('thecheckout', 0, 11, compound).lattice!;
    assert.equal(lattice.skipped[8], 1);
    const found: number[] = [];
    const [check, out] = [trieWordOf(lattice.codes, 3, 8, compound.trie.nodes), trieWordOf(lattice.codes, 8, 11, compound.trie.nodes)];
    assert.ok(check >= 0 && out >= 0);
    assert.deepEqual(found.slice(0, 3 * spelledSplits(lattice, 3, 11, found)), [8, check, out]);
  });

  it("reads a word with an apostrophe from the trie where the beam skipped its start, as the search's walk would: can't of s|can't", () => {
    const apostrophes = prepareSegmenter(modelFromCounts([['scan', 100_000], ["can't", 50], ['know', 1000]]), countBigrams('scan know.'));
    const lattice = boundariesOfRun("scan'tknow", 0, 10, apostrophes).lattice!;
    assert.equal(lattice.skipped[1], 1);
    assert.equal(spelledWord(lattice, 1, 6), trieWordOf(lattice.codes, 1, 6, apostrophes.trie.nodes));
    assert.ok(spelledWord(lattice, 1, 6) >= 0);
    // No word ends at an apostrophe: `can'` is none, though the trie walks through it.
    assert.equal(spelledWord(lattice, 1, 5), -1);
  });

  it('tells the spans that hold an apostrophe, typographic ones too', () => {
    const lattice = boundariesOfRun('don’tknow', 0, 9, model).lattice!;
    assert.equal(hasApostrophe(lattice, 0, 5), true);
    assert.equal(hasApostrophe(lattice, 5, 9), false);
  });
});

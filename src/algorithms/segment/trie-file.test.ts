import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadModel } from '../model.ts';
import { parseSegmentExtra } from './extra.ts';
import { loadSearch } from './load.ts';
import { buildTrie } from './trie-build.ts';
import { decodeTrie, encodeTrie, type TrieInputs } from './trie-file.ts';
import { hotFirst } from './trie-layout.ts';

const inputs: TrieInputs = {
  words: ['the', 'then', 'zymurgy', 'abacus'],
  extra: parseSegmentExtra(new TextEncoder().encode('# test\nabalone\tw\nthen\t7\nzelda\t3\n')),
  follows: new Uint8Array([0, 1, 0, 1]),
};
const trie = hotFirst(buildTrie(inputs.words, inputs.extra, inputs.follows));
const file = encodeTrie(trie, inputs);

describe('data/segment-trie.bin (the search\'s trie as bytes)', () => {
  it('reads back the nodes, the table of 2-letter prefixes and the ranks kept aside as written', () => {
    assert.equal(trie.sharedRanks.size, 1);
    assert.deepEqual(decodeTrie(file, inputs), trie);
  });

  it('reads a copy that does not start on a 4-byte boundary', () => {
    const shifted = new Uint8Array(file.length + 1);
    shifted.set(file, 1);
    assert.deepEqual(decodeTrie(shifted.subarray(1), inputs), trie);
  });

  it('refuses a file built over other model words, naming the rebuild', () => {
    assert.throws(() => decodeTrie(file, { ...inputs, words: ['the', 'then', 'abacus', 'zymurgy'] }, 'x.bin'), /x\.bin: built over other model words.*: run npm run build:segment-trie/);
    assert.throws(() => decodeTrie(file, { ...inputs, words: ['the', 'then', 'zymurgy'] }, 'x.bin'), /x\.bin: built for 4 model words and 3 supplementary entries, the model has 3 and 3: run npm run build:segment-trie/);
  });

  it('refuses a file built over another supplementary list or other follower flags', () => {
    const extra = parseSegmentExtra(new TextEncoder().encode('# test\nabalone\tw\nthen\t7\nzelda\t4\n'));
    assert.throws(() => decodeTrie(file, { ...inputs, extra }), /fingerprint differs\): run npm run build:segment-trie/);
    assert.throws(() => decodeTrie(file, { ...inputs, follows: new Uint8Array([0, 1, 0, 0]) }), /fingerprint differs/);
  });

  it('fails on a file that is not one, or is cut short', () => {
    assert.throws(() => decodeTrie(new Uint8Array(64), inputs), /not a textops segment trie file/);
    assert.throws(() => decodeTrie(file.subarray(0, file.length - 4), inputs), /truncated/);
  });

  it('fails the start-up when the committed file is stale for the model it is loaded with', () => {
    const root = new URL('../../../', import.meta.url);
    const words = loadModel(new URL('data/wordfreq.txt', root).pathname);
    // The same words, two of them swapped in rank: the ids the file holds would be wrong.
    const swapped = [...words.words];
    [swapped[100], swapped[101]] = [swapped[101]!, swapped[100]!];
    const bigrams = new URL('data/bigrams.txt', root).pathname;
    assert.throws(() => loadSearch({ ...words, words: swapped }, bigrams), /segment-trie\.bin: built over other model words.*: run npm run build:segment-trie/);
  });
});

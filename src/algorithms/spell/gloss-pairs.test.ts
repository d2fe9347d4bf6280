import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeGlossPairs, encodeGlossPairs, glossesOf, isGlossPair, selectGlossPairs } from './gloss-pairs.ts';

describe('pairs only WordNet\'s glosses have (data/gloss-pairs.bin)', () => {
  it('takes each synset line\'s gloss and skips the licence header', () => {
    const data = '  1 This software and database is being provided\n00001740 03 n 01 entity 0 003 ~ 00001930 n 0000 | that which is perceived  \n00001930 03 n 01 thing 0 000 | a separate and self-contained entity\n';
    assert.equal(glossesOf([data]), 'that which is perceived.\na separate and self-contained entity.');
  });

  it('lists the pairs of model words that big.txt lacks and the glosses have more often than chance', () => {
    const ids = new Map([['a', 0], ['nuclear', 1], ['reactor', 2], ['the', 3], ['plant', 4]]);
    const startId = 5;
    // 16 pairs. `nuclear reactor` twice, c(nuclear ·) = 2, c(· reactor) = 3: 2 · 16 > 6, listed;
    // `the plant` once, c(the ·) = 4, c(· plant) = 4 (mostly after `a`): 1 · 16 ≤ 16, not listed.
    const text = 'the nuclear reactor. the plant. the nuclear reactor. the reactor. a plant. a plant. a plant.';
    const seenInBigTxt = (v: number, w: number): boolean => v === 0 && w === 4; // big.txt has `a plant`
    const pairs = selectGlossPairs(text, (word) => ids.get(word), startId, seenInBigTxt);
    assert.equal(isGlossPair(pairs, 1, 2), true, 'nuclear reactor');
    assert.equal(isGlossPair(pairs, 3, 4), false, 'the plant: no more often than chance');
    assert.equal(isGlossPair(pairs, 0, 4), false, 'a plant: big.txt saw it');
    assert.equal(isGlossPair(pairs, 2, 1), false, 'order matters');
    assert.equal(isGlossPair(pairs, startId, 0), true, 'a run start before `a`: 3 · 16 > 7 · 3');
  });

  it('round-trips through its bytes and refuses a file built for another word model', () => {
    const pairs = { from: Int32Array.of(0, 2, 2, 3, 3), ids: Int32Array.of(1, 2, 0) };
    const bytes = encodeGlossPairs(pairs, 3);
    const back = decodeGlossPairs(bytes, 3);
    assert.deepEqual([...back.from], [...pairs.from]);
    assert.deepEqual([...back.ids], [...pairs.ids]);
    assert.equal(isGlossPair(back, 0, 2), true);
    assert.equal(isGlossPair(back, 2, 0), true);
    assert.equal(isGlossPair(back, 1, 0), false);
    assert.throws(() => decodeGlossPairs(bytes, 4), /built for 3 model words, the model has 4/);
    assert.throws(() => decodeGlossPairs(bytes.slice(0, bytes.length - 4), 3), /bytes, expected/);
    assert.throws(() => decodeGlossPairs(new Uint8Array(16), 3), /not a textops gloss pair file/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts, withSpellingOnly } from '../model.ts';
import { collectHits, spellIndex, type SpellIndex } from './deletion-index.ts';
import { osaDistance } from './distance.ts';
import { randomWord } from '../testing/random-word.ts';

/** The index's hits for `typed`, verified as spell/candidates.ts verifies them: each word within OSA distance `maxDistance`. */
function forEachCandidate(index: SpellIndex, typed: string, maxDistance: number, visit: (id: number, distance: number) => void): void {
  const hits = collectHits(index, typed, maxDistance);
  for (const id of index.hitIds.subarray(0, hits)) {
    const distance = osaDistance(typed, index.words[id] ?? '', maxDistance);
    if (distance <= maxDistance) visit(id, distance);
  }
}

describe('the deletion index: collectHits verified by distance', () => {
  const vocabulary = Array.from({ length: 400 }, (_, k) => randomWord(k + 1));
  const model = modelFromCounts([...new Set(vocabulary)].map((word, k) => [word, 1000 - k] as const));

  // The brute-force scan uses osaDistance, which spell/distance.test.ts checks against the full table.
  it('finds exactly the words within distance 2 that a brute-force scan finds', () => {
    const index = spellIndex(model);
    for (let seed = 5000; seed < 5300; seed++) {
      const typed = randomWord(seed);
      const found: string[] = [];
      forEachCandidate(index, typed, 2, (id, distance) => {
        const word = index.words[id];
        assert.ok(word !== undefined, `candidate id ${id} is a word of the index`);
        assert.equal(distance, osaDistance(typed, word, 2));
        found.push(word);
      });
      const expected = model.words.filter((word) => osaDistance(typed, word, 2) <= 2);
      assert.deepEqual(found.sort(), [...expected].sort(), typed);
    }
  });

  it('finds the same hits for a word again and again while its one-byte query counter wraps (every 255 queries)', () => {
    const index = spellIndex(model);
    const typed = randomWord(5001);
    const first = [...index.hitIds.subarray(0, collectHits(index, typed, 2))];
    assert.ok(first.length > 0, 'the word has hits');
    for (let query = 0; query < 600; query++) {
      const other = randomWord(7000 + query);
      collectHits(index, other, 2);
      assert.deepEqual([...index.hitIds.subarray(0, collectHits(index, typed, 2))], first, `query ${query}`);
    }
  });

  it('finds each candidate once even when several deletions lead to it', () => {
    const index = spellIndex(modelFromCounts([['aaaa', 1], ['aaa', 1]]));
    const found: string[] = [];
    forEachCandidate(index, 'aaaaa', 2, (id) => found.push(index.words[id] ?? `no word ${id}`));
    assert.deepEqual(found.sort(), ['aaa', 'aaaa']);
  });

  it("indexes a model's spelling-only words after its counted words, found when they lack at most one letter of the typed word", () => {
    const index = spellIndex(withSpellingOnly(modelFromCounts([['cat', 10]]), ['cats', 'scats']));
    assert.deepEqual(index.words, ['cat', 'cats', 'scats']);
    assert.equal(index.modelWords, 1);
    const found = (typed: string) => {
      const words: string[] = [];
      forEachCandidate(index, typed, 2, (id) => words.push(index.words[id] ?? `no word ${id}`));
      return words.sort();
    };
    assert.deepEqual(found('cts'), ['cat', 'cats']); // `cats` lacks nothing of `cts`; `scats` lacks two letters
    assert.deepEqual(found('scatts'), ['cats', 'scats']); // `scats` lacks one `t`; `cat` is three edits away
  });

  it('builds one index per model and reuses it', () => {
    assert.equal(spellIndex(model), spellIndex(model));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countNameFollowers, formatNameFollowers, parseNameFollowers } from './name-followers.ts';
import { pairCostOf } from './pairs.ts';
import { prepareSegmenter } from './model.ts';

describe('name follower counts', () => {
  it('counts the word after a Capitalized word that is never written otherwise inside a run', () => {
    const counts = countNameFollowers('then Holmes said so. and Holmes said no, but Will said it. we will go. said Holmes at last');
    // `Holmes` is a name (three Capitalized sightings after a word, no other); `Will` is not (`will` lowercase too).
    assert.deepEqual([...counts.followers], [['said', 2]]);
    assert.equal(counts.total, 3, 'every follower counts in the total, kept or not (`at` once)');
  });

  it('never counts a run\'s first word, which may start a sentence', () => {
    assert.equal(countNameFollowers('Holmes said. Holmes said. Holmes said.').total, 0);
  });

  it('writes a sorted file that parses back to the same counts', () => {
    const counts = countNameFollowers('a Bo had x. a Bo had y. a Bo and z. a Bo and. a Bo was');
    const text = formatNameFollowers(counts, 'test');
    assert.deepEqual(text.split('\n').slice(1), ['*\t5', 'and\t2', 'had\t2', '']);
    assert.deepEqual(parseNameFollowers(text), counts);
  });

  it('names the first malformed line', () => {
    assert.throws(() => parseNameFollowers('*\t3\nsaid\n'), /name-followers:2: expected/);
    assert.throws(() => parseNameFollowers('said\t2\n'), /no "\*<TAB>total" line/);
  });
});

describe('the context <name> in the segmenter\'s tables (segment/model.ts)', () => {
  const words = modelFromCounts([['the', 1000], ['at', 600], ['gold', 60], ['was', 500], ['and', 900]]);
  const followers = countNameFollowers('we met Grob at noon. then Grob at once. see Grob at home. by Smit and. to Smit and. a Smit was');
  const model = prepareSegmenter(words, undefined, undefined, undefined, undefined, undefined, followers);
  const at = 2;
  const gold = 4;
  const unigram = (id: number): number => model.wordCost[id]!;

  it('prices a frequent follower of names below its unigram cost', () => {
    assert.ok(pairCostOf(model.pairs, model.nameId, at) < unigram(at));
  });

  it('backs a word names never took off above its unigram cost', () => {
    assert.ok(Number.isNaN(pairCostOf(model.pairs, model.nameId, gold)));
    assert.ok(model.backoffCost[model.nameId]! > 0);
  });

  it('leaves the context out without counts: the word after a name is priced by P(w) alone', () => {
    assert.equal(prepareSegmenter(words).backoffCost[model.nameId], 0);
  });
});

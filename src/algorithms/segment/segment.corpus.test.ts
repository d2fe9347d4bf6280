// Corpus floors for the space restorer with the real data files: a drop below them is a regression.
// The figures themselves (and the peers) are measured by bench/space.bench.ts and kept in bench/RESULTS.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadModel } from '../model.ts';
import { segment } from './segment.ts';
import { loadSearch, loadSegmenter } from './load.ts';
import { DEFAULT_TUNING } from './tuning.ts';
import { f1Of, scoreSegmentations, withoutSpaces } from '../../../bench/segment-score.ts';
import { mixedInputs } from '../../../bench/space-sets.ts';

const root = new URL('../../../', import.meta.url);
const words = loadModel(new URL('data/wordfreq.txt', root).pathname);
const model = loadSegmenter(words, new URL('data/bigrams.txt', root).pathname);

function scoreOf(set: string): { exact: number; f1: number } {
  const references = readFileSync(new URL(`bench/data/space-${set}.txt`, root), 'utf8').trim().split('\n');
  const score = scoreSegmentations(references, references.map((sentence) => segment(withoutSpaces(sentence), model).text));
  return { exact: score.exact / score.sentences, f1: f1Of(score) };
}

describe('the search beam on English', () => {
  it('changes at most 2 of the Brown dev set\'s 2,000 splits (unspaced and with 30% of the spaces dropped) against the exact search, and loses no word F1', () => {
    const exact = { ...model, beamWidth: Infinity };
    const references = readFileSync(new URL('bench/data/space-dev.txt', root), 'utf8').trim().split('\n');
    for (const inputs of [references.map(withoutSpaces), mixedInputs(references)]) {
      const beamed = inputs.map((input) => segment(input, model).text);
      const searched = inputs.map((input) => segment(input, exact).text);
      assert.ok(beamed.filter((text, k) => text !== searched[k]).length <= 2);
      assert.ok(f1Of(scoreSegmentations(references, beamed)) >= f1Of(scoreSegmentations(references, searched)));
    }
  });
});

describe('the search beam and prefixed words', () => {
  it('judges a position by the prefix pending there too: `the discountess was` stays whole, as the exact search reads it', () => {
    assert.equal(segment('thediscountesswas', model).text, 'the discountess was');
    assert.equal(segment('thediscountesswas', { ...model, beamWidth: Infinity }).text, 'the discountess was');
  });
});

describe('segment on held-out English', () => {
  it('restores the Brown dev set (1,000 sentences) to at least 87.5% exact and 98.6% word F1', () => {
    const { exact, f1 } = scoreOf('dev');
    assert.ok(exact >= 0.875, `exact ${exact}`);
    assert.ok(f1 >= 0.986, `F1 ${f1}`);
  });

  it('restores the untuned fortunes set (1,000 sentences) to at least 91% exact and 98.8% word F1', () => {
    const { exact, f1 } = scoreOf('heldout');
    assert.ok(exact >= 0.91, `exact ${exact}`);
    assert.ok(f1 >= 0.988, `F1 ${f1}`);
  });

  it('restores the untuned State of the Union set (1,000 sentences) to at least 87.5% exact and 98.8% word F1', () => {
    const { exact, f1 } = scoreOf('sotu');
    assert.ok(exact >= 0.875, `exact ${exact}`);
    assert.ok(f1 >= 0.988, `F1 ${f1}`);
  });
});

describe('segment on words the vocabulary lacks', () => {
  it('keeps a long derived word whole rather than cutting off a listed word (unfathomable + ness)', () => {
    assert.equal(segment('unfathomableness', model).text, 'unfathomableness');
    assert.equal(segment('Iliveunfathomablenessnow', model).text, 'I live unfathomableness now');
    assert.equal(segment('thegeyseringwell', model).text, 'the geysering well');
  });

  it('keeps a long prefixed word whole rather than cutting off a listed prefix (non + reactivity)', () => {
    assert.equal(segment('nonreactivity', model).text, 'nonreactivity');
    assert.equal(segment('itsnonreactivityisknown', model).text, 'its nonreactivity is known');
  });

  it('prices a suffix by the stems that end like its stem, so a chain stays whole (hypothalamic + ally)', () => {
    assert.equal(segment('hypothalamically', model).text, 'hypothalamically');
    assert.equal(segment('itactshypothalamicallyhere', model).text, 'it acts hypothalamically here');
  });
});

describe('segment with a letter model of names (segment/letters.ts)', () => {
  // Without the context after names too, which alone keeps `Beaverton` whole (`ton` seldom follows a name).
  const withoutNames = { ...loadSearch(words, new URL('data/bigrams.txt', root).pathname, { ...DEFAULT_TUNING, nameContext: false }), trigrams: model.trigrams };
  const withoutLetters: typeof model = { ...withoutNames, letterCosts: new Float64Array(model.letterCosts.length) };

  it('keeps a capitalized unknown string whole when its letters end like a name (Beaverton, not Beaver ton)', () => {
    assert.equal(segment('thenewmayorofBeavertonspokelast', model).text, 'the new mayor of Beaverton spoke last');
    assert.equal(segment('thenewmayorofBeavertonspokelast', withoutLetters).text, 'the new mayor of Beaver ton spoke last');
  });

  it('ends a name where a word starts that names rarely spell (Greg yelled, not Gregyelled)', () => {
    assert.equal(segment('herfriendGregyelledagain', model).text, 'her friend Greg yelled again');
    assert.equal(segment('herfriendGregyelledagain', withoutLetters).text, 'her friend Gregyelled again');
  });
});

describe('segment with second-order context (segment/rescore.ts)', () => {
  it('merges two words into one when the pair follows too few distinct words to fit here (live within your means)', () => {
    assert.equal(segment('livewithinyourmeans', model).text, 'live within your means');
    assert.equal(segment('livewithinyourmeans', model, { secondPass: false }).text, 'live with in your means');
  });

  it('keeps a split after the words it was seen after (met with in the hall)', () => {
    assert.equal(segment('hemetwithinthehall', model).text, 'he met with in the hall');
    assert.equal(segment('hemetwithinthehall', model, { secondPass: false }).text, 'he met with in the hall');
  });
});

describe('segment with a class context and a movable last boundary (segment/second-order.ts, rescore.ts)', () => {
  it('reads a rare noun after `the` at the end of a run, where `at` rarely ends one (the cat sat on the mat)', () => {
    assert.equal(segment('thecatsatonthemat', model).text, 'the cat sat on the mat');
    assert.equal(segment('thecatsatonthemat.', model).text, 'the cat sat on the mat.');
    assert.equal(segment('thedogsleptonthemat', model).text, 'the dog slept on the mat');
  });

  it('needs both parts: the word triples alone, or no moved boundary, keep `them at`', () => {
    assert.equal(segment('thecatsatonthemat', model, { classContext: false }).text, 'the cat sat on them at');
    assert.equal(segment('thecatsatonthemat', model, { endShifts: false }).text, 'the cat sat on them at');
  });

  it('moves only the last boundary of a run that ends, not one a space or more letters follow', () => {
    assert.equal(segment('thecatsatonthematnow', model).text, segment('thecatsatonthematnow', model, { endShifts: false }).text);
    assert.equal(segment('thecatsatonthemat and', model).text, segment('thecatsatonthemat and', model, { endShifts: false }).text);
  });
});

describe('segment with a price on every word and splits in the second pass (segment/model.ts, rescore.ts)', () => {
  it('reads a compound as one word where its two parts would each pay a word\'s price (the councilman said)', () => {
    const unpriced = loadSearch(words, new URL('data/bigrams.txt', root).pathname, { ...DEFAULT_TUNING, wordPenalty: 0 });
    assert.equal(segment('thecouncilmansaiditwasapriority', model, { secondPass: false }).text, 'the councilman said it was a priority');
    assert.equal(segment('thecouncilmansaiditwasapriority', unpriced).text, 'the council man said it was a priority');
  });

  it('splits a closed compound where the words around it ask for a verb and its particle (we check out of the hotel)', () => {
    assert.equal(segment('wecheckoutofthehotel', model).text, 'we check out of the hotel');
    // Without the example pairs too: WordNet's examples have `check out`, which alone gives the search the split.
    const withoutExamples: typeof model = { ...loadSearch(words, new URL('data/bigrams.txt', root).pathname, { ...DEFAULT_TUNING, examplePairs: false }), trigrams: model.trigrams };
    assert.equal(segment('wecheckoutofthehotel', withoutExamples, { splits: false }).text, 'we checkout of the hotel');
  });

  it('keeps a compound whole where nothing around it asks for the split (the area reports, anyone can do it)', () => {
    assert.equal(segment('theareareportswillbeready', model).text, 'the area reports will be ready');
    assert.equal(segment('anyonecandoit', model).text, 'anyone can do it');
  });
});

describe('segment with the words after a name as context (segment/name-followers.ts)', () => {
  const withoutNames: typeof model = { ...loadSearch(words, new URL('data/bigrams.txt', root).pathname, { ...DEFAULT_TUNING, nameContext: false }), trigrams: model.trigrams };

  it('takes a word that often follows names apart from the unknown name before it (Miss Ada had giggled)', () => {
    assert.equal(segment('MissAdahadgiggled', model).text, 'Miss Ada had giggled');
    assert.equal(segment('MissAdahadgiggled', withoutNames).text, 'Miss Adahad giggled');
  });

  it('keeps a word that seldom follows a name on the name (Erich Korngold)', () => {
    assert.equal(segment('andErichKorngold.', model).text, 'and Erich Korngold.');
    assert.equal(segment('andErichKorngold.', withoutNames).text, 'and Erich Korn gold.');
  });
});

describe('segment with the pairs of WordNet\'s example sentences (segment/example-pairs.ts)', () => {
  it('reads a pair big.txt never kept but modern prose has (the series ends with, not sends with)', () => {
    const withoutExamples: typeof model = { ...loadSearch(words, new URL('data/bigrams.txt', root).pathname, { ...DEFAULT_TUNING, examplePairs: false }), trigrams: model.trigrams };
    assert.equal(segment('SherlockHolmesadventuresendswithHolmes', model).text, 'Sherlock Holmes adventures ends with Holmes');
    assert.equal(segment('SherlockHolmesadventuresendswithHolmes', withoutExamples).text, 'Sherlock Holmes adventure sends with Holmes');
  });
});

describe('segment with the word triples of WordNet\'s example sentences (segment/trigrams.ts, textops-space/12)', () => {
  it('writes apart an open compound that modern prose writes apart in its context (the back seat, not the backseat)', () => {
    // With big.txt's triples alone (textops-space/11) this gave `the floor of the backseat`.
    assert.equal(segment('onthefloorofthebackseat,', model).text, 'on the floor of the back seat,');
  });
});

describe('segment around numbers (segment/segment.ts)', () => {
  it('keeps a decade\'s or an ordinal\'s ending on its number before a full stop (the 1990s., the 5th.)', () => {
    assert.equal(segment('jobsgrewinthe1990s.', model).text, 'jobs grew in the 1990s.');
    assert.equal(segment('hewasbornonthe5th.', model).text, 'he was born on the 5th.');
  });

  it('still reads a short abbreviation after a number as its own word (8 p.m., 300 cc.)', () => {
    assert.equal(segment('itstartsat8p.m.today', model).text, 'it starts at 8 p.m. today');
    assert.equal(segment('abikeof300cc.', model).text, 'a bike of 300 cc.');
  });
});

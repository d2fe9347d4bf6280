import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { parseBigrams } from '../segment/bigrams.ts';
import { buildSpellContext } from './context.ts';
import { foreignSentences, hasComparativeBefore, hasWordAfter, hasWordBefore, isUnknownDense, isUnknownWord, SentenceDensity } from './sentence-cues.ts';

describe('an unknown-dense sentence', () => {
  it('has at least the minimum of unknown words, and more than the share of its words', () => {
    assert.equal(isUnknownDense(4, 6, 4, 0.5), true);
    assert.equal(isUnknownDense(3, 4, 4, 0.5), false); // too few unknown words to tell
    assert.equal(isUnknownDense(5, 10, 4, 0.5), false); // half is not most
    assert.equal(isUnknownDense(6, 6, 0, 0.5), false); // 0: never
  });
});

describe('an unknown word, for the density', () => {
  const model = modelFromCounts([['man', 900], ['the', 5000]]);
  const context = buildSpellContext(model, parseBigrams(''));
  it('is one the model lacks, not a possessive of a known word, nor a name mid-sentence', () => {
    assert.equal(isUnknownWord('licet', false, model), true);
    assert.equal(isUnknownWord("man's", false, model), false);
    assert.equal(isUnknownWord('Iovi', false, model), false); // a name
    assert.equal(isUnknownWord('Quod', true, model), true); // a sentence's first word
  });

  it('is none a lexicon lists as a real word, given the context', () => {
    const listed = { ...context, dictionary: new Set(['kubectl']) };
    assert.equal(isUnknownWord('kubectl', false, model, listed), false);
    assert.equal(isUnknownWord('kubectl', false, model), true);
  });
});

describe('a foreign sentence', () => {
  const dense = new Set([0, 1]);
  it('is a dense sentence where fewer than half of the unknown words get a confident change', () => {
    const words = [
      // sentence 0: Latin (`Ubi non accusator, ibi non judex.`): disputed changes
      { sentence: 0, confidence: 0.67 }, { sentence: 0, confidence: 1 }, { sentence: 0, confidence: 0.6 }, { sentence: 0, confidence: 0.79 },
      // sentence 1: English typed in a hurry (`You knwo tghe grat thign abotu TV?`): clear ones
      { sentence: 1, confidence: 1 }, { sentence: 1, confidence: 1 }, { sentence: 1, confidence: 0.94 }, { sentence: 1, confidence: 0.99 }, { sentence: 1, confidence: 1 },
      // sentence 2 is not dense: never foreign
      { sentence: 2, confidence: undefined },
    ];
    assert.deepEqual([...foreignSentences(dense, words, 0.9)], [0]);
  });

  it('counts a word left alone as no confident change', () => {
    const words = [{ sentence: 0, confidence: 1 }, { sentence: 0, confidence: undefined }, { sentence: 0, confidence: undefined }, { sentence: 0, confidence: 1 }];
    assert.deepEqual([...foreignSentences(new Set([0]), words, 0.9)], []); // two of four: half is enough
    assert.deepEqual([...foreignSentences(new Set([0]), [...words, { sentence: 0, confidence: 0.5 }], 0.9)], [0]); // two of five are not
  });
});

describe('a word beside another word', () => {
  it('has a letter or digit next to it across spaces only, before or after', () => {
    const text = 'list: coffe, suger flour, cheeze';
    const beside = (word: string): boolean => hasWordBefore(text, text.indexOf(word)) || hasWordAfter(text, text.indexOf(word) + word.length);
    assert.equal(beside('coffe'), false); // a list item, cut off by punctuation
    assert.equal(beside('suger'), true);
    assert.equal(beside('flour'), true);
    assert.equal(beside('cheeze'), false);
    assert.equal(hasWordAfter('ths u cnt', 3), true); // a one-letter word is a word
    assert.equal(hasWordBefore('ths u cnt', 6), true);
    assert.equal(hasWordBefore('see 2nite', 4), true);
    assert.equal(hasWordAfter('end.', 3), false);
  });

  it('is counted for its sentence, with its visit when it is unknown', () => {
    const density = new SentenceDensity();
    density.count(true, 3);
    density.count(false, 4);
    density.count(true, -1);
    assert.deepEqual([density.words, density.unknown, density.visits], [3, 2, [3]]);
  });
});

describe('a comparative before `than`', () => {
  const model = modelFromCounts([['rather', 500], ['than', 3000], ['why', 2000], ['asked', 800], ['we', 5000], ['ate', 300], ['then', 3000], ['left', 900]]);
  const context = buildSpellContext(model, parseBigrams('rather\t*\t100\nrather\tthan\t30\nasked\t*\t100\nasked\twhy\t20\nate\t*\t100\nate\tthen\t3\n'));
  it('is a word earlier in the sentence that the corpus follows with `than` often enough', () => {
    const text = 'I would rather they asked, than why';
    assert.equal(hasComparativeBefore(text, 0, text.indexOf('than'), context, 0.05), true);
    assert.equal(hasComparativeBefore(text, 0, text.indexOf('than'), context, 0.5), false); // P(than | rather) = 0.3
    assert.equal(hasComparativeBefore(text, 0, text.indexOf('than'), context, 0), false); // 0: never
    assert.equal(hasComparativeBefore('we ate, than left', 0, 8, context, 0.05), false);
  });

  it('is only looked for back to the sentence start or to an earlier `than`, which has used up its comparative', () => {
    const text = 'I would rather. We ate, than left';
    assert.equal(hasComparativeBefore(text, text.indexOf('We'), text.indexOf('than'), context, 0.05), false);
    const twice = 'rather asked than why, than left';
    assert.equal(hasComparativeBefore(twice, 0, twice.indexOf('than'), context, 0.05), true);
    assert.equal(hasComparativeBefore(twice, 0, twice.lastIndexOf('than'), context, 0.05), false);
  });
});

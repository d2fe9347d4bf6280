import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { prepareSegmenter, type SegmentModel } from './model.ts';
import { prepareTrigrams } from './second-order.ts';
import { segment } from './segment.ts';
import { countTrigrams, formatTrigrams, parseTrigrams } from './trigrams.ts';

/** A model over `counts` with bigram and trigram counts from `corpus`, as the data files would give them. */
function modelOf(counts: [string, number][], corpus: string): SegmentModel {
  const words = modelFromCounts(counts);
  const searched = prepareSegmenter(words, countBigrams(corpus));
  const rankOf = (word: string): number | undefined => {
    const rank = words.words.indexOf(word);
    return rank < 0 ? undefined : rank;
  };
  return { ...searched, trigrams: prepareTrigrams(parseTrigrams(formatTrigrams(countTrigrams(corpus), rankOf, 'test'), searched.startId), searched, words.words) };
}

// `with in` is common, but only ever after `met`; `within` follows many words, though never `live`.
const verbs = ['stay', 'keep', 'work', 'rest', 'sit'];
const corpus = [
  ...Array.from({ length: 30 }, () => 'they met with in the hall.'),
  ...['we', 'they'].flatMap((subject) => verbs.map((verb) => `${subject} ${verb} within the hall.`)),
  ...['we', 'they'].flatMap((subject) => [...verbs, 'live', 'go', 'come', 'run', 'play', 'talk', 'walk'].map((verb) => `${subject} ${verb} with you.`)),
].join(' ');
const counts: [string, number][] = [
  ['the', 5000], ['we', 3000], ['they', 3000], ['in', 4000], ['with', 3000], ['you', 2000], ['hall', 100], ['met', 200],
  ['within', 10000], ['live', 100], ['stay', 100], ['keep', 100], ['work', 100], ['rest', 100], ['sit', 100], ['hi', 50], ['thin', 50],
];

describe('the second pass (second-order context)', () => {
  it('merges two words that the pair before them never led to (live with in -> live within)', () => {
    const model = modelOf(counts, corpus);
    assert.equal(segment('welivewithinthehall', model, { secondPass: false }).text, 'we live with in the hall');
    assert.equal(segment('welivewithinthehall', model).text, 'we live within the hall');
  });

  it('keeps the split where the words before it are the ones it follows (met with in)', () => {
    const model = modelOf(counts, corpus);
    assert.equal(segment('theymetwithinthehall', model).text, 'they met with in the hall');
  });

  it('leaves a run alone when the model has no trigram counts', () => {
    const model = prepareSegmenter(modelFromCounts(counts), countBigrams(corpus));
    assert.equal(segment('welivewithinthehall', model).text, 'we live with in the hall');
  });
});

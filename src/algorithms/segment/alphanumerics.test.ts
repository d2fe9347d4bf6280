import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { segment } from './segment.ts';
import { prepareSegmenter } from './model.ts';

// Counts on the scale of data/wordfreq.txt (rates per 10^9 words): the letters of `mp3` or `4k` are rare or no words at all.
const counts: [string, number][] = [
    ['the', 5000], ['a', 3000], ['in', 1500], ['at', 1500], ['is', 2000], ['great', 300], ['player', 200], ['video', 300],
    ['games', 200], ['network', 200], ['printing', 100], ['sales', 200], ['released', 100], ['pro', 300], ['iphone', 100],
    ['laptop', 100], ['cases', 200], ['war', 300], ['through', 600], ['it', 2000], ['p', 5], ['m', 5],
];
const model = prepareSegmenter(modelFromCounts(counts.map(([word, count]): [string, number] => [word, count * 100_000])));

describe('alphanumerics are split as people write them', () => {
  const cases: [input: string, expected: string][] = [
    ['iphone15pro', 'iphone 15 pro'],
    ['mp3player', 'mp3 player'],
    ['4kvideo', '4k video'],
    ['ps5games', 'ps5 games'],
    ['a5gnetwork', 'a 5g network'],
    ['3dprinting', '3d printing'],
    ['b2bsales', 'b2b sales'],
    ['v2.0released', 'v2.0 released'],
    ['in1990', 'in 1990'],
    ['the10cases', 'the 10 cases'],
    ['the21stwar', 'the 21st war'],
    ['it is97through99', 'it is 97 through 99'],
    ['at8p.m.is', 'at 8 p.m. is'],
  ];
  for (const [input, expected] of cases) it(`${input} -> ${expected}`, () => assert.equal(segment(input, model).text, expected));
});

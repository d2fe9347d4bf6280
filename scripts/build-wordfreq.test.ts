import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hunspellStems } from './build-wordfreq.ts';
import { combine, countRunningText, formatWordFreq, isContraction, mergeCase, rebuildContractions, zipfRate } from './wordfreq-combine.ts';

describe('countRunningText', () => {
  it('keeps contractions, credits possessives to the noun and skips tokens with digits', () => {
    const counts = countRunningText("Don't touch Pierre's 19th hat. I'm sure it's Pierre's.");
    assert.equal(counts.get("don't"), 1);
    assert.equal(counts.get("i'm"), 1);
    assert.equal(counts.get("it's"), 1);
    assert.equal(counts.get('pierre'), 2);
    assert.equal(counts.has("pierre's"), false);
    assert.equal(counts.has('th'), false);
  });
});

describe('isContraction', () => {
  const cases: [string, boolean][] = [["don't", true], ["can't", true], ["we'll", true], ["o'clock", true], ["pierre's", false], ["rock'n'roll", false]];
  for (const [word, expected] of cases) it(`says ${word} is ${expected ? '' : 'not '}a contraction`, () => assert.equal(isContraction(word), expected));
});

describe('rebuildContractions', () => {
  it("turns split fragments back into contractions and takes the clitic's share from the stem", () => {
    const split = mergeCase([
      { word: 'didn', count: 40 }, { word: 't', count: 100 }, { word: 'can', count: 500 },
      { word: 'I', count: 900 }, { word: 'm', count: 300 }, { word: 'it', count: 800 }, { word: 's', count: 200 },
    ]);
    const reference = new Map([["didn't", 1], ["can't", 1], ["i'm", 1], ["it's", 3], ["he's", 1]]);
    const rebuilt = rebuildContractions(split, reference);
    assert.equal(rebuilt.get("didn't"), 40);
    assert.equal(rebuilt.get("can't"), 60);
    assert.equal(rebuilt.get('can'), 440);
    assert.equal(rebuilt.get("i'm"), 300);
    assert.equal(rebuilt.get('i'), 600);
    assert.equal(rebuilt.get("it's"), 150);
    assert.equal(rebuilt.get("he's"), 50);
    for (const fragment of ['didn', 't', 'm', 's']) assert.equal(rebuilt.has(fragment), false, fragment);
  });
});

describe('combine', () => {
  const sources = {
    big: new Map([['the', 60], ['cat', 30], ['alot', 5], ['b', 5]]),
    subtlex: new Map([['the', 50], ['cat', 20], ['yeah', 25], ['alot', 5]]),
    ninjaRanked: ['the', 'cat', 'rowspan', 'dog'],
    inDictionary: (word: string) => ['the', 'cat', 'dog', 'yeah', 'rowspan', 'zymurgy'].includes(word),
    dictionaryStems: ['zymurgy', 'cat'],
  };

  it('averages the source rates, most frequent first, and drops single letters other than a and i', () => {
    const rows = combine(sources);
    assert.deepEqual(rows.map(([word]) => word), ['the', 'cat', 'yeah', 'alot', 'dog', 'rowspan', 'zymurgy']);
    const expectedThe = Math.round(((60 / 100 + 50 / 100 + zipfRate(0, 4)) / 3) * 1e9);
    assert.equal(rows[0]?.[1], expectedThe);
  });

  it('lets wordninja lift a word no further than ten times its corpus rate', () => {
    const rows = new Map(combine(sources));
    assert.ok((rows.get('dog') as number) <= Math.round((10 / 100 / 3) * 1e9));
  });

  it('lists dictionary stems that no source saw at count 1', () => {
    assert.equal(new Map(combine(sources)).get('zymurgy'), 1);
  });

  it('formats rows as word<TAB>count lines', () => {
    assert.equal(formatWordFreq([['the', 5], ['of', 3]]), 'the\t5\nof\t3\n');
  });
});

describe('hunspellStems', () => {
  it('takes the lowercase a–z stems of a .dic file, skipping its count line, names and flags', () => {
    assert.deepEqual(hunspellStems('4\nzymurgy/M\nParis/M\nco-op\nox\n'), ['zymurgy', 'ox']);
  });
});

// Its byte-for-byte rebuild needs the npm registry, so it runs in npm run check:data (scripts/data.check.ts).
describe('data/wordfreq.txt', () => {
  it('stays under 6 MB', () => {
    assert.ok(readFileSync(new URL('../data/wordfreq.txt', import.meta.url)).length < 6_000_000);
  });
});

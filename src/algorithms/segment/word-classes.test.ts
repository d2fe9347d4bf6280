import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countAllPairs } from './bigrams.ts';
import { countClassPairs, formatWordClasses, learnWordClasses, parseWordClasses } from './word-classes.ts';

// Determiners come before nouns, nouns before verbs: words seen between the same neighbours should share a class.
const determiners = ['the', 'a', 'this', 'that'];
const nouns = ['cat', 'dog', 'mat', 'hat', 'rat'];
const verbs = ['sat', 'ran', 'slept', 'fell'];
// The classes are seeded with the most frequent words: here one of each kind (`the cat sat` ten times more).
const corpus = [...determiners.flatMap((d) => nouns.flatMap((n) => verbs.map((v) => `${d} ${n} ${v}.`))), ...Array.from({ length: 10 }, () => 'the cat sat.')].join(' ');
const options = { classes: 3, neighbours: 20, minCount: 1, rounds: 8 };

describe('learnWordClasses (spherical k-means over neighbour counts)', () => {
  it('puts words seen between the same neighbours in one class, and the three kinds apart', () => {
    const classes = learnWordClasses({ pairs: countAllPairs(corpus) }, options);
    for (const group of [determiners, nouns, verbs]) assert.equal(new Set(group.map((word) => classes.get(word))).size, 1, group.join(' '));
    assert.equal(new Set(['the', 'cat', 'sat'].map((word) => classes.get(word))).size, 3);
  });

  it('gives the same classes on every run (the build must be byte for byte)', () => {
    const pairs = countAllPairs(corpus);
    assert.deepEqual([...learnWordClasses({ pairs }, options)], [...learnWordClasses({ pairs }, options)]);
  });

  it('leaves words seen fewer than minCount times without a class', () => {
    const classes = learnWordClasses({ pairs: countAllPairs(`${corpus} the zebra sat.`) }, { ...options, minCount: 3 });
    assert.equal(classes.get('zebra'), undefined);
    assert.notEqual(classes.get('cat'), undefined);
  });
});

describe('data/word-classes.txt (format)', () => {
  it('reads back the classes of the ranked words and the class pair counts, the rare class and the run start included', () => {
    const pairs = countAllPairs(`${corpus} the zebra sat.`);
    const classes = learnWordClasses({ pairs }, { ...options, minCount: 3 });
    const ranked = [...determiners, ...nouns, ...verbs, 'zebra'];
    const counts = countClassPairs(pairs, classes, 3);
    const text = formatWordClasses(classes, 3, counts, (word) => (ranked.includes(word) ? ranked.indexOf(word) : undefined), 'test');
    const read = parseWordClasses(text, ranked.length);
    assert.equal(read.classes, 3);
    assert.deepEqual([...read.classOf], ranked.map((word) => classes.get(word) ?? 3));
    assert.deepEqual([...read.counts], [...counts]);
    // Every run opens after the start class (4): 80 + 10 + 1 sentences.
    assert.equal(read.counts.slice(4 * 5, 5 * 5).reduce((sum, n) => sum + n, 0), 91);
  });

  it('fails naming a line that is not one', () => {
    assert.throws(() => parseWordClasses('# x (0..2; 3 rare)\nz\t1 2\n', 10, 'c.txt'), /c\.txt: malformed line/);
    assert.throws(() => parseWordClasses('no header\n', 10, 'c.txt'), /c\.txt: no class count/);
  });
});

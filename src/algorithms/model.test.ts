import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadModel, modelFromCounts, parseWordFreq, withSpellingOnly } from './model.ts';

describe('modelFromCounts', () => {
  it('sums counts into total and measures the longest word', () => {
    const model = modelFromCounts([['the', 10], ['spelling', 3], ['a', 7]]);
    assert.equal(model.total, 20);
    assert.equal(model.maxWordLength, 8);
    assert.equal(model.counts.get('spelling'), 3);
  });

  it('lists words most frequent first, keeping input order among ties', () => {
    const model = modelFromCounts([['b', 1], ['a', 5], ['c', 1]]);
    assert.deepEqual(model.words, ['a', 'b', 'c']);
  });

  it('lowercases words and adds the counts of case variants', () => {
    const model = modelFromCounts([['What', 2], ['what', 3]]);
    assert.equal(model.counts.get('what'), 5);
    assert.equal(model.counts.has('What'), false);
  });

  it('rejects a count that is not a positive integer', () => {
    assert.throws(() => modelFromCounts([['x', 0]]), /invalid word count/);
    assert.throws(() => modelFromCounts([['x', 1.5]]), /invalid word count/);
  });
});

describe('parseWordFreq', () => {
  it('reads word<TAB>count lines, tolerating CRLF and blank lines', () => {
    const model = parseWordFreq('the\t5\r\n\nof\t3\n');
    assert.deepEqual([...model.counts], [['the', 5], ['of', 3]]);
    assert.equal(model.total, 8);
  });

  it('names the file and line of a malformed entry', () => {
    assert.throws(() => parseWordFreq('the\t5\nbroken line\n', 'words.txt'), /words\.txt:2: expected/);
    assert.throws(() => parseWordFreq('the\t-4\n', 'words.txt'), /words\.txt:1/);
  });
});

describe('loadModel', () => {
  it('reads a file from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'textops-model-'));
    const path = join(dir, 'wordfreq.txt');
    writeFileSync(path, "don't\t4\ni\t2\n");
    const model = loadModel(path);
    assert.deepEqual(model.words, ["don't", 'i']);
    assert.equal(model.maxWordLength, 5);
  });

  it('loads the shipped data/wordfreq.txt with the words both engines rely on', () => {
    const model = loadModel(new URL('../../data/wordfreq.txt', import.meta.url).pathname);
    for (const word of ['the', 'a', 'i', "don't", "i'm", "it's", 'spelling']) assert.ok(model.counts.has(word), word);
    for (const junk of ['b', 'x', 's', 't', 'rowspan']) assert.equal(model.counts.has(junk), false, junk);
    assert.equal(model.words[0], 'the');
  });
});

describe('withSpellingOnly', () => {
  it('adds the words the model does not count as spelling-only words, and leaves its counts and ranks alone', () => {
    const counted = modelFromCounts([['the', 10], ['initialise', 2]]);
    const model = withSpellingOnly(counted, ['initialises', 'the', 'initialised']);
    assert.deepEqual(model.spellingOnly, ['initialises', 'initialised']);
    assert.equal(model.counts, counted.counts);
    assert.deepEqual(model.words, counted.words);
    assert.equal(model.counts.has('initialises'), false);
  });
});

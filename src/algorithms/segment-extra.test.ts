import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from './model.ts';
import { narrowRange, parseSegmentExtra, type SegmentExtra } from './segment-extra.ts';
import { prepareSegmenter, segment } from './segment.ts';

const words: [string, number][] = [
  ['the', 5000], ['a', 3000], ['is', 2000], ['of', 2000], ['and', 1800], ['ray', 20], ['burn', 20], ['speaker', 200],
  ['sam', 300], ['forces', 200], ['many', 500], ['its', 600], ['were', 900], ['devoted', 100], ['sojourner', 10], ['swere', 1],
];
const word = modelFromCounts(words);
/** The bytes of a file's text. */
function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const extra = parseSegmentExtra(bytesOf('# header\nrayburn\t1\nsmith\t4000\nsojourners\tw\n'));

/** The entries of a parsed list as strings, for comparison. */
function entriesOf(parsed: SegmentExtra): string[] {
  return [...parsed.starts].map((start, at) => new TextDecoder().decode(parsed.bytes.subarray(start, start + parsed.lengths[at])));
}

describe('parseSegmentExtra', () => {
  it('reads names with their ranks and plain words, skipping comments', () => {
    assert.deepEqual(entriesOf(extra), ['rayburn', 'smith', 'sojourners']);
    assert.deepEqual([...extra.ranks], [1, 4000, 0]);
    assert.equal(extra.highestRank, 4000);
  });

  const bad: [label: string, line: string][] = [
    ['a name without a rank', 'rayburn'],
    ['a rank that is not a positive integer', 'rayburn\t0'],
    ['an unknown tag', 'rayburn\tx'],
    ['an entry out of order', 'aaron\tw'],
  ];
  for (const [label, line] of bad) {
    it(`rejects ${label}, naming the line`, () => assert.throws(() => parseSegmentExtra(bytesOf(`# h\nabbot\tw\n${line}\n`), 'extra.txt'), /extra\.txt:3:/));
  }
});

describe('narrowRange', () => {
  const list = parseSegmentExtra(bytesOf('ab\tw\nabc\tw\nabd\tw\nb\tw\n'));
  it('narrows to the entries that go on with each letter, shortest first', () => {
    const range = Int32Array.of(0, 4, 0);
    assert.equal(narrowRange(list, range, 0, 97), true);
    assert.deepEqual([...range.subarray(0, 2)], [0, 3]);
    assert.equal(narrowRange(list, range, 1, 98), true);
    assert.deepEqual([...range.subarray(0, 2)], [0, 3]);
    assert.equal(narrowRange(list, range, 2, 100), true);
    assert.deepEqual([...range.subarray(0, 2)], [2, 3]);
  });

  it('searches past the looked-up letters, in long and short ranges alike', () => {
    const suffixes = 'abcdefghijklmnopqrst'.split('');
    const long = parseSegmentExtra(bytesOf(['walk', ...suffixes.map((letter) => `walk${letter}`), 'walkss', 'walkz'].sort().map((entry) => `${entry}\tw\n`).join('')));
    const range = Int32Array.of(0, long.starts.length, 0);
    for (const [depth, letter] of [...'walk'].entries()) assert.equal(narrowRange(long, range, depth, letter.charCodeAt(0)), true);
    assert.deepEqual([...range.subarray(0, 2)], [0, 23]);
    assert.equal(narrowRange(long, range, 4, 115), true);
    assert.deepEqual([...range.subarray(0, 2)], [19, 21]);
    assert.equal(narrowRange(long, range, 5, 115), true);
    assert.deepEqual([...range.subarray(0, 2)], [20, 21]);
    assert.equal(narrowRange(long, range, 6, 115), false);
  });

  it('empties the range when no entry goes on with the letter', () => {
    const range = Int32Array.of(0, 4, 0);
    assert.equal(narrowRange(list, range, 0, 122), false);
  });
});

describe('segment with the supplementary vocabulary', () => {
  const withExtra = prepareSegmenter(word, undefined, undefined, extra);
  const without = prepareSegmenter(word);
  const cases: [label: string, input: string, expected: string, baseline: string][] = [
    ['keeps a listed capitalized name whole', "SpeakerSamRayburn'sforces", "Speaker Sam Rayburn's forces", "Speaker Sam Ray burn's forces"],
    ['reads a listed name only where it is capitalized', 'therayburn', 'the ray burn', 'the ray burn'],
    ['reads a dictionary word the word model lacks', 'manyofitssojournersweredevoted', 'many of its sojourners were devoted', 'many of its sojourner s were devoted'],
  ];
  for (const [label, input, expected, baseline] of cases) {
    it(label, () => {
      assert.equal(segment(input, withExtra).text, expected);
      assert.equal(segment(input, without).text, baseline);
    });
  }
});

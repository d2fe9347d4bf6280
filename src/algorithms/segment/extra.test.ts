import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { parseSegmentExtra, type SegmentExtra } from './extra.ts';
import { segment } from './segment.ts';
import { prepareSegmenter } from './model.ts';

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
  return [...parsed.starts].map((start, at) => new TextDecoder().decode(parsed.bytes.subarray(start, start + parsed.lengths[at]!)));
}

describe('parseSegmentExtra', () => {
  it('reads names with their ranks and plain words, skipping comments', () => {
    assert.deepEqual(entriesOf(extra), ['rayburn', 'smith', 'sojourners']);
    assert.deepEqual([...extra.ranks], [1, 4000, 0]);
    assert.equal(extra.highestRank, 4000);
  });

  it('gives the prefix each entry shares with the entry before it', () => {
    const list = parseSegmentExtra(bytesOf('ab\tw\nabc\tw\nabd\t7\nb\tw\nbcd\tw\n'));
    assert.deepEqual([...list.shared], [0, 2, 2, 0, 1]);
  });

  it('reads a last line without a line break', () => {
    assert.deepEqual(entriesOf(parseSegmentExtra(bytesOf('ab\tw\nac\t12'))), ['ab', 'ac']);
  });

  const bad: [label: string, line: string][] = [
    ['a name without a rank', 'rayburn'],
    ['a rank that is not a positive integer', 'rayburn\t0'],
    ['an unknown tag', 'rayburn\tx'],
    ['an entry out of order', 'aaron\tw'],
    ['an entry listed twice', 'abbot\tw'],
    ['a letter outside a-z', 'abbé\tw'],
    ['text after the tag', 'abbott\twx'],
    ['a rank too large', 'abbott\t1234567890'],
  ];
  for (const [label, line] of bad) {
    it(`rejects ${label}, naming the line`, () => assert.throws(() => parseSegmentExtra(bytesOf(`# h\nabbot\tw\n${line}\n`), 'extra.txt'), /extra\.txt:3:/));
  }
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

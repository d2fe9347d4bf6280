/**
 * The real segmenter with what the property tests draw their random runs from and price them by: the search (beam on,
 * as shipped), the reference dynamic programme's index over the same vocabulary (test/support/reference-segmenter.ts),
 * the model's words, the supplementary dictionary words, and the productive suffixes and prefixes. Loaded once per
 * test file (about a second).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../src/algorithms/model.ts';
import { readSegmentExtra } from '../../src/algorithms/parse-once.ts';
import { parseSuffixes } from '../../src/algorithms/segment/suffixes.ts';
import { loadSegmenter } from '../../src/algorithms/segment/load.ts';
import type { SegmentModel } from '../../src/algorithms/segment/model.ts';
import { referenceIndex, type ReferenceIndex } from './reference-segmenter.ts';

export interface SegmenterFixture {
  readonly model: SegmentModel;
  readonly index: ReferenceIndex;
  /** The model's words, best first (the reference reads a-z only, the callers filter). */
  readonly modelWords: readonly string[];
  /** data/segment-extra.txt's dictionary words (rank 0). */
  readonly extraWords: readonly string[];
  readonly suffixes: readonly string[];
  readonly prefixes: readonly string[];
}

export function loadSegmenterFixture(): SegmenterFixture {
  const data = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
  const wordModel = loadModel(data('wordfreq.txt'));
  const model = loadSegmenter(wordModel, data('bigrams.txt'));
  const extraFile = readSegmentExtra(data('segment-extra.txt'));
  const decoder = new TextDecoder();
  const extra = new Map<string, number>();
  for (let k = 0; k < extraFile.starts.length; k++) {
    const start = extraFile.starts[k]!; // the three columns have one entry per word
    extra.set(decoder.decode(extraFile.bytes.subarray(start, start + extraFile.lengths[k]!)), extraFile.ranks[k]!);
  }
  const affixes = parseSuffixes(readFileSync(data('segment-suffixes.txt'), 'utf8'));
  const suffixes = [...affixes.stemsTaking.keys()];
  const prefixes = [...affixes.prefixesTaking.keys()];
  return {
    model,
    index: referenceIndex({ words: wordModel.words, extra, suffixes, prefixes }, model),
    modelWords: wordModel.words.slice(0, model.wordCost.length),
    extraWords: [...extra].filter(([, rank]) => rank === 0).map(([word]) => word),
    suffixes,
    prefixes,
  };
}

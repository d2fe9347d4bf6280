// Start-up loading for the segmenter: the only part of it that reads files.
//
// The entry point calls `loadSegmenter` once with the shared word model (src/algorithms/model.ts) and
// the path of data/bigrams.txt, and passes the result to `segment` for every request. The supplementary
// vocabulary, data/segment-extra.txt, and the run-end counts, data/run-ends.txt, are read from the same
// folder; a missing file fails the start-up.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Model } from './model.ts';
import { parseBigrams } from './segment-bigrams.ts';
import { parseSegmentExtra } from './segment-extra.ts';
import { parseRunEnds } from './segment-ends.ts';
import { DEFAULT_TUNING, prepareSegmenter, type SegmentModel } from './segment-model.ts';

/** The engine name and version stored with each space-restoration record. */
export const SEGMENTER_ENGINE = 'textops-space/3';

/** Reads data/bigrams.txt, and data/segment-extra.txt and data/run-ends.txt beside it, and prepares the segmenter over the shared word model. */
export function loadSegmenter(model: Model, bigramsPath: string): SegmentModel {
  const extraPath = join(dirname(bigramsPath), 'segment-extra.txt');
  const extra = parseSegmentExtra(readFileSync(extraPath), extraPath);
  const endsPath = join(dirname(bigramsPath), 'run-ends.txt');
  const ends = parseRunEnds(readFileSync(endsPath, 'utf8'), endsPath);
  return prepareSegmenter(model, parseBigrams(readFileSync(bigramsPath, 'utf8'), bigramsPath), DEFAULT_TUNING, extra, ends);
}

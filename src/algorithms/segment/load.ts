// Start-up loading for the segmenter: the only part of it that reads files.
//
// The entry point calls `loadSegmenter` once with the shared word model (src/algorithms/model.ts) and
// the path of data/bigrams.txt, and passes the result to `segment` for every request. The supplementary
// vocabulary, data/segment-extra.txt, the run-end counts, data/run-ends.txt, and the productive suffixes,
// data/segment-suffixes.txt, are read from the same folder; a missing file fails the start-up.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Model } from '../model.ts';
import { readBigrams, readSegmentExtra } from '../parse-once.ts';
import { parseRunEnds } from './ends.ts';
import { parseSuffixes } from './suffixes.ts';
import { DEFAULT_TUNING, prepareSegmenter, type SegmentModel } from './model.ts';
import { parseTrigrams } from './trigrams.ts';
import { prepareTrigrams } from './rescore.ts';

/** The engine name and version stored with each space-restoration record. */
export const SEGMENTER_ENGINE = 'textops-space/6';

/** Reads data/bigrams.txt, and data/segment-extra.txt, data/run-ends.txt, data/segment-suffixes.txt and data/trigrams.txt (the second pass, segment/rescore.ts) beside it, and prepares the segmenter over the shared word model. */
export function loadSegmenter(model: Model, bigramsPath: string): SegmentModel {
  // Parsed once per process: the spelling context reads the same two files (parse-once.ts).
  const extra = readSegmentExtra(join(dirname(bigramsPath), 'segment-extra.txt'));
  const endsPath = join(dirname(bigramsPath), 'run-ends.txt');
  const ends = parseRunEnds(readFileSync(endsPath, 'utf8'), endsPath);
  const suffixesPath = join(dirname(bigramsPath), 'segment-suffixes.txt');
  const suffixes = parseSuffixes(readFileSync(suffixesPath, 'utf8'), suffixesPath);
  const segmenter = prepareSegmenter(model, readBigrams(bigramsPath), DEFAULT_TUNING, extra, ends, suffixes);
  const trigramsPath = join(dirname(bigramsPath), 'trigrams.txt');
  return { ...segmenter, trigrams: prepareTrigrams(parseTrigrams(readFileSync(trigramsPath, 'utf8'), segmenter.startId, trigramsPath), segmenter) };
}

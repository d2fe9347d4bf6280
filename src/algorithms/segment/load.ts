// Start-up loading for the segmenter: the only part of it that reads files.
//
// The entry point calls `loadSegmenter` once with the shared word model (src/algorithms/model.ts) and
// the path of data/bigrams.txt, and passes the result to `segment` for every request. The supplementary
// vocabulary, data/segment-extra.txt, the run-end counts, data/run-ends.txt, the words after a name,
// data/name-followers.txt, the pairs of WordNet's examples, data/example-pairs.bin, the productive suffixes,
// data/segment-suffixes.txt, and the second pass's prepared model, data/trigram-costs.bin (built from
// data/trigrams.txt and data/word-classes.txt by scripts/build-trigram-costs.ts, so no start-up parses them), are read from the same folder;
// so is the search's trie, data/segment-trie.bin (built and laid out hottest first by scripts/build-segment-trie.ts, so
// no start-up builds it; segment/trie-file.ts checks it was built over this model). A missing or stale file fails the start-up.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Model } from '../model.ts';
import { readBigrams, readRunEnds, readSegmentExtra } from '../parse-once.ts';
import { parseSuffixes } from './suffixes.ts';
import { parseNameFollowers } from './name-followers.ts';
import { decodeExamplePairs } from './example-pairs.ts';
import { wordIdsOf } from '../word-ids.ts';
import { prepareSegmenter, type SegmentModel, type TrieMaker } from './model.ts';
import { buildTrie } from './trie-build.ts';
import { decodeTrie } from './trie-file.ts';
import { DEFAULT_TUNING, type SegmentTuning } from './tuning.ts';
import { decodeTrigramModel } from './trigram-costs.ts';

/** The engine name and version stored with each space-restoration record. */
export const SEGMENTER_ENGINE = 'textops-space/13';

/**
 * Reads data/bigrams.txt, and data/segment-extra.txt, data/run-ends.txt, data/name-followers.txt, data/example-pairs.bin,
 * data/segment-suffixes.txt and data/segment-trie.bin beside it, and prepares the search over the shared word model
 * (without the second pass). `tuning` for comparisons: another tuning may flag other followers than the prepared trie
 * was built with, so the trie is then built at load (level order; the same words, a slower layout). `makeTrie` for
 * the trie's own build (scripts/build-segment-trie.ts).
 */
export function loadSearch(model: Model, bigramsPath: string, tuning: SegmentTuning = DEFAULT_TUNING, makeTrie?: TrieMaker): SegmentModel {
  // Parsed once per process: the spelling context reads the same three files (parse-once.ts).
  const extra = readSegmentExtra(join(dirname(bigramsPath), 'segment-extra.txt'));
  const endsPath = join(dirname(bigramsPath), 'run-ends.txt');
  const ends = readRunEnds(endsPath);
  const suffixesPath = join(dirname(bigramsPath), 'segment-suffixes.txt');
  const suffixes = parseSuffixes(readFileSync(suffixesPath, 'utf8'), suffixesPath);
  const namesPath = join(dirname(bigramsPath), 'name-followers.txt');
  const names = parseNameFollowers(readFileSync(namesPath, 'utf8'), namesPath);
  const examplesPath = join(dirname(bigramsPath), 'example-pairs.bin');
  const examples = decodeExamplePairs(readFileSync(examplesPath), wordIdsOf(model).vocabulary, examplesPath);
  const triePath = join(dirname(bigramsPath), 'segment-trie.bin');
  const prepared: TrieMaker = (words, entries, follows) => decodeTrie(readFileSync(triePath), { words, extra: entries, follows }, triePath);
  return prepareSegmenter(model, readBigrams(bigramsPath), tuning, extra, ends, suffixes, names, examples, makeTrie ?? (tuning === DEFAULT_TUNING ? prepared : buildTrie));
}

/** The search (loadSearch) with the second pass's model, data/trigram-costs.bin beside data/bigrams.txt (segment/rescore.ts). */
export function loadSegmenter(model: Model, bigramsPath: string): SegmentModel {
  const segmenter = loadSearch(model, bigramsPath);
  const costsPath = join(dirname(bigramsPath), 'trigram-costs.bin');
  return { ...segmenter, trigrams: decodeTrigramModel(readFileSync(costsPath), segmenter.startId, costsPath) };
}

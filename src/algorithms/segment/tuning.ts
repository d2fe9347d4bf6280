// The segmenter's tunable constants, the capital letters of segment/model.ts's header (K, B, CASE, CLITIC, D,
// NAME_K, ...), with the defaults chosen by grid search on the Brown dev set (bench/data/space-dev.txt): what each
// means and costs is in that header; how each value was chosen and what it is worth is in bench/RESULTS.md
// (the space sections and their ablations, bench/space-ablation.ts). A separate file, so that an ablation or a
// test can vary one constant without reading the model's construction.

/** Tunable constants of the cost model (defaults chosen on the dev set, bench/data/space-dev.txt). */
export interface SegmentTuning {
  /** K: an unknown word is K/N likely before its length and letters are priced. */
  readonly unknownK: number;
  /** B: the letters an unknown word's each letter is chosen among. */
  readonly unknownB: number;
  /** CASE: nats per case cue a word breaks. */
  readonly casePenalty: number;
  /** CLITIC: nats for a clitic or a plural possessive on its stem. */
  readonly cliticCost: number;
  /** D: the absolute discount of each pair count. */
  readonly discount: number;
  /** NAME_K: how much likelier an unknown capitalized string is. */
  readonly nameK: number;
  /** QUOTE: nats for an apostrophe read as a single quotation mark. */
  readonly quoteCost: number;
  /** NAME_P: the chance that a word is a listed name the vocabulary lacks (spread over the names by rank). */
  readonly namePrior: number;
  /** LETTERS: the weight of the letter model of unknown strings (segment/letters.ts); 0: none. */
  readonly letterWeight: number;
  /** NAME_K at a sentence's start, where every word is capitalized: the capital is no evidence of a name there. */
  readonly sentenceNameK: number;
  /** Whether unknown strings longer than UNKNOWN_WINDOW may stay whole (priced by the geometric tail). */
  readonly keepLongUnknowns: boolean;
  /** -ln of the chance that one or two letters touching a number belong to it (`4k`, `mp3`); Infinity: never. */
  readonly numberLettersCost: number;
  /** Interpolate every pair with the unigram (true), or back off only for pairs not seen (false, Katz). */
  readonly interpolate: boolean;
  /** MU: the weight of the average end rate in each word's P(end | w) (segment/ends.ts). */
  readonly endPrior: number;
  /** SUFFIX: nats a derived word (stem + productive suffix) costs beyond its stem and its suffix's share; Infinity: none. */
  readonly suffixPenalty: number;
  /** PREFIX: nats a prefixed word (productive prefix + known stem) costs beyond its stem and its prefix's share; Infinity: none. */
  readonly prefixPenalty: number;
  /** Price a suffix by its share among the stems with the same last two letters (true), or among all stems (false). */
  readonly suffixByEnding: boolean;
  /** W: nats every word pays on top of its probability (segment/model.ts, "Each word"); 0: none. */
  readonly wordPenalty: number;
  /** Whether the word after a capitalized unknown string or a census name takes the context <name> (segment/name-followers.ts). */
  readonly nameContext: boolean;
  /** Whether the pairs of WordNet's example sentences that big.txt lacks join the pair counts (segment/example-pairs.ts). */
  readonly examplePairs: boolean;
  /** BEAM: nats by which a position ahead must be cheaper for the search to start no word at j (segment/beam.ts); Infinity: an exact search. */
  readonly beamWidth: number;
  /** SLOPE: nats a letter that the position ahead may cost more than j and still count (segment/beam.ts). */
  readonly beamSlope: number;
}

/** The defaults: chosen by grid search on the Brown dev set with the committed data files (bench/RESULTS.md). */
export const DEFAULT_TUNING: SegmentTuning = {
  unknownK: 10000,
  unknownB: 10,
  casePenalty: 30,
  cliticCost: 1,
  discount: 0.75,
  nameK: 1000,
  quoteCost: 4,
  namePrior: 0.01,
  sentenceNameK: 1,
  letterWeight: 0.6,
  keepLongUnknowns: true,
  interpolate: false,
  numberLettersCost: 14,
  endPrior: 2,
  suffixPenalty: 7,
  prefixPenalty: 6,
  suffixByEnding: true,
  wordPenalty: 0.6,
  nameContext: true,
  examplePairs: true,
  beamWidth: 6,
  beamSlope: 1,
};

// The spelling corrector's context model: how much the neighbouring words favour each candidate.
//
// One bigram model serves both engines: the pair counts of data/bigrams.txt (segment/bigrams.ts reads
// the format) with the segmenter's smoothing (segment/model.ts), absolute discounting with backoff:
//
//   P(w | v) = max(c(v,w) - D, 0) / c(v)  +  alpha(v) · P(w) · L(v, k(w))
//   alpha(v) = 1 - sum over kept pairs of max(c(v,w) - D, 0) / c(v)
//
// capped, for a pair the corpus never saw, at what a pair seen once gets:
//   P(w | v) ≤ (1 - D) / c(v)   when (v, w) was not seen
// After a common context (`slipped`, c(v) large) the backoff alpha(v) · P(w) of a very common word (`of`)
// would otherwise claim more than the corpus allows and beat the pair it did see (`slipped off`).
// data/bigrams.txt keeps the pairs seen twice or more; the pairs seen once come from data/bigrams-once.txt
// (spell/once-pairs.ts), which only the spelling context reads: they enter the sums above with c(v,w) = 1
// (discounted mass 1 - D each, so alpha(v) shrinks), and a context only they have gets c(v) = their number.
// Without that file (the ablation) a missing pair may have been seen once, and gets the cap.
// P(w) = c(w) / N is the shared unigram (model.ts). The other addition is L, a class lift on the backoff:
// most pairs are too rare to be kept (`few mistakes` is not in the file), but what follows `few` is
// mostly plural, and what follows `to` is mostly a verb. k(w) is w's last letter (a crude class:
// plural `s`, past `d`, `-ing` `g`, adverb `y`), and L(v, k) = P(k | v) / P(k), with
//   P(k | v) = (n(v,k) + S · P(k)) / (n(v) + S),  n(v,k) = sum of c(v,w) over kept pairs with k(w) = k,
// P(k) the same share over all kept pairs, and S a pseudo-count that pulls rare contexts to L = 1.
// (The lift and the cap make P(· | v) only approximately normalised; the corrector compares candidates,
// not texts.)
// The same counts tell how often v is followed by a word the word model lacks (a foreign word after `de`,
// `en`; a name after a title): P(unknown | v) = u(v) / (c(v) + S_u), with u(v) the count of v's pairs,
// kept or seen once, whose follower is not a model word, and the pseudo-count S_u pulling rare contexts
// to 0. The corrector (spell/spell.ts unknownAfterKeep) leaves an unknown word alone where this is high.
// A context v without pairs (an unknown or rare word, or a run broken by punctuation other than a
// sentence start, see spell/spell.ts) gives P(w | v) = P(w): no evidence.
// data/run-ends.txt (the segmenter's counts of the words that end runs) scores a real-word change before punctuation
// (spell/run-ends.ts).
// A third, optional table (data/gloss-pairs.bin, spell/gloss-pairs.ts) lists pairs big.txt never saw that WordNet's
// glosses have more often than chance; spell/context-score.ts reads one as a fraction β of a once-seen pair, when
// ranking a misspelled word's candidates only.
// The queries of these tables, and what they add to a candidate's score, are in spell/context-score.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Model } from '../model.ts';
import { parseCapitalised } from './capitals.ts';
import { NO_EXTRA, type SegmentExtra } from '../segment/extra.ts';
import { RUN_START, type BigramCounts } from '../segment/bigrams.ts';
import { readBigrams, readDictionaryWords, readRunEnds, readSegmentExtra } from '../parse-once.ts';
import { runEndLogs } from './run-ends.ts';
import { CONFUSION_SETS } from './realword.ts';
import { createPairTable, setPairCost, type PairTable } from '../segment/pairs.ts';
import { bigramIdsOf, wordIdsOf } from '../word-ids.ts';
import { isAsciiLower } from '../ascii-letters.ts';
import { NO_ONCE_PAIRS, parseOncePairs, type OncePairs } from './once-pairs.ts';
import { decodeGlossPairs, NO_GLOSS_PAIRS, type GlossPairs } from './gloss-pairs.ts';

/** D: the absolute discount (the segmenter's). */
const DISCOUNT = 0.75;
/** S: the pseudo-count of the class lift's smoothing. */
const LIFT_PSEUDO_COUNT = 50;
/**
 * The discounted count an unkept pair may have at most: data/bigrams.txt keeps every pair seen twice or
 * more, so one it lacks was seen at most once, and a pair seen once would get 1 - D.
 */
export const UNKEPT_COUNT = 1 - DISCOUNT;
/** S_u: the pseudo-count that pulls P(unknown | v) of a rarely seen context v towards 0. */
const UNKNOWN_PSEUDO_COUNT = 10;
/** Word classes: the 26 final letters, and one for anything else (an apostrophe). */
export const CLASSES = 27;

/** The precomputed tables: ids are the model's word ranks; `startId` is the sentence start `<s>`. */
export interface SpellContext {
  readonly idOf: ReadonlyMap<string, number>;
  readonly startId: number;
  /** ln P(w) by id. */
  readonly logUnigram: Float64Array;
  /** -ln P(w | v) for the kept pairs. */
  readonly pairs: PairTable;
  /** ln alpha(v) by id (0 where v has no pairs). */
  readonly logBackoff: Float32Array;
  /** 1 where v has pairs. */
  readonly hasPairs: Uint8Array;
  /** ln((1 - D) / c(v)) by id: the most an unseen pair's probability may be (0 where v has no pairs). */
  readonly logUnkeptCap: Float32Array;
  /** the pairs seen once (data/bigrams-once.txt): v's followers are onceIds[onceFrom[v]] ... onceIds[onceTo[v] - 1], ascending. */
  readonly onceIds: Int32Array;
  readonly onceFrom: Int32Array;
  readonly onceTo: Int32Array;
  /** ln((1 - D) / c(v)) by id: a once-seen pair's discounted share, whatever the cap option. */
  readonly logOnceShare: Float32Array;
  /** ln L(v, k) at slot(v) · CLASSES + k, where slot(v) = contextSlot[v] numbers the contexts with pairs. */
  readonly lift: Float32Array;
  /** the row of each context in `lift` (-1 where v has no pairs). */
  readonly contextSlot: Int32Array;
  /** the class k(w) by id, for the spelling-only words (model.ts) too: their ids follow the model's words. */
  readonly classOf: Uint8Array;
  /** ln P(w) of a spelling-only word, which has no id here: a count of 1 (spell/deletion-index.ts). */
  readonly logSpellingOnlyUnigram: number;
  /** P(unknown | v) by id: the smoothed share of v's followers in the corpus that the word model lacks (0 where v has no pairs). */
  readonly unknownAfter: Float32Array;
  /** 1 for each word the corpus mostly writes Capitalised mid-sentence (data/capitalised.txt), by id. */
  readonly capitalised: Uint8Array;
  /** real words and names the word model lacks (data/segment-extra.txt; spell/lexicon.ts looks them up). */
  readonly extra: SegmentExtra;
  /** real words of a curated dictionary the word model lacks (data/dictionary-extra.txt, spell/dictionary.ts). */
  readonly dictionary: ReadonlySet<string>;
  /** words a curated dictionary lists only as names (data/proper-names.txt), when loaded. */
  readonly properNames?: ReadonlySet<string>;
  /** pairs only WordNet's glosses have (data/gloss-pairs.bin, spell/gloss-pairs.ts), for ranking a misspelled word's candidates. */
  readonly glossPairs: GlossPairs;
  /** ln P(end | w) for the words of the confusion sets (data/run-ends.txt, spell/run-ends.ts), when loaded. */
  readonly runEnds?: ReadonlyMap<string, number>;
}

/** How to build the tables: the class lift and the cap on unkept pairs can be turned off (for the ablation). */
export interface SpellContextOptions {
  readonly classLift: boolean;
  readonly unkeptCap?: boolean;
  /** whether data/bigrams-once.txt is read (default yes). */
  readonly oncePairs?: boolean;
  /** whether data/gloss-pairs.bin is read (default yes). */
  readonly glossPairs?: boolean;
}

/**
 * Reads data/bigrams.txt, and data/capitalised.txt, data/segment-extra.txt, data/dictionary-extra.txt, data/proper-names.txt and data/run-ends.txt beside it, and prepares the
 * context tables over the shared word model.
 */
export function loadSpellContext(model: Model, bigramsPath: string, options: SpellContextOptions = { classLift: true }): SpellContext {
  const capitalisedPath = join(dirname(bigramsPath), 'capitalised.txt');
  const capitalised = parseCapitalised(readFileSync(capitalisedPath, 'utf8'), capitalisedPath);
  // The segmenter reads the same two files: parse-once.ts hands over its parse instead of a second one.
  const extra = readSegmentExtra(join(dirname(bigramsPath), 'segment-extra.txt'));
  const dictionaryPath = join(dirname(bigramsPath), 'dictionary-extra.txt');
  const dictionary = readDictionaryWords(dictionaryPath);
  const oncePath = join(dirname(bigramsPath), 'bigrams-once.txt');
  const once = options.oncePairs === false ? NO_ONCE_PAIRS : parseOncePairs(readFileSync(oncePath, 'latin1'), oncePath);
  const namesPath = join(dirname(bigramsPath), 'proper-names.txt');
  const properNames = new Set(parseCapitalised(readFileSync(namesPath, 'utf8'), namesPath));
  const context = buildSpellContext(model, readBigrams(bigramsPath), capitalised, options, extra, dictionary, once);
  const glossPath = join(dirname(bigramsPath), 'gloss-pairs.bin');
  const glossPairs = options.glossPairs === false ? NO_GLOSS_PAIRS : decodeGlossPairs(readFileSync(glossPath), context.startId, glossPath);
  const runEnds = runEndLogs(readRunEnds(join(dirname(bigramsPath), 'run-ends.txt')), CONFUSION_SETS.flat());
  return { ...context, properNames, glossPairs, runEnds };
}

/** The class of a word: its last letter a–z as 0–25, anything else 26. */
function wordClass(word: string): number {
  const last = word.charCodeAt(word.length - 1);
  return isAsciiLower(last) ? last - 97 : 26;
}

/** Builds the tables from the word model, the bigram counts and the once-seen pairs. */
export function buildSpellContext(
  model: Model,
  bigrams: BigramCounts,
  capitalisedWords: readonly string[] = [],
  options: SpellContextOptions = { classLift: true },
  extra: SegmentExtra = NO_EXTRA,
  dictionary: ReadonlySet<string> = new Set(),
  once: OncePairs = NO_ONCE_PAIRS,
): SpellContext {
  const words = model.words;
  // The word ids and the pairs as ids are shared with the segmenter (word-ids.ts).
  const { idOf, vocabulary, countOf } = wordIdsOf(model);
  const startId = vocabulary;
  const logUnigram = new Float64Array(vocabulary);
  const spellingOnly = model.spellingOnly ?? [];
  const classOf = new Uint8Array(words.length + spellingOnly.length);
  const logTotal = Math.log(Math.max(model.total, 1));
  for (let id = 0; id < vocabulary; id++) logUnigram[id] = Math.log(countOf[id]!) - logTotal;
  for (let id = 0; id < words.length; id++) classOf[id] = wordClass(words[id]!);
  spellingOnly.forEach((word, k) => (classOf[words.length + k] = wordClass(word)));
  // The kept pairs whose words both have ids: (context id, follower id, count) triples in typed arrays.
  const pairIds = bigramIdsOf(model, bigrams);
  const pairCount = pairIds.followerIds.length;
  const tripleV = new Int32Array(pairCount);
  const tripleW = new Int32Array(pairCount);
  const tripleCount = new Float64Array(pairCount);
  const contextSlot = new Int32Array(vocabulary + 1).fill(-1);
  const contextIds: number[] = [];
  const keptMass = new Float64Array(vocabulary + 1);
  const unknownMass = new Float64Array(vocabulary + 1);
  const contextTotals = new Float64Array(vocabulary + 1);
  let triples = 0;
  for (let c = 0; c < pairIds.contextIds.length; c++) {
    const vId = pairIds.contextIds[c]!;
    contextTotals[vId] = pairIds.contextTotals[c]!;
    contextSlot[vId] = contextIds.length;
    contextIds.push(vId);
    for (let at = pairIds.from[c]!; at < pairIds.from[c + 1]!; at++) {
      const count = pairIds.followerCounts[at]!;
      keptMass[vId]! += Math.max(count - DISCOUNT, 0);
      const wId = pairIds.followerIds[at]!;
      if (wId === -1) {
        unknownMass[vId]! += count;
        continue;
      }
      tripleV[triples] = vId;
      tripleW[triples] = wId;
      tripleCount[triples++] = count;
    }
  }
  // The once-seen pairs (c = 1 each): their mass leaves alpha(v); a context only they have totals their number.
  const onceFrom = new Int32Array(vocabulary + 1);
  const onceTo = new Int32Array(vocabulary + 1);
  for (let k = 0; k < once.contexts.length; k++) {
    const v = once.contexts[k]!;
    const vId = v === RUN_START ? startId : idOf.get(v);
    if (vId === undefined) continue;
    if (contextSlot[vId] === -1) {
      contextTotals[vId] = once.seen[k]!;
      contextSlot[vId] = contextIds.length;
      contextIds.push(vId);
    }
    keptMass[vId]! += once.seen[k]! * (1 - DISCOUNT);
    onceFrom[vId] = once.from[k]!;
    onceTo[vId] = once.from[k + 1]!;
    // The file lists only the followers the word model knows; the others are the rest of the n seen.
    unknownMass[vId]! += once.seen[k]! - (onceTo[vId]! - onceFrom[vId]!);
  }
  // Class counts per context (n(v,k)) and overall (P(k)), then the smoothed lifts.
  const seen = new Float64Array(contextIds.length * CLASSES);
  const classTotals = new Float64Array(CLASSES);
  for (let t = 0; t < triples; t++) {
    seen[contextSlot[tripleV[t]!]! * CLASSES + classOf[tripleW[t]!]!]! += tripleCount[t]!;
    classTotals[classOf[tripleW[t]!]!]! += tripleCount[t]!;
  }
  for (const vId of contextIds) {
    for (let at = onceFrom[vId]!; at < onceTo[vId]!; at++) {
      const wId = once.ids[at]!;
      if (wId >= vocabulary) continue;
      seen[contextSlot[vId]! * CLASSES + classOf[wId]!]! += 1;
      classTotals[classOf[wId]!]! += 1;
    }
  }
  const allPairs = classTotals.reduce((sum, n) => sum + n, 0);
  const classShare = classTotals.map((n) => (n + 1) / (allPairs + CLASSES));
  const lift = new Float32Array(contextIds.length * CLASSES);
  const logBackoff = new Float32Array(vocabulary + 1);
  const logUnkeptCap = new Float32Array(vocabulary + 1);
  const logOnceShare = new Float32Array(vocabulary + 1);
  const hasPairs = new Uint8Array(vocabulary + 1);
  const unknownAfter = new Float32Array(vocabulary + 1);
  for (let slot = 0; slot < contextIds.length; slot++) {
    const vId = contextIds[slot]!;
    let n = 0;
    for (let k = 0; k < CLASSES; k++) n += seen[slot * CLASSES + k]!;
    // A class the context never saw gets share S · P(k) / (n + S), a lift of S / (n + S) whatever k: one log.
    const unseenLift = Math.log(LIFT_PSEUDO_COUNT / (n + LIFT_PSEUDO_COUNT));
    for (let k = 0; k < CLASSES && options.classLift; k++) {
      const count = seen[slot * CLASSES + k]!;
      const share = (count + LIFT_PSEUDO_COUNT * classShare[k]!) / (n + LIFT_PSEUDO_COUNT);
      lift[slot * CLASSES + k] = count === 0 ? unseenLift : Math.log(share / classShare[k]!);
    }
    logBackoff[vId] = Math.log(Math.max(1 - keptMass[vId]! / contextTotals[vId]!, 1e-9));
    logOnceShare[vId] = Math.log(UNKEPT_COUNT / contextTotals[vId]!);
    logUnkeptCap[vId] = options.unkeptCap === false ? Infinity : logOnceShare[vId];
    hasPairs[vId] = 1;
    unknownAfter[vId] = unknownMass[vId]! / (contextTotals[vId]! + UNKNOWN_PSEUDO_COUNT);
  }
  const pairs = createPairTable(triples);
  for (let t = 0; t < triples; t++) {
    const vId = tripleV[t]!;
    const wId = tripleW[t]!;
    const backedOff = Math.exp(logBackoff[vId]! + logUnigram[wId]! + lift[contextSlot[vId]! * CLASSES + classOf[wId]!]!);
    setPairCost(pairs, vId, wId, -Math.log(Math.max(tripleCount[t]! - DISCOUNT, 0) / contextTotals[vId]! + backedOff));
  }
  const capitalised = new Uint8Array(vocabulary);
  for (const word of capitalisedWords) {
    const id = idOf.get(word);
    if (id !== undefined) capitalised[id] = 1;
  }
  return { idOf, startId, logUnigram, pairs, logBackoff, hasPairs, logUnkeptCap, onceIds: once.ids, onceFrom, onceTo, logOnceShare, lift, contextSlot, classOf, logSpellingOnlyUnigram: -logTotal, unknownAfter, capitalised, extra, dictionary, glossPairs: NO_GLOSS_PAIRS };
}

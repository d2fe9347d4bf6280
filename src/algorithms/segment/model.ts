// The segmenter's cost tables, derived once from the shared word model (and bigram counts when given).
//
// Every cost is a negative natural log probability (nats); the segmenter minimises their sum.
//   Known word w:   cost(w) = -ln P(w),  P(w) = c(w) / N  (counts from data/wordfreq.txt).
//   Word w after v: P(w | v) = max(c(v,w) - D, 0) / c(v) for a kept pair (absolute discounting, Ney et
//                   al. 1994), and alpha(v) P(w) / (1 - sum of P over v's kept followers) for any other
//                   word (Katz's backing off), alpha(v) = 1 - sum over kept pairs of max(c(v,w) - D, 0) / c(v):
//                   the mass of discounted and pruned pairs goes to the words never seen after v. A pair
//                   seen rarely after a frequent v is then rare (`of I`), where interpolating it with the
//                   unigram, as v2 did, made it as likely as the unigram allows. Contexts with no counts
//                   (lowercase unknown words, words after a clitic) use P(w) alone.
//   Unknown string s of length L: P(s) = (K / N) P_len(L) B^-L: an unseen word is K/N as likely as a
//                   word seen once (Norvig's 10/N), its length follows the lengths of the vocabulary's
//                   words (P_len, add-one smoothed, so a 1-letter unknown is rare), and each letter is
//                   one of B equally likely; K and B are tuned on the dev set. Lengths above
//                   UNKNOWN_WINDOW (8) follow a geometric tail fitted to the vocabulary's longer words
//                   (their share M and mean excess length m: P_len(W + k) = M (1 - r) r^(k-1), r = 1 - 1/m),
//                   so the cost is linear in L there and the search prices any length in O(1)
//                   (segment/unknown-words.ts): a long unknown word (`supercalifragilistic`) stays whole.
//   Letters:        an unknown string also pays LETTERS times its letter pairs' centred costs under a
//                   letter bigram model of the census names (segment/letters.ts): it ends where names end
//                   (`Beaverton` whole, `Greg yelled` apart), at no extra cost to the average string.
//   Names:          an unknown string that starts with a capital and a lowercase letter (`Moritz`) is
//                   NAME_K times likelier: proper names are most of what a vocabulary lacks. Not at the
//                   start of a sentence, where every word has a capital (`Toerr` is no name in `Toerris`).
//   Run ends:       a run (the letters between two punctuation marks) ends after its last word w with
//                   P(end | w), from how often w ends a run in big.txt (segment/ends.ts: `them` 37%, `at`
//                   under 1%); each word inside the run pays 1 - P(end | w) for going on. Before a space
//                   the run goes on, so its last word pays 1 - P(end | w) too.
//   Each word:      every word (known, unknown, supplementary) pays W = 0.6 nats more, folded into its going-on
//                   cost (so the last word of a run ending at punctuation pays it too): a model whose word
//                   pairs come from big.txt, where compounds are often written apart (`any more`, `per cent`,
//                   `may be`), reads two words too readily where one would do; W is that prior, chosen on dev
//                   with the second pass's splits (segment/rescore.ts), which give back the open compounds
//                   that context asks for (bench/RESULTS.md, textops-space/10; 0.5 then, 0.6 since the context after names, 11).
//   After a name:   the word after a capitalized unknown string or a census name takes the context <name>, whose
//                   pairs are the words that followed a name in big.txt (segment/name-followers.ts), discounted and
//                   backed off as any context's: `Ada had` apart, `Korngold` whole (textops-space/11).
//   Modern pairs:   the pairs of WordNet's example sentences that big.txt lacks join their contexts' counts
//                   (segment/example-pairs.ts): c(v, w) added to v's pairs and to c(v), big.txt's own unchanged.
//   Supplementary:  words from data/segment-extra.txt (segment/extra.ts) that the word model lacks: a
//                   census name of rank r is P = NAME_P / (r ln R) (a Zipf law over the R names), read
//                   only where the text capitalizes it (`Rayburn`, not `rayburn`); a dictionary word is
//                   priced as a word seen once, 1/N. Neither has pair counts: both follow the backoff.
//   Numbers:        one or two letters touching a number stay on it (`4k`, `mp3`, `v2`) at NUMBER_LETTERS
//                   nats, against pricing them as words (so `in1990` keeps `in` a word).
//   Case cues:      each lowercase->uppercase step inside one word (`ThisIs`) and each uppercase pair
//                   followed by a lowercase letter inside one word (`NASAlaunched`) costs CASE nats.
//   Derived words:  a known word of MIN_STEM+ letters followed by a productive suffix x (`unfathomable` +
//                   `ness`) is also read as one word: its stem's cost in context - ln(s(x) / S) + SUFFIX,
//                   s(x) / S the share of the vocabulary's stems that take x (segment/suffixes.ts), or rather
//                   share(x | t), the smoothed share among the stems that end in the same two letters t as
//                   this one (`ic` + `ally`: 31%, against 0.5% of all stems). A productive
//                   prefix x before a known word of MIN_STEM+ letters (`non` + `reactivity`) likewise: -ln alpha
//                   of the cheapest context - ln(p(x) / S) + PREFIX + the stem's unigram cost.
//   Clitics:        a word followed by `'s`, `'ll`, `'re`, `'ve`, `'d`, `'m`, `n't`-style `'t`, or a
//                   plural possessive `s'`, costs its own cost plus CLITIC nats; an apostrophe read as a
//                   single quotation mark (closing after a word, opening before one) costs QUOTE nats.
import type { Model } from '../model.ts';
import { NO_EXTRA, type SegmentExtra } from './extra.ts';
import { NO_SUFFIXES, shareAfterEnding, type SuffixCounts } from './suffixes.ts';
import { endCosts, type RunEnds } from './ends.ts';
import type { BigramCounts } from './bigrams.ts';
import { addNameContext, NO_NAME_FOLLOWERS, type NameFollowers } from './name-followers.ts';
import { addedRanges, NO_EXAMPLE_PAIRS, type ExamplePairIds } from './example-pairs.ts';
import type { WordTrie } from './trie.ts';
import type { TrigramModel } from './rescore.ts';
import { buildTrie } from './trie-build.ts';
import { letterPairCosts } from './letters.ts';
import { createPairTable, setPairCost, type PairTable } from './pairs.ts';
import { bigramIdsOf, wordIdsOf } from '../word-ids.ts';
import { DEFAULT_TUNING, type SegmentTuning } from './tuning.ts';

/** Everything the segmenter needs, precomputed: trie, per-word costs, pair costs, constants. */
export interface SegmentModel {
  /** Both vocabularies: the model's words by id, and the supplementary entries (which take no part in pair costs). */
  readonly trie: WordTrie;
  /** -ln P(w) - ln (1 - P(end | w)) by word id: the word, and its going on (see the header). */
  readonly wordCost: Float64Array;
  /** -ln alpha(v) by context id (0 where v has no pair counts); id `startId` is the run start. */
  readonly backoffCost: Float64Array;
  /**
   * The search's copy of both: wordCost[id] at 2 id and backoffCost[id] at 2 id + 1 (wordCost 0 for `startId`). A word
   * is priced where the trie walk finds it, and is then a context a few positions on, whose backoff the search reads:
   * side by side, the second read finds the cache line the first brought in (two reads from memory per word become one).
   */
  readonly costsByWord: Float64Array;
  /** -ln P(w | v) - ln (1 - P(end | w)) for the kept pairs. */
  readonly pairs: PairTable;
  /**
   * Bit id (at [id >>> 5], bit id & 31) set for each context id that has kept pairs: the others need no pair lookup. A
   * bit set, not a byte per id: the search reads it for every state it looks at as a context, and 10 KB stay in the
   * first-level cache where 82 KB did not.
   */
  readonly hasPairs: Uint32Array;
  readonly startId: number;
  /** The context <name> (startId + 1): what the word after a capitalized unknown string or a census name is priced in (segment/name-followers.ts). */
  readonly nameId: number;
  /** Cost of an unknown string by length (index 0 unused); its length bounds the unknown window. */
  readonly unknownCost: Float64Array;
  /** Longer unknown strings cost unknownTailBase + unknownSlope * length (Infinity: never kept whole). */
  readonly unknownTailBase: number;
  readonly unknownSlope: number;
  readonly casePenalty: number;
  readonly cliticCost: number;
  /** Cost of reading an apostrophe as a single quotation mark rather than inside a word. */
  readonly quoteCost: number;
  /** ln nameK: how much cheaper an unknown string is when it is capitalized (`Moritz`), as names are. */
  readonly nameBonus: number;
  /** The letter model of unknown strings: [a * LETTER_SYMBOLS + b], the cost of b after a (segment/letters.ts). */
  readonly letterCosts: Float64Array;
  /** ln sentenceNameK: the same at the start of a sentence. */
  readonly sentenceNameBonus: number;
  /** ln(ln R / NAME_P): a listed name of rank r costs this plus ln r, and is read only where the run has it capitalized. */
  readonly nameCost: number;
  /** The cost of a supplementary dictionary word: that of a word seen once. */
  readonly extraWordCost: number;
  /** What one or two letters cost to stay on the number they touch (`4k`, `mp3`). */
  readonly numberLettersCost: number;
  /** BEAM and SLOPE of segment/beam.ts: when a position is dominated by a cheaper one ahead; beamWidth Infinity: never. */
  readonly beamWidth: number;
  readonly beamSlope: number;
  /** -ln (1 - P(end | w)) by word id, and at index `startId` that of a word with no counts (unknown, supplementary): what going on after w costs. */
  readonly goOnCost: Float64Array;
  /** -ln P(end | w) + ln (1 - P(end | w)), indexed as goOnCost: what ending the run after w costs more than going on. */
  readonly endAdjust: Float64Array;
  /** The productive suffixes (segment/suffixes.ts), their index as the word id of their trie node (wordIdAt). */
  readonly suffixTrie: WordTrie;
  /** By suffix index: -ln(s(x) / S) + SUFFIX, what a derived word costs beyond its stem. */
  readonly suffixCost: Float64Array;
  /** By (stem ending t = 26 * first letter + second letter) * suffix count + suffix index: -ln share(x | t) + SUFFIX. */
  readonly suffixCostAfter: Float64Array;
  /** The productive prefixes (segment/suffixes.ts), their index as the word id of their trie node (wordIdAt). */
  readonly prefixTrie: WordTrie;
  /** By prefix index: -ln(p(x) / S) + PREFIX, what a prefixed word costs beyond its stem's unigram cost. */
  readonly prefixCost: Float64Array;
  /** By 26 * first letter + second letter: 1 where some prefix starts with those two letters (most positions start none). */
  readonly prefixOpenings: Uint8Array;
  /** The second pass's second-order context (segment/rescore.ts); without it the search's split stands. */
  readonly trigrams?: TrigramModel;
}

/**
 * The longest unknown string priced from the vocabulary's own length counts; longer ones take the geometric tail.
 * 8, not v2's 12: the tail prices 9-12 letters as well (dev, fortunes, SOTU within 0.1 point) and the search
 * looks back over 8 positions instead of 12 (bench/RESULTS.md).
 */
export const UNKNOWN_WINDOW = 8;

/** -ln P(s) for an unknown string s of each length 1..UNKNOWN_WINDOW (see the header). */
function unknownCosts(words: readonly string[], total: number, tuning: SegmentTuning): Float64Array {
  const lengths = new Float64Array(UNKNOWN_WINDOW + 1).fill(1);
  for (const word of words) if (word.length <= UNKNOWN_WINDOW) lengths[word.length]! += 1;
  const types = words.length + UNKNOWN_WINDOW;
  const costs = new Float64Array(UNKNOWN_WINDOW + 1);
  for (let length = 1; length <= UNKNOWN_WINDOW; length++) {
    costs[length] = Math.log(total / tuning.unknownK) - Math.log(lengths[length]! / types) + length * Math.log(tuning.unknownB);
  }
  return costs;
}

/** The linear cost of unknown strings longer than UNKNOWN_WINDOW: the geometric tail of the header. */
function unknownTail(words: readonly string[], total: number, tuning: SegmentTuning): { unknownTailBase: number; unknownSlope: number } {
  let longer = 1;
  let excess = 1;
  for (const word of words) {
    if (word.length <= UNKNOWN_WINDOW) continue;
    longer += 1;
    excess += word.length - UNKNOWN_WINDOW;
  }
  const share = longer / (words.length + UNKNOWN_WINDOW);
  const ratio = Math.min(Math.max(1 - longer / excess, 0.01), 0.99);
  const unknownSlope = Math.log(tuning.unknownB) - Math.log(ratio);
  const base = Math.log(total / tuning.unknownK) - Math.log(share * (1 - ratio)) + (UNKNOWN_WINDOW + 1) * Math.log(ratio);
  return { unknownTailBase: tuning.keepLongUnknowns ? base : Infinity, unknownSlope };
}

/** The suffix trie and each suffix's cost on top of its stem, overall and by the stem's last two letters (see the header); empty when SUFFIX is Infinity. */
function suffixTables(suffixes: SuffixCounts, tuning: SegmentTuning): { suffixTrie: WordTrie; suffixCost: Float64Array; suffixCostAfter: Float64Array } {
  const listed = tuning.suffixPenalty === Infinity ? [] : [...suffixes.stemsTaking];
  const suffixCost = Float64Array.from(listed, ([, stems]) => -Math.log(stems / suffixes.stems) + tuning.suffixPenalty);
  const suffixCostAfter = new Float64Array(26 * 26 * listed.length);
  for (let ending = 0; ending < 26 * 26; ending++) {
    const letters = String.fromCharCode(97 + Math.floor(ending / 26), 97 + (ending % 26));
    for (let k = 0; k < listed.length; k++) {
      suffixCostAfter[ending * listed.length + k] = tuning.suffixByEnding ? -Math.log(shareAfterEnding(suffixes, letters, listed[k]![0])) + tuning.suffixPenalty : suffixCost[k]!;
    }
  }
  return { suffixTrie: buildTrie(listed.map(([suffix]) => suffix)), suffixCost, suffixCostAfter };
}

/** The prefix trie and each prefix's cost on top of its stem (see the header); empty when PREFIX is Infinity. */
function prefixTables(suffixes: SuffixCounts, tuning: SegmentTuning): { prefixTrie: WordTrie; prefixCost: Float64Array; prefixOpenings: Uint8Array } {
  const listed = tuning.prefixPenalty === Infinity ? [] : [...suffixes.prefixesTaking];
  const prefixCost = Float64Array.from(listed, ([, stems]) => -Math.log(stems / suffixes.stems) + tuning.prefixPenalty);
  const prefixOpenings = new Uint8Array(26 * 26);
  for (const [prefix] of listed) prefixOpenings[26 * (prefix.charCodeAt(0) - 97) + (prefix.charCodeAt(1) - 97)] = 1;
  return { prefixTrie: buildTrie(listed.map(([prefix]) => prefix)), prefixCost, prefixOpenings };
}

/**
 * Makes the search's trie of the model's words (by id), the supplementary entries and the follower flags (FOLLOWS,
 * by id): buildTrie builds it, the start-up reads it prepared from data/segment-trie.bin (segment/trie-file.ts).
 */
export type TrieMaker = (words: readonly string[], extra: SegmentExtra, follows: Uint8Array) => WordTrie;

/** Derives the segmenter's tables from the word model and, optionally, bigram, run-end and suffix counts; `makeTrie` makes the search's trie. */
export function prepareSegmenter(model: Model, bigrams?: BigramCounts, tuning: SegmentTuning = DEFAULT_TUNING, extra: SegmentExtra = NO_EXTRA, ends?: RunEnds, suffixes: SuffixCounts = NO_SUFFIXES, names: NameFollowers = NO_NAME_FOLLOWERS, examples: ExamplePairIds = NO_EXAMPLE_PAIRS, makeTrie: TrieMaker = buildTrie): SegmentModel {
  const words = model.words;
  // The word ids and the pairs as ids are shared with the spelling context (word-ids.ts).
  const { idOf, vocabulary, countOf } = wordIdsOf(model);
  const total = Math.max(model.total, 1);
  const wordCost = new Float64Array(vocabulary);
  for (let id = 0; id < vocabulary; id++) wordCost[id] = Math.log(total / countOf[id]!);
  const startId = vocabulary;
  const nameId = vocabulary + 1;
  const backoffCost = new Float64Array(vocabulary + 2);
  const pairIds = bigrams ? bigramIdsOf(model, bigrams) : undefined;
  let pairCount = 0;
  for (const followers of bigrams?.pairs.values() ?? []) pairCount += followers.size;
  // The pairs of WordNet's examples that big.txt lacks join their contexts (segment/example-pairs.ts).
  const addedPairs = tuning.examplePairs ? examples : NO_EXAMPLE_PAIRS;
  const added = addedRanges(addedPairs);
  pairCount += addedPairs.contexts.length;
  // Denser than the default, for fewer cache misses in the search (segment/pairs.ts).
  const pairs = createPairTable(pairCount + names.followers.size, 3 / 4, 16);
  const hasPairs = new Uint32Array(Math.ceil((vocabulary + 2) / 32));
  const isFollower = new Uint8Array(vocabulary);
  const [endAdjust, goOnCost] = endCosts(idOf, vocabulary, ends, tuning);
  if (pairIds) {
    const { contextIds, contextTotals, from, followerIds, followerCounts } = pairIds;
    for (let c = 0; c < contextIds.length; c++) {
      const vId = contextIds[c]!;
      const more = added.get(vId);
      const contextTotal = contextTotals[c]! + (more?.total ?? 0);
      let kept = 0;
      let seenMass = 0;
      for (let at = from[c]!; at < from[c + 1]!; at++) {
        const wId = followerIds[at]!;
        kept += Math.max(followerCounts[at]! - tuning.discount, 0);
        if (wId !== -1) seenMass += Math.exp(-wordCost[wId]!);
      }
      for (let k = more?.from ?? 0; more && k < more.to; k++) {
        kept += Math.max(addedPairs.counts[k]! - tuning.discount, 0);
        if (addedPairs.followers[k] !== -1) seenMass += Math.exp(-wordCost[addedPairs.followers[k]!]!);
      }
      const alpha = Math.max(1 - kept / contextTotal, 1e-9);
      // Backing off (Katz): the freed mass goes to the words not seen after v, in proportion to P(w).
      backoffCost[vId] = -Math.log(tuning.interpolate ? alpha : alpha / Math.max(1 - seenMass, 1e-6));
      for (let at = from[c]!; at < from[c + 1]!; at++) {
        const wId = followerIds[at]!;
        if (wId === -1) continue;
        const p = Math.max(followerCounts[at]! - tuning.discount, 0) / contextTotal + (tuning.interpolate ? alpha * Math.exp(-wordCost[wId]!) : 0);
        setPairCost(pairs, vId, wId, -Math.log(p) + goOnCost[wId]!);
        hasPairs[vId >>> 5] = hasPairs[vId >>> 5]! | (1 << (vId & 31));
        isFollower[wId] = 1;
      }
      for (let k = more?.from ?? 0; more && k < more.to; k++) {
        const wId = addedPairs.followers[k]!;
        if (wId === -1) continue;
        const p = Math.max(addedPairs.counts[k]! - tuning.discount, 0) / contextTotal + (tuning.interpolate ? alpha * Math.exp(-wordCost[wId]!) : 0);
        setPairCost(pairs, vId, wId, -Math.log(p) + goOnCost[wId]!);
        hasPairs[vId >>> 5] = hasPairs[vId >>> 5]! | (1 << (vId & 31));
        isFollower[wId] = 1;
      }
    }
  }

  // The context <name> (segment/name-followers.ts), discounted and backed off as every other context is.
  if (names.total > 0 && tuning.nameContext) backoffCost[nameId] = addNameContext(names, nameId, { idOf, wordCost, goOnCost, pairs, hasPairs, isFollower }, tuning);

  // Every word pays for going on as it is added (see the header): folded into its costs, so the search reads one number.
  for (let id = 0; id < vocabulary; id++) wordCost[id]! += goOnCost[id]!;
  // A word no context keeps a pair for needs no pair lookup: its trie node says so (FOLLOWS, set by the build).
  const trie = makeTrie(vocabulary < words.length ? words.slice(0, vocabulary) : words, extra, isFollower);
  const costsByWord = new Float64Array(2 * (vocabulary + 2));
  for (let id = 0; id <= nameId; id++) {
    costsByWord[2 * id] = id < vocabulary ? wordCost[id]! : 0;
    costsByWord[2 * id + 1] = backoffCost[id]!;
  }
  return {
    costsByWord,
    endAdjust,
    goOnCost,
    trie,
    wordCost,
    backoffCost,
    pairs,
    hasPairs,
    startId,
    nameId,
    unknownCost: unknownCosts(words, total, tuning),
    ...unknownTail(words, total, tuning),
    casePenalty: tuning.casePenalty,
    cliticCost: tuning.cliticCost,
    quoteCost: tuning.quoteCost,
    nameBonus: Math.log(tuning.nameK),
    sentenceNameBonus: Math.log(tuning.sentenceNameK),
    letterCosts: letterPairCosts(extra, tuning.letterWeight),
    numberLettersCost: tuning.numberLettersCost,
    beamWidth: tuning.beamWidth,
    beamSlope: tuning.beamSlope,
    nameCost: Math.log(Math.log(Math.max(extra.highestRank, 2)) / tuning.namePrior),
    extraWordCost: Math.log(total),
    ...suffixTables(suffixes, tuning),
    ...prefixTables(suffixes, tuning),
  };
}

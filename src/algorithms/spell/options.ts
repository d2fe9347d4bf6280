// The corrector's tuning in one place: what each knob means, and the values in use (spell/spell.ts reads
// them; bench/spell-ablation.ts and bench/spell-sentences.bench.ts vary them one at a time, and
// bench/RESULTS.md records how each value was chosen on the dev sets and confirmed on the held-out ones).
import { DEFAULT_EDIT_COSTS } from './error-model.ts';
import type { ChannelOptions } from './candidates.ts';

/** Tuning of the corrector: the channel model, and how much the context counts. */
export interface SpellOptions extends ChannelOptions {
  /** μ: the weight of the neighbours' log likelihood ratio; 0 ranks as if the word stood alone. */
  readonly contextWeight: number;
  /** how many candidates (by isolated score) the context re-ranks. */
  readonly candidates: number;
  /** T: nats by which a confusable word must beat the typed known word (Infinity: never). */
  readonly realWordThreshold: number;
  /** whether Capitalised unknown words mid-sentence may be corrected to mostly-capitalised words. */
  readonly names: boolean;
  /**
   * θ: the score (ln count units) of the hypothesis that an unknown word listed as a real word or name
   * (spell/lexicon.ts) is right; a candidate must beat it. -Infinity: such words are corrected like any other.
   */
  readonly lexiconKeep: number;
  /**
   * θ_d: the same for an unknown word that a curated dictionary lists (spell/dictionary.ts), which misspellings
   * rarely are, so the bar is higher. -Infinity: such words are corrected like any other.
   */
  readonly dictionaryKeep: number;
  /**
   * The lowest score (ln count units, context included) a replacement of an unknown word may have: below
   * it the best candidate is a guess (`ordo` → `order`, `rumdum` → `rumour`), and the word is left alone.
   */
  readonly minScore: number;
  /**
   * The same floor for an unknown word of a text of several words that has no neighbour evidence (no word
   * after it, and none or a sentence start before): cut off by punctuation or other unknown words, as in a
   * foreign or technical run (`ordo senioritatis`, `Apergillus orzae,`), it is left alone unless its best
   * candidate is at least this likely. A text of one word is a query about that word and has no floor.
   * -Infinity: no floor.
   */
  readonly minScoreAlone: number;
  /**
   * ρ: an unknown word after a word whose followers in the corpus are this often words the model lacks
   * (P(unknown | v), spell/context.ts: `de`, `en` before `facto`, `famille`) is taken for one of those
   * and left alone. Infinity: never.
   */
  readonly unknownAfterKeep: number;
  /** whether an unknown compound of two common words (spell/compound.ts) is kept like a listed word. */
  readonly compounds: boolean;
  /** whether a second pass re-decides each word with the first pass's correction of the word after it. */
  readonly rightGuesses: boolean;
  /** whether an unknown word glued to a formula or markup symbol (spell/notation.ts: `**zg`) is left alone. */
  readonly notation: boolean;
  /**
   * whether a Capitalised unknown word at a sentence start whose best guess is a name (data/proper-names.txt:
   * `Shann` → `Shanna`) is judged by the names policy, as a Capitalised word mid-sentence is.
   */
  readonly sentenceStartNames: boolean;
  /**
   * A Capitalised unknown word that is itself a census name of at most this rank (data/segment-extra.txt:
   * `Tolley`, spell/sentence-names.ts) is a name and left alone, at a sentence start too; 0: never.
   */
  readonly censusRank: number;
  /**
   * whether a Capitalised word mid-sentence counts as the context before an unknown lowercase word. It is a
   * name (`Bacillus subtilis,`, `Senator Smathers`), and its lowercase word's pairs say little about what
   * follows the name; without it (and with no word after) the word is judged by the higher floor
   * minScoreAlone, as a word cut off from its neighbours is.
   */
  readonly namesAsContext: boolean;
  /**
   * whether an unknown lowercase word that a lexicon lists (data/segment-extra.txt, data/dictionary-extra.txt),
   * between two Capitalised words, is taken for a name particle (`Alexander von Zemlinsky`, `Vincent van Gogh`)
   * and left alone.
   */
  readonly nameParticles: boolean;
  /**
   * An uncertain guess: an unknown word in context whose best candidate has less than this share of the
   * posterior (spell/candidates.ts posterior: the candidates disagree, `biwa` → bow 0.6 / big) and scores
   * below `uncertainScore` is left alone. 0: never.
   */
  readonly uncertainShare: number;
  /** the score (ln count units, context included) under which an uncertain guess is left alone. */
  readonly uncertainScore: number;
  /**
   * β: the share of a once-seen pair's probability that a pair only WordNet's glosses have (data/gloss-pairs.bin,
   * spell/gloss-pairs.ts) gets when the context ranks a misspelled word's candidates; 0: the pairs are not read.
   */
  readonly glossShare: number;
  /**
   * π: the least ln count(c) + μ · bonus(c) (ln count-per-10⁹ units: ln P(c | v) + ln P(x | c) - ln P(x), the
   * replacement's probability in its slot before anything was typed) a replacement of an unknown word in context
   * may have. Below it the context makes the candidate rarer than the typed word is likely to be as a rare real
   * word (`the tagua palm` → `tagus`: ln 71 − 2.1 = 2.2), however cheap the edit. A spelling-only candidate
   * (model.ts) has no count and is not judged. -Infinity: no such floor.
   */
  readonly minContextualPrior: number;
  /**
   * ν: what the word after adds (a log likelihood ratio) when the context ranks a misspelled word's candidates, for a
   * candidate big.txt never saw before any word (spell/context-score.ts); 0: nothing, as for no evidence.
   */
  readonly unpairedAfter: number;
  /**
   * whether an unknown word directly followed by an apostrophe that cuts it short (`ol'`, `nuthin'`, `Didja'`: no
   * final s, no letter after, no apostrophe opening the word) is a deliberate elision and left alone, as `tellin'` is.
   */
  readonly trailingElisions: boolean;
  /**
   * The floor minScoreAlone, raised for a Capitalised word of at most `startAloneLetters` letters that starts a sentence
   * and has no neighbour evidence (`Eeny, Meeny`, `Odets, where`, `Deut. 7:1`): such a short word cut off by punctuation is
   * an interjection, a vocative, a name or an abbreviation as often as a slip, while the slips that start sentences before
   * a comma are long sentence adverbs (`Unfortunatly,`, `Incidently,`) with strong candidates. -Infinity: minScoreAlone.
   */
  readonly minScoreStartAlone: number;
  /** the longest word, in letters, that minScoreStartAlone applies to. */
  readonly startAloneLetters: number;
  /**
   * m: pseudo-counts of the unigram that shrink what the word after says about a candidate big.txt saw rarely, when the
   * context ranks a misspelled word's candidates (spell/context-score.ts shrunkLogRatio: ln[(n r + m) / (n + m)] for a
   * candidate seen n times); 0: the ratio as it is.
   */
  readonly afterPseudoCount: number;
  /**
   * whether punctuation after a known word of a confusion set counts as its right neighbour, scored by how often each
   * member ends a run in big.txt (spell/run-ends.ts: `read too.` is not `read to.`); false: that side has no evidence.
   */
  readonly runEndEvidence: boolean;
  /** whether a Capitalised word at a sentence start hyphen-joined to a Capitalised part (`Bel-Shamharoth`) reads as a name. */
  readonly hyphenNames: boolean;
  /**
   * An unknown part hyphen-joined to the next (`mis-spawned`) that at least this many model words begin with, followed by
   * another model word (spell/hyphen-parts.ts: a productive prefix), is left alone; 0: never.
   */
  readonly hyphenPrefixes: number;
  /**
   * whether an unknown last part of a hyphenated word that is its own best candidate plus s (`eleven-year-olds` → old) is
   * left alone: a compound's plural, not a slip (anywhere else the rule cost 24 dev fixes, bench/RESULTS.md).
   */
  readonly hyphenPlurals: boolean;
  /**
   * An unknown word that is an -est or -eth form (`goest`, `requireth`) of a model word seen at least this many times is
   * Early Modern English and left alone (spell/archaic.ts); 0: never.
   */
  readonly archaicBaseCount: number;
  /**
   * A sentence with at least this many unknown words beside other words, making more than `denseShare` of its words so
   * placed, in which fewer than half of them get a change of share ≥ `denseConfidence`, is another language or
   * text-speak, and its unknown words are left alone (spell/sentence-cues.ts); 0: never.
   */
  readonly denseUnknowns: number;
  readonly denseShare: number;
  readonly denseConfidence: number;
  /**
   * `than` after punctuation is not changed when a word before it in its sentence is followed by `than` at least this
   * share of the time in the corpus (a comparative: `rather …, than`, spell/sentence-cues.ts); 0: never.
   */
  readonly thanShare: number;
  /** whether an unknown part that with the hyphen-joined part beside it makes a model word (`tragi-comedy`) is left alone. */
  readonly openedCompounds: boolean;
}

/** The options in use (see bench/RESULTS.md for how they were chosen). */
export const DEFAULT_SPELL_OPTIONS: SpellOptions = {
  lambda: 8,
  costs: DEFAULT_EDIT_COSTS,
  fallbackMaxCost: 3,
  skeletonBelow: 0,
  priorPseudoCount: 500,
  contextWeight: 1,
  candidates: 4,
  realWordThreshold: 5,
  names: true,
  lexiconKeep: 0,
  dictionaryKeep: 4,
  minScore: -8,
  minScoreAlone: -3,
  unknownAfterKeep: 0.3,
  compounds: true,
  rightGuesses: true,
  notation: true,
  sentenceStartNames: true,
  censusRank: 20_000,
  namesAsContext: false,
  nameParticles: true,
  uncertainShare: 0.7,
  uncertainScore: -1,
  glossShare: 0.5,
  minContextualPrior: 2.5,
  unpairedAfter: -1,
  trailingElisions: true,
  minScoreStartAlone: 3,
  startAloneLetters: 7,
  afterPseudoCount: 100,
  runEndEvidence: true,
  hyphenNames: true,
  hyphenPrefixes: 50,
  hyphenPlurals: true,
  archaicBaseCount: 100,
  denseUnknowns: 4,
  denseShare: 0.5,
  denseConfidence: 0.9,
  thanShare: 0.05,
  openedCompounds: true,
};

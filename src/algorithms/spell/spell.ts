// Spelling correction in context: pick the candidate c that maximises P(c | v) · P(x | c) · P(w | c).
//
// w is the typed word, v the word before it and x the word after it (as the bigram model sees them:
// spell/tokens.ts wordBefore/wordAfter). Isolated, this is Norvig's noisy channel P(c) · P(w|c), with
// P(c) = count(c) / total from the shared word model and P(w|c) ∝ exp(-λ · cost(w, c)) from the
// weighted edit cost of spell/error-model.ts; spell/candidates.ts finds the best few candidates that
// way (within distance 2 by the symmetric-delete index, else by consonant skeleton). The context model
// (spell/context.ts, over data/bigrams.txt, the segmenter's bigrams, and for the ranking alone the pairs only WordNet's
// glosses have, spell/gloss-pairs.ts) then re-ranks them:
//   score(c) = ln P(c) - λ · cost(w, c) + μ · ([ln P(c | v) - ln P(c)] + [ln P(x | c) - ln P(x)])
// With μ = 1 this is ln P(c | v) + ln P(x | c) - λ · cost(w, c) up to terms equal for every candidate.
// The change's confidence and its ranked alternatives are the candidates' shares of the posterior,
// softmax(score) over the re-ranked candidates.
// A corrected word serves as the next word's context, and, since the word after a word may be a slip
// too (`their weas one`), a text with changes is read twice: the second pass ranks each word with the
// first pass's correction of the word after it. Known words are left alone, except the
// real-word confusions of spell/realword.ts when the context is decisive. An unknown word that the
// supplementary lexicon lists (spell/lexicon.ts), or, beside another word, is a compound of two common
// words (spell/compound.ts), is kept unless a candidate scores above the pseudo-count θ (θ_d > θ for a
// word of the curated dictionary of spell/dictionary.ts); an unknown word
// beside another word is also kept when its best candidate scores below a floor (minScore): a rare word
// at a high edit cost is a guess. In a text of several words, a word cut off from its neighbours (by
// punctuation or unknown words: `ordo senioritatis.`) has a higher floor (minScoreAlone), since no context
// can confirm the guess; a text of one word is a query about it and has none. That floor is higher still
// (minScoreStartAlone) for a short Capitalised word so cut off at a sentence start (`Eeny, Meeny`, `Odets, where`),
// as often an interjection, a vocative, a name or an abbreviation as a slip. An unknown word after a word
// that the corpus mostly follows with words the model lacks (`de facto`, `en famille`: P(unknown | v) ≥ ρ,
// spell/context.ts) is taken for one of those and left alone. A possessive (`Jonh's`) is corrected on its
// stem and keeps its `'s`; a contraction the model knows (`don't`) is a word.
// Policy for names: a Capitalised word that the model does not know is taken for a name and left
// alone unless it starts a sentence or a line (where the capital says nothing; but a Capitalised word
// followed by another, `Ngozi Adichie`, is still taken for a name), or spell/names.ts finds it a cheap
// slip of a word mostly written capitalised (`Firday` → `Friday`) that the context favours.
// At a sentence start, a word whose best guess is a name is judged the same way, and a common census name
// is left alone anywhere (spell/sentence-names.ts); a letter run glued to a formula symbol (`**zg`) is
// notation and left alone (spell/notation.ts). Which words get a decision at all is spell/visits.ts.
// A lowercase word beside names is read with them: a Capitalised word mid-sentence before it is a name, not
// context (`Bacillus subtilis,` has no context, so the higher floor minScoreAlone applies), and a word a
// lexicon lists between two Capitalised words is a name particle (`Alexander von Zemlinsky`) and left alone.
// A guess the candidates dispute (the best has under uncertainShare of the posterior) and that scores low
// (under uncertainScore) is left alone too (`his biwa into` → `bow` 0.6, `big`): a false alarm costs a user
// more than a missed fix. So is a guess the context makes rare: when ln count(c) + bonus(c), the candidate's
// probability in this slot before anything was typed (ln P(c | v) + ln P(x | c) - ln P(x), per 10⁹ words), is
// under π (minContextualPrior: e^2.5 ≈ 12 per 10⁹), the typed word is as likely a rare real word as a slip of c
// (`the tagua palm` → `tagus`, `diaphragmic control` → `diaphragmatic`).
// The parts of a hyphenated word are read as parts (spell/hyphen-parts.ts): a productive prefix before a hyphen
// (`mis-spawned`), a last part that is its best candidate's plural (`eleven-year-olds`), and a Capitalised word at
// a sentence start joined to a Capitalised part (`Bel-Shamharoth`, a name) are left alone. A confusion-set word
// before punctuation has the run's end for its right neighbour (spell/run-ends.ts: `read too.`). An -est or -eth
// form of a known verb (`requireth`, `goest`) is left alone (spell/archaic.ts).
// The whole sentence is read too (spell/sentence-cues.ts). A sentence of mostly unknown words in which fewer than half
// get a confident change (`Ubi non accusator, ibi non judex.`, `plz snd mor infrmtn`) is another language or text-speak:
// it is corrected alone first to judge it, and its unknown words are then left alone. `than` after punctuation and a
// comparative earlier in its sentence (`rather …, than why`) is not changed. A part that with its hyphen-joined
// neighbour makes a model word (`tragi-comedy`) is a closed compound written apart (spell/hyphen-parts.ts).
import type { Model } from '../model.ts';
import { newBudget, posterior, rankCandidates, type Budget, type Ranked } from './candidates.ts';
import { DEFAULT_SPELL_OPTIONS, type SpellOptions } from './options.ts';
import { smoothedLogCounts } from './prior.ts';
import type { SpellContext } from './context.ts';
import { contextBonus, neighbourId, NO_WORD } from './context-score.ts';
import { nameCorrection } from './names.ts';
import { realWordCorrection } from './realword.ts';
import { spellIndex } from './deletion-index.ts';
import { extraRank } from './lexicon.ts';
import { skeletonIndex } from './skeleton.ts';
import { isCompound } from './compound.ts';
import { isCommonName, readsAsName } from './sentence-names.ts';
import { isCorrectableShape } from './tokens.ts';
import { contextWordBefore, guessedWordAfter } from './neighbours.ts';
import { visitsOf, type Visit } from './visits.ts';
import { isProductivePrefix } from './hyphen-parts.ts';
import { isArchaicForm } from './archaic.ts';
import { foreignSentences, hasComparativeBefore } from './sentence-cues.ts';
import { isCapitalised, isKnown, normalise, stemOf, withCaseOf } from './word-shape.ts';

/** The engine name and version stored with each correction record. */
export const SPELL_ENGINE = 'textops-spell/13';

/** A ranked runner-up of a change: the word (in the text's case) and its share of the posterior. */
export interface SpellAlternative {
  readonly word: string;
  readonly confidence: number;
}

/** One replaced word: where it was (UTF-16 offset in the input), what it was, what it became. */
export interface SpellChange {
  readonly offset: number;
  readonly original: string;
  readonly replacement: string;
  /** the replacement's share of the posterior, in [0, 1]. */
  readonly confidence?: number;
  /** up to MAX_ALTERNATIVES other candidates, best first. */
  readonly alternatives?: readonly SpellAlternative[];
}

/** A corrected text with the list of its changes, in text order. */
export interface SpellResult {
  readonly text: string;
  readonly changes: SpellChange[];
}

/** Alternatives listed per change. */
const MAX_ALTERNATIVES = 3;

/** Distinct words whose candidates are remembered per `correct` call, which bounds its extra memory. */
const MEMO_LIMIT = 50_000;

/** Builds a model's lookup structures now (otherwise the first correction does), e.g. at start-up. */
export function prepareSpelling(model: Model): void {
  smoothedLogCounts(spellIndex(model), DEFAULT_SPELL_OPTIONS.priorPseudoCount);
  skeletonIndex(model);
}

/** What one call shares across its words: the candidate memo and the work budget. */
interface Pass {
  readonly model: Model;
  readonly options: SpellOptions;
  readonly context: SpellContext | undefined;
  readonly memo: Map<string, Ranked>;
  readonly budget: Budget;
  /** whether the text has more than one word (a single word is a query about it, with no minScoreAlone floor). */
  readonly severalWords: boolean;
  /** the text being corrected. */
  readonly text: string;
}

/**
 * Corrects every misspelled word of `text`; all other characters pass through unchanged. With a
 * `context` (spell/context.ts) the neighbouring words rank the candidates and real-word errors and
 * capitalised slips are considered; without one, each word is corrected as if it stood alone.
 */
export function correct(text: string, model: Model, options: SpellOptions = DEFAULT_SPELL_OPTIONS, context?: SpellContext): SpellResult {
  const { visits: all, words, dense } = visitsOf(text, model, context, options);
  const pass: Pass = { model, options, context, memo: new Map(), budget: newBudget(), severalWords: words > 1, text };
  const visits = context === undefined || dense.size === 0 ? all : withoutForeignSentences(text, all, dense, pass);
  const first = decide(text, visits, pass, undefined);
  if (context === undefined || !options.rightGuesses || first.result.changes.length === 0) return first.result;
  // A word's right neighbour may itself be a slip; the second pass reads the first pass's correction of it.
  return decide(text, visits, pass, first).result;
}

/**
 * The visits without the unknown words of foreign or text-speak sentences (spell/sentence-cues.ts). Only the
 * unknown-dense sentences are read first, to judge them on their confidences; the candidates found stay in the memo.
 */
function withoutForeignSentences(text: string, visits: readonly Visit[], dense: ReadonlySet<number>, pass: Pass): readonly Visit[] {
  const inDense = visits.filter((visit) => dense.has(visit.sentence));
  const judged = decide(text, inDense, pass, undefined);
  const unknownWords = inDense.flatMap((visit, k) => (visit.unknownDenseWord ? [{ sentence: visit.sentence, confidence: judged.changes[k]?.confidence }] : []));
  const foreign = foreignSentences(dense, unknownWords, pass.options.denseConfidence);
  return foreign.size === 0 ? visits : visits.filter((visit) => visit.known || !foreign.has(visit.sentence));
}

/** What one pass decided: the result, and for each visit the neighbour ids it used and its change. */
interface Decided {
  readonly result: SpellResult;
  readonly befores: Int32Array;
  readonly afters: Int32Array;
  readonly changes: (Correction | undefined)[];
  /** the corrected words by offset. */
  readonly guesses: Map<number, string>;
}

/**
 * One pass over the visited words. Given a first pass, its corrections stand in for the words after each
 * word, and a word whose neighbours read the same as in the first pass keeps the first pass's decision.
 */
function decide(text: string, visits: readonly Visit[], pass: Pass, first: Decided | undefined): Decided {
  const { context } = pass;
  const pieces: string[] = [];
  const changes: SpellChange[] = [];
  const decided: Decided = {
    result: { text, changes },
    befores: new Int32Array(visits.length),
    afters: new Int32Array(visits.length),
    changes: [],
    guesses: new Map(),
  };
  let copiedUpTo = 0;
  let previous: { end: number; word: string } | undefined;
  visits.forEach((visit, k) => {
    const end = visit.offset + visit.text.length;
    const before = context === undefined ? NO_WORD : neighbourId(context, contextWordBefore(text, visit.offset, previous));
    const after = context === undefined ? NO_WORD : neighbourId(context, guessedWordAfter(text, end, first?.guesses));
    const same = first !== undefined && first.befores[k] === before && first.afters[k] === after;
    const change = same ? first.changes[k] : correctSpan(visit, before, after, pass);
    decided.befores[k] = before;
    decided.afters[k] = after;
    decided.changes.push(change);
    if (change === undefined) return;
    pieces.push(text.slice(copiedUpTo, visit.offset), change.replacement);
    copiedUpTo = end;
    changes.push({ offset: visit.offset, original: visit.text, ...change });
    decided.guesses.set(visit.offset, normalise(change.replacement));
    previous = { end, word: change.replacement.toLowerCase() };
  });
  if (changes.length === 0) return decided;
  pieces.push(text.slice(copiedUpTo));
  return { ...decided, result: { text: pieces.join(''), changes } };
}

type Correction = Omit<SpellChange, 'offset' | 'original'>;

/** The change for one word in its context, or undefined to leave it. */
function correctSpan(visit: Visit, before: number, after: number, pass: Pass): Correction | undefined {
  const { model, options, context } = pass;
  const { text: word, known, nameLike } = visit;
  if (known) {
    if (context === undefined) return undefined;
    const typed = normalise(word);
    const fix = realWordCorrection(typed, before, after, context, options.realWordThreshold, options.runEndEvidence && visit.endsRun);
    if (fix === undefined) return undefined;
    // `than` after punctuation, with a comparative earlier in its sentence (`rather …, than why`), is right (spell/sentence-cues.ts).
    if (typed === 'than' && before === context.startId && hasComparativeBefore(pass.text, visit.sentenceFrom, visit.offset, context, options.thanShare)) return undefined;
    return inCaseOf(word, '', fix.words, fix.confidences);
  }
  // A closed compound written apart (`tragi-comedy`) is no slip (spell/hyphen-parts.ts).
  if (context !== undefined && visit.openedCompound) return undefined;
  const stem = stemOf(word);
  if (stem.length < 2 || (stem !== word && isKnown(stem, model))) return undefined;
  const suffix = word.slice(stem.length);
  const typed = normalise(stem);
  // After `de` or `en` an unknown word is more likely a foreign word than a slip (spell/context.ts unknownAfter).
  if (context !== undefined && before !== NO_WORD && context.unknownAfter[before]! >= options.unknownAfterKeep) return undefined;
  // A Capitalised common census name (spell/sentence-names.ts: `Tolley`) is a name wherever it stands.
  if (context !== undefined && pass.severalWords && isCapitalised(word) && isCommonName(typed, context, options)) return undefined;
  if (nameLike) return context === undefined || !options.names ? undefined : asName(word, typed, suffix, before, after, context, pass);
  // A listed word between two Capitalised words is a name particle (`Alexander von Zemlinsky`).
  if (context !== undefined && options.nameParticles && visit.betweenNames && isListed(typed, context)) return undefined;
  // An -est or -eth form of a known verb (`requireth`, `goest`) is Early Modern English, not a slip (spell/archaic.ts).
  if (context !== undefined && pass.severalWords && isArchaicForm(typed, model, options.archaicBaseCount)) return undefined;
  // A productive prefix hyphen-joined to the next part (`mis-spawned`) is part of a compound (spell/hyphen-parts.ts).
  if (context !== undefined && visit.joinedAfter && isProductivePrefix(typed, model, options.hyphenPrefixes)) return undefined;
  let ranked = pass.memo.get(typed);
  if (ranked === undefined) {
    ranked = rankCandidates(typed, model, options, context === undefined ? 1 : options.candidates, pass.budget);
    if (pass.memo.size < MEMO_LIMIT) pass.memo.set(typed, ranked);
  }
  if (ranked.ids.length === 0) return undefined;
  const { words, confidences, top } = rerank(ranked, before, after, pass);
  // The plural of a compound (`eleven-year-olds`) is not a slip of its singular.
  if (context !== undefined && options.hyphenPlurals && visit.joinedBefore && typed === `${words[0]!}s`) return undefined;
  // A name before (`Bacillus subtilis`) is no context for the word: its lowercase word's pairs do not describe the name's.
  const nameBefore = visit.afterName && !options.namesAsContext && !isCapitalised(word);
  // A Capitalised word here starts a sentence (mid-sentence ones are nameLike); in a text of several words, when
  // its best guess is a name (spell/sentence-names.ts: `Shann` → `Shanna`) it is judged by the names policy, as mid-sentence.
  if (context !== undefined && pass.severalWords && options.names && isCapitalised(word) && readsAsName(words[0]!, context, options)) {
    return asName(word, typed, suffix, before, after, context, pass);
  }
  // The floor and the compound rule weigh a candidate against its neighbours' evidence. A word cut off from
  // its neighbours has none, so the floor there is higher (minScoreAlone); a text of one word has no floor:
  // its isolated score alone would leave too many real slips (bench/RESULTS.md).
  const inContext = context !== undefined && (after !== NO_WORD || (before !== NO_WORD && before !== context.startId && !nameBefore));
  if (inContext && top < options.minScore) return undefined;
  // A replacement the context makes rarer than a rare word (tagua palm → tagus) is no likelier than the typed word itself.
  if (inContext && contextualPrior(ranked, words[0]!, before, after, pass) < options.minContextualPrior) return undefined;
  // A low-scoring guess that the candidates dispute is left alone (`his biwa into`: bow 0.6, big).
  if (inContext && confidences[0]! < options.uncertainShare && top < options.uncertainScore) return undefined;
  if (context !== undefined && !inContext && pass.severalWords && top < aloneFloor(word, typed, options)) return undefined;
  // A word a curated dictionary lists is kept unless a candidate beats the higher bar θ_d.
  if (context !== undefined && top < options.dictionaryKeep && context.dictionary.has(typed)) return undefined;
  // A listed real word or name, or a closed compound of two common words, is kept unless a candidate beats θ.
  if (context !== undefined && top < options.lexiconKeep && (extraRank(context.extra, typed) >= 0 || (inContext && options.compounds && isCompound(typed, model)))) return undefined;
  return inCaseOf(word, suffix, words, confidences);
}

/**
 * The floor for a word with no neighbour evidence: minScoreAlone, or the higher minScoreStartAlone for a short
 * Capitalised word (it starts a sentence: a Capitalised word mid-sentence is nameLike and never gets here).
 */
function aloneFloor(word: string, typed: string, options: SpellOptions): number {
  return isCapitalised(word) && typed.length <= options.startAloneLetters ? Math.max(options.minScoreAlone, options.minScoreStartAlone) : options.minScoreAlone;
}

/** True when a lexicon lists lowercase `typed`: the supplementary vocabulary (spell/lexicon.ts) or the curated dictionary. */
function isListed(typed: string, context: SpellContext): boolean {
  return context.dictionary.has(typed) || extraRank(context.extra, typed) >= 0;
}

/** The names policy's change (spell/names.ts) for a word taken for a name, or undefined to leave it. */
function asName(word: string, typed: string, suffix: string, before: number, after: number, context: SpellContext, pass: Pass): Correction | undefined {
  const fix = nameCorrection(typed, before, after, pass.model, context, pass.options, pass.budget);
  return fix === undefined ? undefined : inCaseOf(word, suffix, fix.words, fix.confidences);
}

/**
 * ln count(c) + μ · bonus(c) for the chosen candidate c: ln P(c | v) + ln P(x | c) - ln P(x) in ln count-per-10⁹ units
 * (spell/context-score.ts), how likely c is in this slot before anything was typed; big.txt's pairs only, as the floors.
 * A spelling-only candidate (model.ts) has no count to judge by, and gives +∞.
 */
function contextualPrior(ranked: Ranked, best: string, before: number, after: number, pass: Pick<Pass, 'model' | 'options' | 'context'>): number {
  const index = spellIndex(pass.model);
  const id = ranked.ids.find((candidate) => index.words[candidate] === best);
  if (id === undefined || id >= index.modelWords || pass.context === undefined) return Infinity;
  return index.logCounts[id]! + pass.options.contextWeight * contextBonus(pass.context, before, id, after);
}

/** The candidates re-ranked by context: words best first with their posterior shares, and the best score. */
function rerank(
  ranked: Ranked,
  before: number,
  after: number,
  pass: Pick<Pass, 'model' | 'options' | 'context'>,
): { words: string[]; confidences: number[]; top: number } {
  const index = spellIndex(pass.model);
  const { context, options } = pass;
  const scores = ranked.ids.map((id, k) => {
    const bonus = context === undefined || options.contextWeight === 0 ? 0 : contextBonus(context, before, id, after);
    return ranked.scores[k]! + options.contextWeight * bonus;
  });
  const top = Math.max(...scores);
  if (context === undefined || options.contextWeight === 0 || (options.glossShare <= 0 && options.unpairedAfter === 0 && options.afterPseudoCount <= 0)) return { ...posterior(ranked.ids.map((id) => index.words[id]!), scores), top };
  // The pairs only WordNet's glosses have, ν for a candidate big.txt never saw before a word, and the word after's
  // ratio shrunk for a rarely seen candidate (m) rank the candidates; the floors and keeps (top) are judged on
  // big.txt's evidence alone.
  const ranking = ranked.ids.map((id, k) => ranked.scores[k]! + options.contextWeight * contextBonus(context, before, id, after, options.glossShare, options.unpairedAfter, options.afterPseudoCount));
  return { ...posterior(ranked.ids.map((id) => index.words[id]!), ranking), top };
}

/** The change from ranked words: the first replaces, the next few are alternatives, all in the original's case. */
function inCaseOf(original: string, suffix: string, words: readonly string[], confidences: readonly number[]): Correction | undefined {
  const replacement = withCaseOf(original, words[0]!) + suffix;
  if (replacement === original) return undefined;
  const alternatives: SpellAlternative[] = [];
  for (let k = 1; k < words.length && alternatives.length < MAX_ALTERNATIVES; k++) {
    const confidence = roundShare(confidences[k]!);
    if (confidence > 0) alternatives.push({ word: withCaseOf(original, words[k]!) + suffix, confidence });
  }
  return { replacement, confidence: roundShare(confidences[0]!), alternatives };
}

/** A share rounded to three decimals, for stable output. */
function roundShare(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/** The most probable intended spelling of one word standing alone, in the word's case; a known word comes back as is. */
export function correctWord(word: string, model: Model, options: SpellOptions = DEFAULT_SPELL_OPTIONS): string {
  if (!isCorrectableShape(word) || isKnown(word, model)) return word;
  const stem = stemOf(word);
  if (stem.length < 2 || (stem !== word && isKnown(stem, model))) return word;
  const ranked = rankCandidates(normalise(stem), model, options, 1);
  if (ranked.ids.length === 0) return word;
  return withCaseOf(word, spellIndex(model).words[ranked.ids[0]!]!) + word.slice(stem.length);
}

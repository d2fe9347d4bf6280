// Which words of a text the corrector must decide on (spell/spell.ts), found in one walk over its words. The
// fast path: a known word outside every confusion set (spell/realword.ts) is left as it is, without reading its
// context; so is an unknown word that is a deliberate elision (`look'd`) or notation (`**zg`) when the context model
// is on. Each word kept (a visit) carries what the names policy needs from its neighbours: whether it reads as a
// name, whether a Capitalised word mid-sentence comes just before it (`Bacillus subtilis`), and whether it stands
// between two Capitalised words (`Alexander von Zemlinsky`). The walk also counts each sentence's words and unknown
// words that stand beside another word, for the unknown-dense sentences of spell/sentence-cues.ts. Pure: the text and
// the model in, the visits out.
import type { Model } from '../model.ts';
import type { SpellContext } from './context.ts';
import type { SpellOptions } from './options.ts';
import { confusionSetOf } from './realword.ts';
import { isNotation } from './notation.ts';
import { sentenceEndsBetween, wordSpans } from './tokens.ts';
import { capitalisedWordFollows, isElision, onlySpacesBetween } from './neighbours.ts';
import { isCapitalised, normalise } from './word-shape.ts';
import { endsRun } from './run-ends.ts';
import { isOpenedCompound, joinedAfter, joinedBefore } from './hyphen-parts.ts';
import { hasWordAfter, hasWordBefore, isUnknownDense, isUnknownWord, SentenceDensity } from './sentence-cues.ts';

/** A word that the fast path does not skip: an unknown word, or a known one of a confusion set. */
export interface Visit {
  readonly offset: number;
  readonly text: string;
  readonly known: boolean;
  readonly nameLike: boolean;
  /** a Capitalised word mid-sentence comes just before (only spaces or tabs between). */
  readonly afterName: boolean;
  /** a Capitalised word (anywhere) comes just before, and one just after. */
  readonly betweenNames: boolean;
  /** the word ends its run: punctuation or the text's end follows (spell/run-ends.ts). */
  readonly endsRun: boolean;
  /** a hyphen joins the word to the next part (`mis-spawned`), or to the part before (`year-olds`): spell/hyphen-parts.ts. */
  readonly joinedAfter: boolean;
  readonly joinedBefore: boolean;
  /** the index of its sentence in the text, counted from 0. */
  readonly sentence: number;
  /** an unknown word beside another word, counted for its sentence's density (spell/sentence-cues.ts). */
  readonly unknownDenseWord: boolean;
  /** where its sentence starts in the text (for spell/sentence-cues.ts hasComparativeBefore). */
  readonly sentenceFrom: number;
  /** with the hyphen-joined part beside it, a model word (`tragi-comedy`: spell/hyphen-parts.ts). */
  readonly openedCompound: boolean;
}

/**
 * The words of `text` that need a decision, in order (the others are left as they are), how many words it has, and
 * its unknown-dense sentences (spell/sentence-cues.ts).
 */
export function visitsOf(text: string, model: Model, context: SpellContext | undefined, options: SpellOptions): { visits: Visit[]; words: number; dense: Set<number> } {
  const visits: Visit[] = [];
  const dense = new Set<number>();
  let words = 0;
  // The density of the current sentence (spell/sentence-cues.ts). A word counts once a neighbour is seen before it or,
  // at the next word, after it.
  const counting = context !== undefined && options.denseUnknowns > 0;
  let sentence = -1;
  let sentenceFrom = 0;
  let density = new SentenceDensity();
  // The previous word: where it ends, whether it is Capitalised, whether it starts a sentence, and for the density
  // whether it is counted yet, whether it is unknown, and its visit (-1: none).
  let previousEnd = -1;
  let previousCapitalised = false;
  let previousStarts = false;
  let previousCounted = true;
  let previousUnknown = false;
  let previousVisit = -1;
  for (const span of wordSpans(text)) {
    words++;
    // A single space between two words makes each the other's neighbour; a longer gap is read.
    const spaced = span.offset - previousEnd === 1 && text.charCodeAt(previousEnd) === 32;
    if (counting && !previousCounted && (spaced || hasWordAfter(text, previousEnd))) density.count(previousUnknown, previousVisit);
    // A one-character gap (a space) ends no sentence: only longer ones are read.
    if (sentence < 0 || span.sentenceStart || (span.offset - previousEnd > 1 && sentenceEndsBetween(text, previousEnd, span.offset))) {
      if (counting) markIfDense(sentence, density, visits, dense, options);
      sentence++;
      sentenceFrom = span.offset;
      density = new SentenceDensity();
    }
    const capitalBefore = previousCapitalised && onlySpacesBetween(text, previousEnd, span.offset);
    const capitalBeforeMid = capitalBefore && !previousStarts;
    previousEnd = span.offset + span.text.length;
    previousCapitalised = isCapitalised(span.text);
    previousStarts = span.sentenceStart;
    // The fast path: a known word that belongs to no confusion set is left as it is, without context.
    const lower = normalise(span.text);
    const known = model.counts.has(lower);
    previousCounted = counting && (spaced || hasWordBefore(text, span.offset));
    previousUnknown = counting && !known && isUnknownWord(span.text, span.sentenceStart, model, context);
    previousVisit = -1;
    if (previousCounted) density.count(previousUnknown, -1);
    if (known && (context === undefined || confusionSetOf(lower) === undefined)) continue;
    const end = span.offset + span.text.length;
    if (!known && context !== undefined && isElision(text, span.text, end, model, options.trailingElisions)) continue;
    // A letter run glued to a formula or markup symbol (`**zg`, `a=bc`) is notation (spell/notation.ts).
    if (!known && context !== undefined && options.notation && isNotation(text, span.offset, end)) continue;
    // A Capitalised word followed by another (`Ngozi Adichie`) reads as a name even where a sentence starts.
    // So does one joined by a hyphen to a Capitalised part (`Bel-Shamharoth`), with hyphenNames.
    const capitalFollows = capitalisedWordFollows(text, end);
    const joinedToNext = joinedAfter(text, end);
    const nameFollows = capitalFollows || (options.hyphenNames && joinedToNext && /[A-Z]/.test(text[end + 1]!));
    const nameLike = isCapitalised(span.text) && (!span.sentenceStart || (context !== undefined && nameFollows));
    const betweenNames = capitalBefore && !known && capitalFollows;
    const joinedToPrevious = joinedBefore(text, span.offset);
    previousVisit = visits.length;
    if (previousCounted && previousUnknown) density.visits.push(previousVisit);
    visits.push({
      offset: span.offset,
      text: span.text,
      known,
      nameLike,
      afterName: capitalBeforeMid,
      betweenNames,
      endsRun: endsRun(text, end),
      joinedAfter: joinedToNext,
      joinedBefore: joinedToPrevious,
      sentence,
      unknownDenseWord: false,
      sentenceFrom,
      openedCompound: !known && (joinedToNext || joinedToPrevious) && options.openedCompounds && isOpenedCompound(text, span.offset, end, joinedToNext, joinedToPrevious, model),
    });
  }
  if (counting && sentence >= 0) {
    if (!previousCounted && hasWordAfter(text, previousEnd)) density.count(previousUnknown, previousVisit);
    markIfDense(sentence, density, visits, dense, options);
  }
  return { visits, words, dense };
}

/** When the sentence is unknown-dense, adds it to `dense` and marks its unknown visits beside words (spell/sentence-cues.ts). */
function markIfDense(sentence: number, density: SentenceDensity, visits: Visit[], dense: Set<number>, options: SpellOptions): void {
  if (!isUnknownDense(density.unknown, density.words, options.denseUnknowns, options.denseShare)) return;
  dense.add(sentence);
  for (const k of density.visits) visits[k] = { ...visits[k]!, unknownDenseWord: true }; // k indexes a visit
}

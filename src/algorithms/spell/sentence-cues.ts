// What a whole sentence says about its words, beyond their neighbours: cues the bigram window cannot see.
//
// A foreign sentence. When most of a sentence's words are unknown to the word model (`Ubi non accusator, ibi non
// judex.`, `F u cn rd ths u cnt spl wrth a dm!`), it may be another language, a cipher or text-speak, where every
// guess would be an English word forced on it. Or it may be English typed in a hurry (`You knwo tghe grat thign
// abotu TV?`). The corrector's own confidence tells them apart: slips of English words have one clear correction
// each (knwo → know, share 1.00), while foreign words and text-speak get disputed ones (ibi → ii 0.60, spl → spy
// 0.51, cnt → cent 0.81). Only words beside another word are counted: a list's items, cut off by commas (`coffe,
// suger, cheeze`), have no neighbour to confirm their guesses, so they get low shares without being foreign. A word
// a lexicon lists as a real one (`kubectl`, `nginx`: data/dictionary-extra.txt, segment-extra.txt) is English the
// model lacks, not a sign of another language, and is not counted as unknown. So a
// sentence with at least `minUnknown` (4) such unknown words (a Capitalised word mid-sentence is a name, not one)
// making more than `minShare` (half) of its words so placed is unknown-dense, and it is foreign when fewer than half
// of those unknown words get a change of share ≥ `minConfidence` (0.9): all its unknown words are then left alone.
//
// A comparative before `than`. `than` needs a comparative to its left (`rather … than`, `more … than`), often further
// back than the bigram window (`I would much rather have men ask why I have no statue, than why I have one`). A word
// w counts as one when the corpus saw `w than` and follows w with `than` at least `minThanShare` of the time (P(than | w) from
// data/bigrams.txt: `rather`, `more`, `better`, `other`), so no list of comparatives is written down. The clue is far
// off and weak, so it overrules only a change with no word just before `than` (punctuation: `…, than why`); after
// `and` or `but` (`and than she left`) the neighbour is the stronger evidence, and the change stands.
import type { Model } from '../model.ts';
import type { SpellContext } from './context.ts';
import { isObservedPair, logPairProbabilityUnlifted } from './context-score.ts';
import { isAsciiDigit, isAsciiLetter } from '../ascii-letters.ts';
import { extraRank } from './lexicon.ts';
import { isCapitalised, isKnown, normalise, stemOf } from './word-shape.ts';

/** The words of a sentence that stand beside another word, the unknown ones among them, and the visits of those (by index). */
export class SentenceDensity {
  words = 0;
  unknown = 0;
  readonly visits: number[] = [];

  /** Counts a word beside another word; `visit` is its visit's index, -1 for none or not yet known. */
  count(unknown: boolean, visit: number): void {
    this.words++;
    if (!unknown) return;
    this.unknown++;
    if (visit >= 0) this.visits.push(visit);
  }
}

/** True when a sentence of `words` words, `unknown` of them unknown, is unknown-dense (0 minUnknown: never). */
export function isUnknownDense(unknown: number, words: number, minUnknown: number, minShare: number): boolean {
  return minUnknown > 0 && unknown >= minUnknown && unknown > minShare * words;
}

/**
 * The foreign ones among the unknown-dense sentences: `unknownWords` gives, for each unknown word counted for the
 * density that the corrector visited, its sentence and its change's share (undefined: left alone). A dense sentence
 * is foreign when fewer than half of those words have a change of share ≥ minConfidence.
 */
export function foreignSentences(dense: ReadonlySet<number>, unknownWords: Iterable<{ sentence: number; confidence: number | undefined }>, minConfidence: number): Set<number> {
  const counts = new Map<number, { unknown: number; confident: number }>();
  for (const { sentence, confidence } of unknownWords) {
    if (!dense.has(sentence)) continue;
    const count = counts.get(sentence) ?? { unknown: 0, confident: 0 };
    count.unknown++;
    if (confidence !== undefined && confidence >= minConfidence) count.confident++;
    counts.set(sentence, count);
  }
  const foreign = new Set<number>();
  for (const [sentence, { unknown, confident }] of counts) if (2 * confident < unknown) foreign.add(sentence);
  return foreign;
}

/**
 * True when a word of the text is unknown for the density: the model lacks it and its stem (`man's`), it is no name
 * (Capitalised mid-sentence), and, given a context, no lexicon lists it (a real word or a software term the model
 * lacks, `lintian`, `vulkan`: English text, not a foreign one).
 */
export function isUnknownWord(word: string, sentenceStart: boolean, model: Model, context?: SpellContext): boolean {
  const lower = normalise(word);
  if (model.counts.has(lower) || (!sentenceStart && isCapitalised(word))) return false;
  const stem = stemOf(lower);
  if (isKnown(stem, model)) return false;
  return context === undefined || !(context.dictionary.has(stem) || extraRank(context.extra, stem) === 0);
}

/** True when only spaces or tabs, at least one, separate `offset` from a letter or digit before it. */
export function hasWordBefore(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && i < offset - 1 && isWordCharacter(text.charCodeAt(i));
}

/** True when only spaces or tabs, at least one, separate `end` from a letter or digit after it. */
export function hasWordAfter(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j > end && j < text.length && isWordCharacter(text.charCodeAt(j));
}

/** An ASCII letter or digit. */
function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

/**
 * True when a word before `to`, back to `from` (the sentence start) or to an earlier `than` (which has used up any
 * comparative before it), is followed by `than` at least `minThanShare` of the time in the corpus (0: never). The
 * walk goes back word by word and stops at the first such word, so a text's `than`s read each stretch once.
 */
export function hasComparativeBefore(text: string, from: number, to: number, context: SpellContext, minThanShare: number): boolean {
  const than = context.idOf.get('than');
  if (minThanShare <= 0 || than === undefined) return false;
  const logShare = Math.log(minThanShare);
  let i = to;
  while (i > from) {
    while (i > from && !isAsciiLetter(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from && (isAsciiLetter(text.charCodeAt(i - 1)) || text[i - 1] === "'")) i--;
    if (i === end) return false;
    const id = context.idOf.get(text.slice(i, end).toLowerCase());
    if (id === than) return false;
    if (id !== undefined && isObservedPair(context, id, than) && logPairProbabilityUnlifted(context, id, than) >= logShare) return true;
  }
  return false;
}

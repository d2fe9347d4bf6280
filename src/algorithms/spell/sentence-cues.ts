// What a whole sentence says about its words, beyond their neighbours: cues the bigram window cannot see.
//
// A foreign sentence. When most of a sentence's words are unknown to the word model (`Ubi non accusator, ibi non
// judex.`, `F u cn rd ths u cnt spl wrth a dm!`), it may be another language, a cipher or text-speak, where every
// guess would be an English word forced on it. Or it may be English typed in a hurry (`You knwo tghe grat thign
// abotu TV?`). The corrector's own confidence tells them apart: slips of English words have one clear correction
// each (knwo → know, share 1.00), while foreign words and text-speak get disputed ones (ibi → ii 0.60, spl → spy
// 0.51, cnt → cent 0.81). So a sentence with at least `minUnknown` (4) unknown words (a Capitalised word
// mid-sentence is a name, not one) making more than `minShare` (half) of its words is unknown-dense, and it is
// foreign when fewer than half of its unknown words get a change of share ≥ `minConfidence` (0.9): all its unknown
// words are then left alone.
//
// A comparative before `than`. `than` needs a comparative to its left (`rather … than`, `more … than`), often further
// back than the bigram window (`I would much rather have men ask why I have no statue, than why I have one`). A word
// w counts as one when the corpus saw `w than` and follows w with `than` at least `minThanShare` of the time (P(than | w) from
// data/bigrams.txt: `rather`, `more`, `better`, `other`), so no list of comparatives is written down; a real-word
// change of `than` is then refused.
//
// A closed compound written apart. An unknown part hyphen-joined to a part that together make a model word
// (`tragi-comedy`: tragicomedy) is spelt the older way, not mistyped.
import type { Model } from '../model.ts';
import type { SpellContext } from './context.ts';
import { isObservedPair, logPairProbabilityUnlifted } from './context-score.ts';
import { wordSpans } from './tokens.ts';
import { normalise } from './word-shape.ts';

/** True when a sentence of `words` words, `unknown` of them unknown, is unknown-dense (0 minUnknown: never). */
export function isUnknownDense(unknown: number, words: number, minUnknown: number, minShare: number): boolean {
  return minUnknown > 0 && unknown >= minUnknown && unknown > minShare * words;
}

/**
 * The foreign ones among the unknown-dense sentences: `dense` maps a sentence to its unknown words, and `sentenceOf`
 * and `confidenceOf` give, for each unknown word the corrector visited, its sentence and its change's share (undefined:
 * left alone). A sentence is foreign when fewer than half of its unknown words have a change of share ≥ minConfidence.
 */
export function foreignSentences(dense: ReadonlyMap<number, number>, unknownWords: Iterable<{ sentence: number; confidence: number | undefined }>, minConfidence: number): Set<number> {
  const confident = new Map<number, number>();
  for (const { sentence, confidence } of unknownWords) {
    if (dense.has(sentence) && confidence !== undefined && confidence >= minConfidence) confident.set(sentence, (confident.get(sentence) ?? 0) + 1);
  }
  const foreign = new Set<number>();
  for (const [sentence, unknown] of dense) if (2 * (confident.get(sentence) ?? 0) < unknown) foreign.add(sentence);
  return foreign;
}

/** True when some word of `text[from, to)` is followed by `than` at least `minThanShare` of the time in the corpus (0: never). */
export function hasComparativeBefore(text: string, from: number, to: number, context: SpellContext, minThanShare: number): boolean {
  const than = context.idOf.get('than');
  if (minThanShare <= 0 || than === undefined) return false;
  const logShare = Math.log(minThanShare);
  for (const span of wordSpans(text.slice(from, to))) {
    const id = context.idOf.get(normalise(span.text));
    if (id !== undefined && id !== than && isObservedPair(context, id, than) && logPairProbabilityUnlifted(context, id, than) >= logShare) return true;
  }
  return false;
}

/** The letters of the hyphen-joined part after `end` (`comedy` in `tragi-comedy`), lowercase; '' when none. */
function partAfter(text: string, end: number): string {
  let i = end + 1;
  while (i < text.length && /[A-Za-z]/.test(text[i]!)) i++;
  return text.slice(end + 1, i).toLowerCase();
}

/** The letters of the hyphen-joined part before `offset`, lowercase; '' when none. */
function partBefore(text: string, offset: number): string {
  let i = offset - 1;
  while (i > 0 && /[A-Za-z]/.test(text[i - 1]!)) i--;
  return text.slice(i, offset - 1).toLowerCase();
}

/**
 * True when the word at `text[offset, end)`, hyphen-joined to the part after (`joinedAfter`) or before (`joinedBefore`),
 * makes a model word with it: a closed compound written apart (`tragi-comedy`).
 */
export function isOpenedCompound(text: string, offset: number, end: number, joinedAfter: boolean, joinedBefore: boolean, model: Model): boolean {
  const word = text.slice(offset, end).toLowerCase();
  return (joinedAfter && model.counts.has(word + partAfter(text, end))) || (joinedBefore && model.counts.has(partBefore(text, offset) + word));
}

// The end of a run as evidence for a real-word change (spell/realword.ts): `newspapers are read too.`
//
// A word before a comma or a full stop has no word after it, so the confusion-set scorer had only the word
// before (`read to` is likelier than `read too`) and changed `too` to `to`. But the punctuation is itself an
// event: how often a word ends a run of words in big.txt (data/run-ends.txt, segment/ends.ts, the segmenter's
// counts) says `to` ends 1.5% of its runs and `too` 32%, `their` 0.3% and `there` 13%, `of` 2.5% and `off` 26%.
// With the segmenter's estimate (segment/ends.ts endProbability: a Dirichlet prior of weight MU = 2, segment/tuning.ts
// endPrior, towards the corpus rate P_end = runs / words)
//   P(end | w) = (e(w) + MU · P_end) / (n(w) + MU)
// the run's end scores each member s of the set with ln P(end | s), in place of the missing ln P(x | s). Here a run
// ends where the text ends or punctuation follows the word (after any spaces); a digit (`a total off 239`) or a
// hyphen joined to the word (`less-than-carload`) ends big.txt's runs too, but says nothing of a clause's end, so
// there the side stays without evidence, as before.
import { endProbability, type RunEnds } from '../segment/ends.ts';
import { DEFAULT_TUNING } from '../segment/tuning.ts';
import { isAsciiDigit, isAsciiLetter } from '../ascii-letters.ts';

/** ln P(end | w) for each of `words` (a word big.txt saw under twice takes the corpus rate). */
export function runEndLogs(ends: RunEnds, words: Iterable<string>): ReadonlyMap<string, number> {
  const logs = new Map<string, number>();
  for (const word of words) {
    const [e, n] = ends.ends.get(word) ?? [0, 0];
    logs.set(word, Math.log(endProbability(ends, e, n, DEFAULT_TUNING.endPrior)));
  }
  return logs;
}

/** True when the word ending at `end` ends a clause's run: after any whitespace comes the text's end or punctuation (not a digit, nor a hyphen joined to the word). */
export function endsRun(text: string, end: number): boolean {
  if (text[end] === '-') return false;
  let i = end;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i >= text.length || !(isAsciiLetter(text.charCodeAt(i)) || isAsciiDigit(text.charCodeAt(i)));
}

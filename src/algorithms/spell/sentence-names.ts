// Is a Capitalised unknown word a name? Mid-sentence the capital says so, and the corrector (spell/spell.ts)
// judges such a word by the names policy (spell/names.ts): changed only to a word the corpus writes
// capitalised, within one slip, when the context confirms it. At a sentence start the capital says nothing,
// and such a word is taken for a slip of a common word (`Teh` → `The`). Two kinds of evidence refine this:
//   - its best guess is a name (data/proper-names.txt: Hunspell lists it only Capitalised): a name typed
//     for another name (`Shann` → `Shanna`) is a guess, so at a sentence start too it is judged by the
//     names policy;
//   - the word itself is a common census name (data/segment-extra.txt rank ≤ R: `Tolley`, rank 4,979): it is
//     a name, not a slip of another (`Tolley` → `Toller`, which the names policy would allow), and is left
//     alone wherever it stands in a text of several words (a one-word text is a query about it).
//     Misspellings rarely are such names: of the 982 misspellings of the dev and codespell lists, 7 are
//     census names at all (`lones` 26,367 the most common), none within rank 20,000.
import { extraRank } from './lexicon.ts';
import type { SpellContext } from './context.ts';

/** Which evidence is used: guesses that are names, and census names up to rank `censusRank` (0: none). */
export interface SentenceNameOptions {
  readonly sentenceStartNames: boolean;
  readonly censusRank: number;
}

/** True when a Capitalised word at a sentence start whose best guess is `best` is judged as a name: `best` is listed only as a name. */
export function readsAsName(best: string, context: SpellContext, options: SentenceNameOptions): boolean {
  return options.sentenceStartNames && context.properNames?.has(best) === true;
}

/** True when lowercase `typed` is a census name of rank at most `censusRank`: a name, left alone when Capitalised. */
export function isCommonName(typed: string, context: SpellContext, options: SentenceNameOptions): boolean {
  const rank = options.censusRank > 0 ? extraRank(context.extra, typed) : -1;
  return rank > 0 && rank <= options.censusRank;
}

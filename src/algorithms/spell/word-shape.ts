// The shape of one typed word as the corrector reads it: its lowercase form with straight apostrophes (the
// model's spelling), whether the model knows it, its stem without a possessive `'s`, and its case, which a
// correction copies. Pure string functions, shared by the corrector's passes (spell/spell.ts) and the
// neighbour readers (spell/neighbours.ts).
import type { Model } from '../model.ts';
import { isAsciiUpper } from '../ascii-letters.ts';

/** Lowercase with straight apostrophes, as the model lists words. */
export function normalise(word: string): string {
  return word.toLowerCase().replaceAll('’', "'");
}

/** True when the model knows the word in lowercase (typographic apostrophes read as straight ones, the model's only kind). */
export function isKnown(word: string, model: Model): boolean {
  return model.counts.has(normalise(word));
}

/** The word without a possessive `'s`. */
export function stemOf(word: string): string {
  return /['’]s$/.test(word) ? word.slice(0, -2) : word;
}

/** True when the first letter is an ASCII capital. */
export function isCapitalised(word: string): boolean {
  return isAsciiUpper(word.charCodeAt(0));
}

/** `replacement` with the first letter capitalised when `original` starts with a capital. */
export function withCaseOf(original: string, replacement: string): string {
  return isCapitalised(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}


// What the characters of one letter run tell the segmenter before any word is looked up.
//
// Case cues (costed in segment/model.ts): a lowercase letter followed by a capital (`ThisIs`) and two
// capitals followed by a lowercase letter (`NASAlaunched`) mark likely word starts, and a capital followed
// by a lowercase letter may start a name. Apostrophes: one that can start a clitic is left to the search;
// the others are single quotation marks, read in turn as opening and closing.
import { isAsciiLower, isAsciiUpper } from '../ascii-letters.ts';
import { isApostrophe } from './tokens.ts';

export const APOSTROPHE = 39;
const LOWER_N = 110;
export const LOWER_S = 115;
const CLITICS = ['s', 't', 'll', 're', 've', 'd', 'm'];

/** Lowercase ASCII code of a run character, with the typographic apostrophe folded to `'`. */
export function foldedCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isAsciiUpper(code)) return code + 32;
  return isApostrophe(code) ? APOSTROPHE : code;
}

/** Length of the clitic spelled at `from` (after an apostrophe) in codes[0, n) that ends at a word boundary, or 0. */
export function cliticAt(codes: Int32Array, n: number, from: number, stemLast: number): number {
  for (const clitic of CLITICS) {
    const end = from + clitic.length;
    if (end > n) continue;
    let same = true;
    for (let k = 0; k < clitic.length && same; k++) same = codes[from + k] === clitic.charCodeAt(k);
    if (!same || (end < n && codes[end] === APOSTROPHE)) continue;
    if (clitic === 't' && stemLast !== LOWER_N) continue;
    return clitic.length;
  }
  return 0;
}

/** Apostrophe roles: may start a clitic, opens a single quote, closes one (0: plural possessive only). */
export const CLITIC = 1;
export const OPENING = 2;
export const CLOSING = 3;

/**
 * What each apostrophe of a run may be: one that can start a clitic (`'s`, `n't`) is left to the search;
 * the others are single quotation marks, opening and closing in turn (`said'no'to` -> `said 'no' to`),
 * except that one after an `s` while no quote is open is a plural possessive (`boys'game`).
 */
export function rolesOfApostrophes(codes: Int32Array, n: number, roles: Uint8Array): void {
  roles.fill(0, 0, n);
  let open = false;
  for (let k = 1; k < n; k++) {
    if (codes[k] !== APOSTROPHE) continue;
    if (cliticAt(codes, n, k + 1, codes[k - 1]!) > 0) roles[k] = CLITIC;
    else if (open) {
      roles[k] = CLOSING;
      open = false;
    } else if (codes[k - 1] !== LOWER_S) {
      roles[k] = OPENING;
      open = true;
    }
  }
}

/**
 * Fills the prefix counts of the case cues ([k] = cues at positions < k, see segment/model.ts), one past the
 * run's end too (a word's cues are a difference of two counts), and where a capitalized word can start.
 */
export function fillCaseCues(text: string, start: number, n: number, caseStepsBefore: Int32Array, acronymEndsBefore: Int32Array, capitalized: Uint8Array): void {
  caseStepsBefore[0] = 0;
  acronymEndsBefore[0] = 0;
  capitalized.fill(0, 0, n);
  // Each character is read once: the two before it and the one after it are carried along (one read of the text per
  // letter, not four: this runs over every letter the segmenter sees).
  let beforeThat = 0;
  let before = 0;
  let raw = n > 0 ? text.charCodeAt(start) : 0;
  for (let k = 0; k < n; k++) {
    const after = k + 1 < n ? text.charCodeAt(start + k + 1) : 0;
    caseStepsBefore[k + 1] = caseStepsBefore[k]! + (isAsciiUpper(raw) && isAsciiLower(before) ? 1 : 0);
    acronymEndsBefore[k + 1] = acronymEndsBefore[k]! + (isAsciiLower(raw) && isAsciiUpper(before) && isAsciiUpper(beforeThat) ? 1 : 0);
    if (isAsciiUpper(raw) && isAsciiLower(after)) capitalized[k] = 1;
    beforeThat = before;
    before = raw;
    raw = after;
  }
  caseStepsBefore[n + 1] = caseStepsBefore[n]!;
  acronymEndsBefore[n + 1] = acronymEndsBefore[n]!;
}

// Archaic verb endings (`God requireth not`, `whither goest thou?`): the second and third person singular of Early
// Modern English, -est and -eth, on a verb the vocabulary knows.
//
// Quotations, verse and the Bible keep these forms, and the nearest modern word is a cheap edit away (`requireth` →
// required, `goest` → guest), so they score like slips. A word is read as such a form when it is b + `est` or b + `eth`
// for a model word b (`go` + `est`), or, for a b ending in e, b + `st` or b + `th` (`require` + `th`), with b seen at
// least `minBaseCount` times. Misspellings rarely have this shape: of the dev lists' 4,878 (Wikipedia, codespell,
// Norvig's), one (`nineth` = `nine` + `th`) does (bench/RESULTS.md, spellfa6).
import type { Model } from '../model.ts';

/** True when lowercase `typed` is an -est or -eth form of a model word seen at least `minBaseCount` times (0: never). */
export function isArchaicForm(typed: string, model: Model, minBaseCount: number): boolean {
  if (minBaseCount <= 0 || !/(?:est|eth)$/.test(typed)) return false;
  const base = typed.slice(0, -3);
  const withE = typed.slice(0, -2);
  const count = Math.max(base.length >= 2 ? (model.counts.get(base) ?? 0) : 0, withE.endsWith('e') ? (model.counts.get(withE) ?? 0) : 0);
  return count >= minBaseCount;
}

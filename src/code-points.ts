/**
 * Text length as people (and MySQL's VARCHAR(n), and SUBSTR) count it: in Unicode code points, not
 * the UTF-16 units of `string.length`, so "😀" is one character and every limit means the same in
 * the api, the history's filters and the store.
 */

/** Code points in `value`. */
export function countCodePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/**
 * `record[key]` for a key or index the test expects to be there. With noUncheckedIndexedAccess an index
 * may be undefined; a missing one then fails as an assertion that names it, not as a TypeError later.
 */
import assert from 'node:assert/strict';

/** The value under `key` (a list's item at `key`), or a failed assertion "`where` has no `key`". */
export function entry<T>(record: { readonly [key: string]: T } | readonly T[], key: string | number, where = 'the object'): T {
  const value = (record as { readonly [key: string | number]: T | undefined })[key];
  assert.ok(value !== undefined, `${where} has no ${key}`);
  return value;
}

/**
 * How a record reads to people, shared by every page: times, counts, operation and language names.
 *
 * Times are UTC and ISO-like ("2026-11-26 04:27:16 UTC"): unambiguous, sortable, the same for every
 * reader. Numbers use en-US grouping ("25,000"). Language names come from Intl.DisplayNames, so a
 * code the runtime does not know is shown as the code itself rather than hidden.
 */
import type { Operation } from '../db/store.ts';
import { OPERATION_INFO } from './operations.ts';

/** "2026-11-26 04:27:16 UTC". */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "25,000". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 record", "2 records": a count with its noun, singular for exactly one. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** The name people read for an operation ("Spelling", not "spell"). */
export function operationLabel(operation: Operation): string {
  return OPERATION_INFO.find((info) => info.name === operation)?.label ?? operation;
}

let names: Intl.DisplayNames | undefined;

/** "French" for "fr"; the code itself when it is not a language the runtime can name. */
export function languageName(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "French → English" for a translation's detected language. */
export function translationDirection(sourceLanguage: string): string {
  return `${languageName(sourceLanguage)} → English`;
}

/**
 * The `source` field of a translation submit: the language a reader picked when the provider's
 * detection fails or guesses wrong (the form's choices are in records/source-languages.ts). Any
 * ISO 639-1/-2 code with an optional region is accepted from API clients; the provider says
 * whether it knows it.
 */
import { HttpError } from '../http/errors.ts';

/** The `source` field: undefined for "detect it", else a language code, or a 400. */
export function parseSourceLanguage(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(value)) throw new HttpError(400, `The "source" language must be a language code such as "fr" or "pt-BR", or left out to detect it.`);
  return value;
}

/**
 * The source language a reader may pick for a translation, when the provider's detection fails or
 * guesses wrong: a short list of common languages for the form, and the check of a submitted code.
 * Any ISO 639-1/-2 code with an optional region is accepted from API clients; the provider says
 * whether it knows it.
 */
import { HttpError } from '../http/errors.ts';
import { languageName } from '../records/format.ts';

const COMMON = ['ar', 'zh', 'cs', 'da', 'nl', 'fi', 'fr', 'de', 'el', 'he', 'hi', 'hu', 'it', 'ja', 'ko', 'no', 'pl', 'pt', 'ro', 'ru', 'es', 'sv', 'tr', 'uk'];

/** The languages the form offers, by name. */
export function sourceLanguageChoices(): { code: string; name: string }[] {
  return COMMON.map((code) => ({ code, name: languageName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The `source` field: undefined for "detect it", else a language code, or a 400. */
export function parseSourceLanguage(value: string | undefined): string | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(value)) throw new HttpError(400, `The "source" language must be a language code such as "fr" or "pt-BR", or left out to detect it.`);
  return value;
}

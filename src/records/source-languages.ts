/**
 * The source languages a reader may pick for a translation when the provider's detection fails or
 * guesses wrong: a short list of common languages, by name, for the api's form and the record page.
 */
import { languageName } from './format.ts';

const COMMON = ['ar', 'zh', 'cs', 'da', 'nl', 'fi', 'fr', 'de', 'el', 'he', 'hi', 'hu', 'it', 'ja', 'ko', 'no', 'pl', 'pt', 'ro', 'ru', 'es', 'sv', 'tr', 'uk'];

/** The languages the form offers, by name. */
export function sourceLanguageChoices(): { code: string; name: string }[] {
  return COMMON.map((code) => ({ code, name: languageName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

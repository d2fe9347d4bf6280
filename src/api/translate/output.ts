/**
 * A provider's answer, checked like user input before anything is saved or shown.
 *
 * The provider is another party: its translation must be a non-blank string of at most
 * `maxChars` code points, well-formed Unicode, free of control characters (other than tab and
 * line breaks), so that the 201 body and the stored record are the same text; its detected
 * language must be a BCP 47 tag (at most 35 characters, the stored column's width). Anything
 * else is a 502 naming what was wrong: the provider failed, not the client, and nothing is saved.
 */
import { HttpError } from '../../http/errors.ts';
import { characterProblem } from '../../records/validate.ts';
import { countCodePoints } from '../../code-points.ts';
import type { Translation } from './translator.ts';

/** The widest language tag stored (the source_language column). */
const MAX_LANGUAGE_CHARS = 35;

// BCP 47 in its common shape: a 2-8 letter language, then subtags of 1-8 letters or digits.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The translation when it may be saved as it is; otherwise a 502 HttpError naming the problem. */
export function checkedTranslation(translation: Translation, provider: string, maxChars: number): Translation {
  const unusable = (what: string) => new HttpError(502, `${provider} gave an unusable answer: ${what}; nothing was saved.`);
  const { text, sourceLanguage } = translation;
  if (typeof text !== 'string' || text.trim() === '') throw unusable('the translation is empty');
  if (text.length > maxChars && countCodePoints(text) > maxChars) throw unusable(`the translation is longer than ${maxChars} characters`);
  const problem = characterProblem('translation', text);
  if (problem !== null) throw unusable(problem.message.replace(/^The /, 'the ').replace(/\.$/, ''));
  if (sourceLanguage !== null) {
    if (typeof sourceLanguage !== 'string' || sourceLanguage.length > MAX_LANGUAGE_CHARS || !LANGUAGE_TAG.test(sourceLanguage)) {
      throw unusable('the detected language is not a language tag');
    }
  }
  return translation;
}

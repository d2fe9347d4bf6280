/**
 * A submitted text operation, validated: the tag (the original app's `id` field) and the text.
 *
 * The rules are the product's promises about what gets saved: the text is required and not
 * blank; it is bounded (413 names the limit); it is well-formed Unicode without control
 * characters other than tab and line breaks, because a lone surrogate cannot be stored as UTF-8
 * and would come back changed, and a NUL byte is never meant as text. The tag is optional, short
 * and on one line. Surrounding blanks are trimmed from the tag, never from the text.
 */
import { HttpError } from '../http/errors.ts';

export const MAX_TAG_CHARS = 100;

export interface Submission {
  tag: string;
  text: string;
}

// C0 controls except tab, line feed and carriage return; DEL; and the C1 block.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Validate the fields of a form or JSON body into a submission, or throw a 400/413 HttpError. */
export function parseSubmission(fields: Readonly<Record<string, string>>, maxTextChars: number): Submission {
  const text = fields.text ?? '';
  if (text.trim() === '') throw new HttpError(400, 'The text is required: send a non-blank "text" field.');
  if (text.length > maxTextChars && countCodePoints(text) > maxTextChars) {
    throw new HttpError(413, `The text is too long: at most ${maxTextChars} characters are accepted, this one has ${countCodePoints(text)}.`);
  }
  checkCharacters('text', text);
  const tag = (fields.id ?? fields.tag ?? '').trim();
  if (countCodePoints(tag) > MAX_TAG_CHARS) {
    throw new HttpError(400, `The tag ("id") is too long: at most ${MAX_TAG_CHARS} characters are accepted.`);
  }
  if (/[\r\n]/.test(tag)) throw new HttpError(400, 'The tag ("id") must be on one line.');
  checkCharacters('tag ("id")', tag);
  return { tag, text };
}

function checkCharacters(field: string, value: string): void {
  if (!value.isWellFormed()) throw new HttpError(400, `The ${field} is not valid Unicode: it contains an unpaired surrogate.`);
  const control = CONTROL.exec(value);
  if (control !== null) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new HttpError(400, `The ${field} contains the control character U+${code} at position ${control.index}; only tab and line breaks are accepted.`);
  }
}

function countCodePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

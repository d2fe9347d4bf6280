/**
 * What may be saved as a record's text and tag: one rule set for every way in (the api's form and
 * JSON submits, the legacy import, a translation provider's answer).
 *
 * A text is required and not blank, at most `maxChars` code points (a 413 on the api), well-formed
 * Unicode (a lone surrogate cannot be stored as UTF-8 and would come back changed) and free of
 * control characters other than tab and line breaks (a NUL is never meant as text). A tag is
 * optional, at most MAX_TAG_CHARS code points, on one line, and follows the same character rules.
 * Each check answers a problem (status and sentence) or null, so callers choose how to fail.
 */

import { countCodePoints } from '../code-points.ts';

/**
 * The longest tag a record may be given, in code points. The store's column is wider
 * (db/store.ts MAX_TAG_LENGTH, 255: what VARCHAR(255) holds, and what legacy imports made before
 * this rule may contain); this is the product's promise for every new tag.
 */
export const MAX_TAG_CHARS = 100;

/** Why a value cannot be saved: the api's status for it and a sentence for the user. */
export interface Problem {
  status: 400 | 413;
  message: string;
}

// C0 controls except tab, line feed and carriage return; DEL; and the C1 block.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The problem with a required text, or null when it may be saved. */
export function textProblem(text: string, maxChars: number, field = 'text'): Problem | null {
  if (text.trim() === '') return { status: 400, message: `The ${field} is required: send a non-blank "${field}" field.` };
  if (text.length > maxChars && countCodePoints(text) > maxChars) {
    return { status: 413, message: `The ${field} is too long: at most ${maxChars} characters are accepted, this one has ${countCodePoints(text)}.` };
  }
  return characterProblem(field, text);
}

/** The problem with a tag (already trimmed), or null when it may be saved. */
export function tagProblem(tag: string): Problem | null {
  if (countCodePoints(tag) > MAX_TAG_CHARS) return { status: 400, message: `The tag ("id") is too long: at most ${MAX_TAG_CHARS} characters are accepted.` };
  if (/[\r\n]/.test(tag)) return { status: 400, message: 'The tag ("id") must be on one line.' };
  return characterProblem('tag ("id")', tag);
}

/** The problem with characters that cannot be stored and shown back unchanged, or null. */
export function characterProblem(field: string, value: string): Problem | null {
  if (!value.isWellFormed()) return { status: 400, message: `The ${field} is not valid Unicode: it contains an unpaired surrogate.` };
  const control = CONTROL.exec(value);
  if (control === null) return null;
  const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return { status: 400, message: `The ${field} contains the control character U+${code} at position ${control.index}; only tab and line breaks are accepted.` };
}

/** The problem with a record's tag and texts arriving other than through the api (the legacy import), as a sentence, or null. */
export function recordProblem(record: { tag: string; original: string; processed: string }, maxChars: number): string | null {
  const problem = tagProblem(record.tag) ?? textProblem(record.original, maxChars, 'original text') ?? characterProblem('processed text', record.processed);
  return problem === null ? null : problem.message;
}

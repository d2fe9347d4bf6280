/**
 * A submitted text operation, validated: the tag (the original app's `id` field) and the text.
 *
 * The rules are the product's promises about what gets saved (records/validate.ts, shared with
 * the legacy import): the text is required, bounded (413 names the limit), well-formed and free
 * of control characters; the tag is optional, short and on one line. Surrounding blanks are
 * trimmed from the tag, never from the text. Both must arrive as strings: the body readers refuse
 * a number, boolean, object or array in these fields (a 400), so `1e999` is never saved as "null".
 */
import { HttpError } from '../http/errors.ts';
import { tagProblem, textProblem, type Problem } from '../records/validate.ts';

/** The fields a submit reads; the body readers require them to be strings. */
export const SUBMISSION_FIELDS: readonly string[] = ['text', 'id', 'tag', 'source'];

export interface Submission {
  tag: string;
  text: string;
}

/** Validate the fields of a form or JSON body into a submission, or throw a 400/413 HttpError. */
export function parseSubmission(fields: Readonly<Record<string, string>>, maxTextChars: number): Submission {
  const text = fields.text ?? '';
  fail(textProblem(text, maxTextChars));
  const tag = (fields.id ?? fields.tag ?? '').trim();
  fail(tagProblem(tag));
  return { tag, text };
}

function fail(problem: Problem | null): void {
  if (problem !== null) throw new HttpError(problem.status, problem.message);
}

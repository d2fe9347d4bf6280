/**
 * The `splitWebNames` field of a space-restoration submit: whether the name parts of domains,
 * @handles and #hashtags are split into words (`#throwbackthursday` -> `#throwback thursday`).
 * Off unless asked, since a name's shape is usually what its writer meant. A JSON client sends a
 * boolean (the body reader turns it into `true`/`false`), a form sends its checkbox's `true`;
 * `1`/`0`, `on`/`off` and an empty value are read too, anything else is a 400.
 */
import { HttpError } from '../http/errors.ts';
import type { EngineRunOptions } from '../engines/run.ts';

const YES = new Set(['true', '1', 'on']);
const NO = new Set(['false', '0', 'off', '']);

/** The engine options a space submit asks for, or a 400 naming the field. */
export function parseSpaceOptions(fields: Readonly<Record<string, string>>): EngineRunOptions {
  const value = fields.splitWebNames;
  if (value === undefined || NO.has(value)) return { splitWebNames: false };
  if (YES.has(value)) return { splitWebNames: true };
  throw new HttpError(400, 'The "splitWebNames" field must be true or false.');
}

/**
 * Reading the original app's rows. Its `preprocess.id` was `<tag>-<time.asctime()>`, for example
 * `note7-Thu Nov 26 04:27:16 2026`; asctime pads a one-digit day with a space (`Nov  6`). The tag
 * may itself hold '-', so the time is matched from the end and the tag is everything before the
 * last '-' that precedes it. asctime carries no zone: it is read as UTC (the original ran in a
 * container whose clock was UTC), and its weekday must agree with the date, or the row is refused.
 *
 * `job` named the operation; spellings seen in the wild are folded to the three operations.
 */
import type { Operation } from './store.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The day may be padded ("Nov  6"), unpadded ("Nov 6") or two digits ("Nov 26").
const ASCTIME_AT_END = /-(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})\s*$/;

export type LegacyIdResult = { ok: true; tag: string; createdAt: Date } | { ok: false; reason: string };

/** Split a legacy id into its tag and its UTC creation time, or say why it cannot be. */
export function parseLegacyId(id: string): LegacyIdResult {
  const match = ASCTIME_AT_END.exec(id);
  if (match === null) return { ok: false, reason: 'id does not end in "-<asctime>", e.g. "-Thu Nov 26 04:27:16 2026"' };
  // Seven groups, none optional: a match holds all of them, so the defaults never apply.
  const [, weekday = '', month = '', day = '', hour = '', minute = '', second = '', year = ''] = match;
  const monthIndex = MONTHS.indexOf(month);
  const ms = Date.UTC(Number(year), monthIndex, Number(day), Number(hour), Number(minute), Number(second));
  const date = new Date(ms);
  const exact =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === monthIndex &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hour) &&
    date.getUTCMinutes() === Number(minute) &&
    date.getUTCSeconds() === Number(second);
  if (!exact) return { ok: false, reason: `no such time: ${match[0].slice(1).trim()}` };
  if (WEEKDAYS[date.getUTCDay()] !== weekday) {
    return { ok: false, reason: `weekday ${weekday} does not match ${year}-${month}-${day} (a ${WEEKDAYS[date.getUTCDay()]})` };
  }
  return { ok: true, tag: id.slice(0, match.index), createdAt: date };
}

/** Names the original app (and its forks) used for each operation, lower-cased, separators removed. */
const JOB_NAMES: Record<string, Operation> = {
  spell: 'spell',
  spelling: 'spell',
  spellcheck: 'spell',
  spellchecking: 'spell',
  spellcorrect: 'spell',
  spellcorrection: 'spell',
  spellingcorrection: 'spell',
  correct: 'spell',
  correction: 'spell',
  space: 'space',
  spaces: 'space',
  spacing: 'space',
  addspace: 'space',
  addspaces: 'space',
  restorespaces: 'space',
  spacerestoration: 'space',
  segment: 'space',
  segmentation: 'space',
  wordsegmentation: 'space',
  translate: 'translate',
  translation: 'translate',
  translatetoenglish: 'translate',
};

/** The operation a legacy `job` value names, or null when it names none of them. */
export function legacyOperation(job: string): Operation | null {
  const key = job.toLowerCase().replace(/[\s_\-.]/g, '');
  return Object.hasOwn(JOB_NAMES, key) ? JOB_NAMES[key]! : null;
}

/**
 * Content negotiation: should this request get JSON or HTML?
 *
 * The rule, in order:
 * 1. A request whose body is JSON (Content-Type application/json or any `+json` type) gets JSON;
 *    a form body (urlencoded or multipart) gets HTML, whatever Accept says, because a browser sent it.
 * 2. Otherwise Accept decides: JSON only when it ranks a JSON type strictly above text/html by
 *    q-value, each type taking the q of its most specific matching range (`application/json` over
 *    `application/*` over `*` `/` `*`).
 * 3. On the machine paths (`/records.json`, `/api` and everything under `/api/`), JSON whatever
 *    Accept says: a script reading the feed or the API must get a problem+json error it can parse,
 *    even with a browser-like Accept. Only a form body (a person's browser posting an api form)
 *    still gets its HTML page, by rule 1.
 * 4. Otherwise no Accept, or a tie (curl's `*` `/` `*`), gets HTML: a person at a terminal reads
 *    either, and scripts that want JSON say so with Accept or a JSON body.
 */
import type { IncomingMessage } from 'node:http';

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** True when the response to `req` (for `pathname`, when known) should be JSON rather than HTML. */
export function wantsJson(req: Pick<IncomingMessage, 'headers'>, pathname?: string): boolean {
  const contentType = mediaType(req.headers['content-type']);
  if (contentType !== '') {
    if (isJsonType(contentType)) return true;
    if (contentType === 'application/x-www-form-urlencoded' || contentType === 'multipart/form-data') return false;
  }
  if (pathname !== undefined && isMachinePath(pathname)) return true;
  const accept = req.headers.accept;
  if (accept === undefined || accept.trim() === '') return false;
  const ranges = parseAccept(accept);
  const json = Math.max(qualityFor(ranges, 'application', 'json'), qualityFor(ranges, 'application', 'problem+json'));
  return json > qualityFor(ranges, 'text', 'html');
}

/** The paths whose every answer, errors included, is JSON: the records feed and the API. */
function isMachinePath(pathname: string): boolean {
  return pathname === '/records.json' || pathname === '/api' || pathname.startsWith('/api/');
}

/** The lower-cased `type/subtype` of a Content-Type header, without parameters; '' when absent. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase(); // split always yields a first part
}

/** True for application/json and structured-syntax `+json` types. */
export function isJsonType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** Parses an Accept header into media ranges with their q-values (malformed parts are skipped). */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';'); // split always yields a first part
    const [type, subtype] = range.trim().toLowerCase().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const [name = '', value] = param.split('=').map((s) => s.trim()); // split always yields a first part
      if (name.toLowerCase() === 'q') {
        const parsed = Number(value);
        q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
      }
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** The q-value the most specific matching range gives `type/subtype`; 0 when none matches. */
export function qualityFor(ranges: readonly MediaRange[], type: string, subtype: string): number {
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity > best || (specificity === best && specificity >= 0 && range.q > q)) {
      best = specificity;
      q = range.q;
    }
  }
  return best < 0 ? 0 : q;
}

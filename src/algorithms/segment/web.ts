// The web's tokens and code identifiers, found before any space is restored, so that they keep their shape.
//
// A web token (a URL, a bare domain, an e-mail address, an @handle, a #hashtag) or an identifier
// (camelCase, snake_case) is a span the segmenter leaves as it is: no space goes inside it, one goes
// before it when a word or a closing mark touches it, and one after it when a word or a number follows
// (`visit www.example.comtoday` -> `visit www.example.com today`). Where a span starts is read from its
// shape: a URL from its scheme (`http://`, `https://`, `ftp://`) or `www.`, an @handle or a #hashtag
// from its sign; a domain or an e-mail address has no such mark, so it starts where the text around it
// has whitespace or punctuation (`goto expertsexchange.com` keeps `expertsexchange.com`; run together
// as `gotoexpertsexchange.com`, the whole letter run is taken for the name). A host ends at its
// top-level domain: letters run on after a generic one (`.comtoday`) are words again, not a longer label.
// Identifiers are whole whitespace-delimited tokens, so run-together prose, whose first letter is a
// capital or follows punctuation, is never taken for one.
// The name parts (the letters of a domain's labels, a handle, a hashtag) are split into words only when
// the caller asks (`splitWebNames`): `#throwbackthursday` -> `#throwback thursday`.

import { isAsciiDigit, isAsciiLetter, isAsciiLower } from '../ascii-letters.ts';
/** A span [start, end) of the text kept as written; `names` says its letter runs may be split when asked. */
export interface WebSpan {
  readonly start: number;
  readonly end: number;
  readonly names: boolean;
}

/** Top-level domains after which letters may run on into the next word (`example.comtoday`). */
const GENERIC_TLDS = ['com', 'org', 'net', 'edu', 'gov'];
/** Other top-level domains read only when nothing but a path, punctuation or the end follows them. */
const OTHER_TLDS = new Set(['io', 'ai', 'app', 'dev', 'info', 'biz', 'co', 'uk', 'us', 'ca', 'au', 'de', 'fr', 'nl', 'eu', 'ly', 'tv', 'me', 'jp', 'in', 'ch', 'se', 'es', 'it', 'ru', 'cn', 'br', 'mil', 'int', 'gl', 'be', 'to', 'gg', 'xyz']);

/** Second-level labels under a country code (`co.uk`, `com.au`). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

const URL_START = /(?:https?|ftp):\/\/|www\./gi;
/** A host name: labels of at most 63 characters, at most 10 of them (so that reading one is bounded work). */
const HOST = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,9}/i;
/** Characters that end a URL when they close it (`(see https://x.org/a).`). */
const TRAILING = /[.,;:!?)\]}'"\u201d\u2019]+$/;

/** The end of the top-level domain of the host that starts at `at`, or -1 when it has none. */
function hostEnd(text: string, at: number): number {
  // split gives at least one label; `rest` are the labels after the first dot.
  const [first = '', ...rest] = (HOST.exec(text.slice(at))?.[0] ?? '').split('.');
  let end = at + first.length;
  let previous = first;
  for (const [r, label] of rest.entries()) {
    // A name label has a lowercase letter or a digit: `U.S.` is an abbreviation, not a host.
    if (!/[a-z0-9]/.test(previous)) return -1;
    const next = rest[r + 1];
    const last = next === undefined;
    if (GENERIC_TLDS.includes(label) && (next === undefined || !/^[a-z]/.test(next))) return end + 1 + label.length;
    if (last) {
      const generic = GENERIC_TLDS.find((tld) => label.startsWith(tld) && /^[a-z]{2,}$/.test(label.slice(tld.length)));
      if (generic) return end + 1 + generic.length;
      // Under a second-level label (`co.uk`, `com.au`) the country code may run on into words too.
      const country = r >= 1 && SECOND_LEVEL.has(previous) && /^[a-z]{4,}$/.test(label) ? label.slice(0, 2) : '';
      if (OTHER_TLDS.has(country)) return end + 1 + 2;
      const after = text[end + 1 + label.length];
      if (OTHER_TLDS.has(label) && (after === undefined || !/[A-Za-z0-9@_]/.test(after))) return end + 1 + label.length;
    }
    end += 1 + label.length;
    previous = label;
  }
  return -1;
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

function isAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}

/** Where the name that ends at `at` starts: back over letters, digits and `-` (and `.`, `_`, `%`, `+` in an e-mail's local part). */
function chunkStart(text: string, at: number, localPart: boolean): number {
  let start = at;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    if (isAlphanumeric(code) || code === 45 || (localPart && (code === 46 || code === 95 || code === 37 || code === 43))) continue;
    break;
  }
  return start;
}

/** The end of a path, query or fragment after a host (a `/`, `?` or `#` and what follows up to whitespace, a comma or a bracket it did not open), less closing marks. */
function pathEnd(text: string, at: number): number {
  if (!/[/?#:]/.test(text[at] ?? '')) return at;
  let end = at;
  let open = 0;
  for (; end < text.length && !/[\s,;"<>]/.test(text.charAt(end)); end++) {
    // A closing bracket the path did not open closes the text around the URL (`(see https://x.org/a)`).
    if (text[end] === '(') open++;
    else if (text[end] === ')' && open-- === 0) break;
  }
  const trailing = TRAILING.exec(text.slice(at, end))?.[0].length ?? 0;
  return end - trailing;
}

/** URLs: from the scheme or `www.` to the end of the host (and path). */
function urls(text: string, spans: WebSpan[]): void {
  if (!text.includes('://') && !/www\./i.test(text)) return;
  let covered = 0;
  for (const match of text.matchAll(URL_START)) {
    const start = match.index;
    if (start < covered || (start > 0 && /[/.:]/.test(text.charAt(start - 1)))) continue;
    const hostStart = /^www\./i.test(match[0]) ? start : start + match[0].length;
    const host = hostEnd(text, hostStart);
    const end = host > 0 ? pathEnd(text, host) : pathEnd(text, hostStart + (HOST.exec(text.slice(hostStart))?.[0].length ?? 0));
    if (end > start + match[0].length) spans.push({ start, end, names: true });
    covered = end;
  }
}

/** E-mail addresses, then @handles: an `@` with a name before it and a host after it is an address. */
function mailsAndHandles(text: string, spans: WebSpan[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const host = hostEnd(text, at + 1);
    if (isNameChar(text[at - 1]) && host > 0) {
      spans.push({ start: chunkStart(text, at, true), end: host, names: true });
      continue;
    }
    let end = at + 1;
    while (isNameChar(text[end])) end++;
    if (end > at + 1 && !isNameChar(text[at - 1])) spans.push({ start: at, end, names: true });
    else if (end > at + 1 && /[a-z]/i.test(text.charAt(at - 1)) && /[A-Za-z_]/.test(text.charAt(at + 1))) spans.push({ start: at, end, names: true });
  }
}

/** #hashtags: a `#` and the letters, digits and underscores after it (a number sign before digits alone too). */
function hashtags(text: string, spans: WebSpan[]): void {
  if (!text.includes('#')) return;
  for (const match of text.matchAll(/#[A-Za-z0-9_]+/g)) spans.push({ start: match.index, end: match.index + match[0].length, names: true });
}

/** Bare domains (`expertsexchange.com`, `bbc.co.uk/news`): found from their dots, each chunk read once. */
function domains(text: string, spans: WebSpan[]): void {
  const taken = [...spans].sort((a, b) => a.start - b.start);
  let t = 0;
  let covered = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(dot + 1, covered))) {
    // A dot inside a URL, an address or an identifier already found belongs to it.
    // A top-level domain is lowercase: a stop before a capital, a space or the end is a sentence's.
    const after = text.charCodeAt(dot + 1);
    if (!isAsciiLower(after)) continue;
    while (t < taken.length && taken[t]!.end <= dot) t++;
    if (t < taken.length && taken[t]!.start <= dot) continue;
    const start = chunkStart(text, dot, false);
    if (start === dot || start < covered || (start > 0 && /[A-Za-z0-9.@/_]/.test(text.charAt(start - 1)))) continue;
    covered = start + (HOST.exec(text.slice(start))?.[0].length ?? 0);
    const host = hostEnd(text, start);
    if (host < 0) continue;
    const end = pathEnd(text, host);
    spans.push({ start, end, names: true });
    covered = Math.max(covered, end);
  }
}

/** The longest part (between humps, dots and underscores) an identifier is taken to have. */
const MAX_IDENTIFIER_PART = 12;

/**
 * Heads of a camel-cased token that mark words written together (`theUnitedStates`, `ofSulphurSprings`): articles,
 * possessives, prepositions and conjunctions, which prose puts before a name and naming styles rarely put first.
 */
const PROSE_HEADS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'his', 'her', 'their', 'its', 'our', 'your', 'of', 'for', 'from', 'since', 'in', 'into', 'within', 'with', 'at', 'by', 'on', 'to', 'as', 'either', 'neither', 'than']);

/** Signs that a text holds code: an empty call, a member call, braces or an assignment (prose has brackets after words too). */
const CODE_SIGNS = /\w\(\)|[a-z]\.[a-z]\w*\(|[{}]|\w\s?=\s?\w/;

/**
 * camelCase and snake_case identifiers: whole whitespace-delimited tokens (less brackets, quotes and closing
 * marks). A snake_case token always is one. A camel-cased token is one when it has a one-letter head other than
 * the article `a` (`iPhone`, `eBay`), a member or a call (`document.getElementById()`), two humps or more after a head that is no article,
 * preposition or conjunction (`getElementById`, `myVariableName`), or a text with code in it around it
 * (`x = getName();`). Otherwise it is taken for words written together (`saidFriday`, `theUnitedStates`,
 * `ofSulphurSprings`), as mixed input with dropped spaces has them.
 */
function identifiers(text: string, spans: WebSpan[]): void {
  let codeLike: boolean | undefined;
  for (const match of text.matchAll(/[^\s]+/g)) {
    // Cheap tests first: most tokens (and all run-together prose, which starts with a capital) fail them.
    const token = match[0];
    const first = /[a-z]/.exec(token);
    if (!token.includes('_') && (!first || first.index > 1 || !/[A-Z]/.test(token))) continue;
    const core = /^[("'[\u201c]*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\))?)[)\]"'\u201d.,;:!?]*$/.exec(token);
    const name = core?.[1];
    if (name === undefined) continue;
    const humps = name.match(/[a-z0-9][A-Z]+[a-z0-9]/g)?.length ?? 0;
    const snake = /[A-Za-z0-9]_[A-Za-z0-9]/.test(name);
    // Run-together prose can look camel-cased (`theReesundoubtedlywould`); an identifier's parts are short.
    const parts = name.split(/[._$()]|(?=[A-Z])/);
    if ((humps === 0 && !snake) || parts.some((part) => part.length > MAX_IDENTIFIER_PART) || !/^[a-z_$]/.test(name)) continue;
    if (!snake && !/^[b-z][A-Z]/.test(name) && !/\.[a-z]|\(/.test(name) && (humps < 2 || PROSE_HEADS.has(parts[0] ?? ''))) {
      codeLike ??= CODE_SIGNS.test(text) || /[A-Za-z0-9]_[A-Za-z0-9]/.test(text);
      if (!codeLike) continue;
    }
    const start = match.index + token.indexOf(name);
    spans.push({ start, end: start + name.length, names: false });
  }
}

/** A token that starts lowercase and has a capital in it, as a camel-cased identifier does. */
const CAMEL_TOKEN = /(?:^|\s)[("'[\u201c]?[a-z][\w$.]*[A-Z]/;

/** What any span needs somewhere, found by native scans that rule out most prose: a sign, a stop before a lowercase letter, a camel-cased token. */
function mayHoldSpans(text: string): boolean {
  if (text.includes('@') || text.includes('#') || text.includes('_') || text.includes('://')) return true;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const after = text.charCodeAt(dot + 1);
    if (isAsciiLower(after)) return true;
  }
  return CAMEL_TOKEN.test(text);
}

/** The web tokens and identifiers of `text`, sorted and without overlaps (the first found wins). */
export function webSpansOf(text: string): WebSpan[] {
  if (!mayHoldSpans(text)) return [];
  const found: WebSpan[] = [];
  urls(text, found);
  mailsAndHandles(text, found);
  identifiers(text, found);
  hashtags(text, found);
  domains(text, found);
  // The first found wins an overlap: sorted by start (then by the order found), a span is kept when it starts after the last kept one ends.
  const order = found.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  const kept: WebSpan[] = [];
  for (const { span } of order) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

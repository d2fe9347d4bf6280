/**
 * Reading a request body into a flat record of string fields, with limits, failing only with HttpError.
 *
 * Accepted: application/x-www-form-urlencoded (what HTML forms send) and application/json (a
 * JSON object), in UTF-8. The byte limit applies twice: a Content-Length above it is refused
 * before reading (413), and a body that grows past it while streaming is refused the moment it
 * does; both answers carry `Connection: close` so the unread rest is never parsed.
 *
 * Field rules, the same for both types: the first occurrence of a repeated form field wins;
 * JSON strings are kept, numbers and booleans become their JSON text, null counts as absent, and
 * a nested object or array is skipped; but a field named in `options.fields` must be a string (or
 * null): a number, boolean, object or array there is a 400, so `{"text":1e999}` is not saved as
 * "null", nor `{"id":-0}` as "0", nor `{"id":{"a":1}}` as no tag. The whole JSON document may nest at most `maxDepth` levels.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.ts';
import { isJsonType, mediaType } from './negotiate.ts';
import { readBodyBytes } from './body-bytes.ts';

export interface ReadFieldsOptions {
  /** Largest body accepted, in bytes. */
  limitBytes: number;
  /** Most fields accepted (form pairs or top-level JSON keys); 1,000 by default. */
  maxFields?: number;
  /** Deepest JSON nesting accepted; 32 by default. */
  maxDepth?: number;
  /** Fields the caller will read: in JSON they must be strings (or null, meaning absent). */
  fields?: readonly string[];
}

const ACCEPTED = 'application/x-www-form-urlencoded or application/json';

/** Reads and parses the body of `req` into fields; throws HttpError 400, 413 or 415 on bad input. */
export async function readFields(req: IncomingMessage, options: ReadFieldsOptions): Promise<Record<string, string>> {
  const type = mediaType(req.headers['content-type']);
  const form = type === 'application/x-www-form-urlencoded';
  if (!form && !isJsonType(type)) {
    const sent = type === '' ? 'no Content-Type' : `Content-Type ${type}`;
    throw new HttpError(415, `The request body must be ${ACCEPTED}; it was sent with ${sent}.`, { headers: { 'Accept-Post': 'application/x-www-form-urlencoded, application/json' } });
  }
  const charset = charsetOf(req.headers['content-type'] ?? '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, `The request body must be UTF-8; it was declared as charset ${charset}.`);
  }
  const text = decodeUtf8(await readBodyBytes(req, options.limitBytes));
  const maxFields = options.maxFields ?? 1000;
  return form ? parseForm(text, maxFields) : parseJsonFields(text, { maxFields, maxDepth: options.maxDepth ?? 32, fields: options.fields ?? [] });
}

function charsetOf(contentType: string): string | undefined {
  for (const param of contentType.split(';').slice(1)) {
    const [name = '', value] = param.split('=').map((s) => s.trim()); // split always yields a first part
    if (name.toLowerCase() === 'charset' && value !== undefined) return value.replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return undefined;
}

/** Decodes UTF-8 strictly: a malformed byte sequence is a 400, not a silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HttpError(400, 'The request body is not valid UTF-8.');
  }
}

/** Parses an urlencoded form; percent-escapes must decode to valid UTF-8 (400 otherwise). */
export function parseForm(text: string, maxFields: number): Record<string, string> {
  const fields = new Map<string, string>();
  let count = 0;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    if (++count > maxFields) throw new HttpError(413, `The form has more than ${maxFields} fields.`, { headers: { Connection: 'close' } });
    const eq = pair.indexOf('=');
    const name = decodeFormComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeFormComponent(pair.slice(eq + 1));
    if (!fields.has(name)) fields.set(name, value);
  }
  return Object.fromEntries(fields);
}

function decodeFormComponent(component: string): string {
  try {
    return decodeURIComponent(component.replaceAll('+', ' '));
  } catch {
    throw new HttpError(400, 'The form body has a malformed percent-escape (it must encode UTF-8).');
  }
}

/** Parses a JSON object body into scalar fields. */
export function parseJsonFields(text: string, limits: { maxFields: number; maxDepth: number; fields: readonly string[] }): Record<string, string> {
  if (text.trim() === '') throw new HttpError(400, 'The request body is empty; send a JSON object such as {"text": "..."}.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `The request body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, `The request body must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`);
  }
  if (depthExceeds(value, limits.maxDepth)) throw new HttpError(400, `The JSON body nests deeper than ${limits.maxDepth} levels.`);
  const entries = Object.entries(value);
  if (entries.length > limits.maxFields) throw new HttpError(413, `The JSON object has more than ${limits.maxFields} fields.`);
  const fields = new Map<string, string>();
  for (const [name, field] of entries) {
    if (typeof field === 'string') fields.set(name, field);
    else if (field !== null && limits.fields.includes(name)) throw new HttpError(400, `The field "${name}" must be a string, not ${jsonKind(field)}.`);
    else if (typeof field === 'number' || typeof field === 'boolean') fields.set(name, JSON.stringify(field));
  }
  return Object.fromEntries(fields);
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** True when `value` nests more than `maxDepth` levels of objects and arrays (checked without recursion). */
export function depthExceeds(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

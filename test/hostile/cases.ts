/**
 * The shape of one hostile request and the helpers the case tables build them with.
 *
 * A case is data: what to send (a request the raw client serialises, or raw bytes), the status
 * it must get, and what the message must say, so the runner can check each with one loop and
 * the tables read like a specification.
 */
import type { RawRequest } from './raw-http.ts';

export interface HostileCase {
  name: string;
  /** A request to serialise, or exact bytes to put on the wire. */
  send: RawRequest | Buffer | string;
  /** The status it must get. */
  status: number;
  /** What the explanation must say (a clear message, not a stack). */
  message?: RegExp;
  /** Close our sending side after writing (a client that gives up mid-request). */
  halfClose?: boolean;
}

export const SUBMIT_PATHS = ['/api/spell', '/api/space', '/api/translate'] as const;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' };

/** A JSON POST whose body is given verbatim (a string or bytes). */
export function jsonPost(path: string, body: string | Buffer, headers: Record<string, string | null> = {}): RawRequest {
  return { method: 'POST', path, headers: { ...JSON_HEADERS, ...headers }, body };
}

/** A form POST whose body is given verbatim. */
export function formPost(path: string, body: string | Buffer, headers: Record<string, string | null> = {}): RawRequest {
  return { method: 'POST', path, headers: { ...FORM_HEADERS, ...headers }, body };
}

/** A GET with an Accept header (JSON by default so errors come back as problem+json). */
export function get(path: string, accept = 'application/json'): RawRequest {
  return { method: 'GET', path, headers: { Accept: accept } };
}

/** A JSON body whose `text` value is spliced in raw (already JSON-escaped or deliberately broken). */
export function jsonWithRawText(rawText: string, tag = 'hostile'): string {
  return `{"id": ${JSON.stringify(tag)}, "text": "${rawText}"}`;
}

/** Bytes: a JSON body with arbitrary bytes inside the text string. */
export function jsonWithTextBytes(bytes: number[]): Buffer {
  return Buffer.concat([Buffer.from('{"text": "abc'), Buffer.from(bytes), Buffer.from('def"}')]);
}

/** A cursor as the server encodes it (base64url of its plain form), for forging. */
export function cursor(plain: string): string {
  return Buffer.from(plain, 'utf8').toString('base64url');
}

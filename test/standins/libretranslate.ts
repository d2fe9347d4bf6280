/**
 * A local stand-in for LibreTranslate's REST API (the self-hosted alternative to Google):
 *
 *   POST /translate   JSON or form: { q, source, target, format?, api_key? }
 *     -> 200 { translatedText, detectedLanguage: { confidence, language } }   (detectedLanguage only
 *        when source is "auto"; confidence is a percentage, 0..100, as LibreTranslate reports it)
 *     -> 4xx/5xx { error: "message" }   (LibreTranslate's error shape)
 *   GET /languages    -> [{ code, name, targets }]
 *
 * When started with `apiKey`, a request without it or with another is a 403 "Invalid API key", as
 * a LibreTranslate run with --api-keys answers. Only English is a target (the phrase table goes one
 * way); another target is a 400. Translation itself is phrasebook.ts; `format: 'html'` escapes `&`
 * and quotes in the result like an HTML serializer would, so a client that sends html is visible.
 */
import { LANGUAGES, LANGUAGE_NAMES, translateToEnglish } from './phrasebook.ts';
import type { Language } from './phrasebook.ts';
import { startStandIn } from './standin-server.ts';
import type { RecordedRequest, StandIn, StandInReply } from './standin-server.ts';

export interface LibreTranslateStandInOptions {
  /** When set, requests must carry `api_key` equal to it (else 403). */
  apiKey?: string;
}

/** Starts the LibreTranslate stand-in on a free loopback port. */
export async function startLibreTranslateStandIn(options: LibreTranslateStandInOptions = {}): Promise<StandIn> {
  return startStandIn({
    answer: (request) => answer(request, options),
    failure: libreError,
  });
}

function answer(request: RecordedRequest, options: LibreTranslateStandInOptions): StandInReply {
  if (request.path === '/languages' && request.method === 'GET') {
    return { status: 200, body: LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code], targets: ['en'] })) };
  }
  if (request.path !== '/translate') return libreError(404, 'Not Found');
  if (request.method !== 'POST') return libreError(405, 'Method Not Allowed');
  const params = isObject(request.body) ? request.body : {};
  if (options.apiKey !== undefined && params.api_key !== options.apiKey) {
    return libreError(403, 'Invalid API key');
  }
  if (typeof params.q !== 'string' || params.q === '') return libreError(400, 'Invalid request: missing q parameter');
  if (typeof params.source !== 'string') return libreError(400, 'Invalid request: missing source parameter');
  if (typeof params.target !== 'string') return libreError(400, 'Invalid request: missing target parameter');
  if (params.source !== 'auto' && !LANGUAGES.includes(params.source as Language)) {
    return libreError(400, `${params.source} is not supported`);
  }
  if (params.target !== 'en') return libreError(400, `${params.target} is not supported`);

  const auto = params.source === 'auto';
  const result = translateToEnglish(params.q, auto ? undefined : (params.source as Language));
  const translatedText = params.format === 'html' ? escapeHtmlText(result.text) : result.text;
  if (!auto) return { status: 200, body: { translatedText } };
  const confidence = Math.round(result.confidence * 1000) / 10;
  return { status: 200, body: { translatedText, detectedLanguage: { confidence, language: result.language } } };
}

/** LibreTranslate's JSON error body for this status and message. */
export function libreError(status: number, message: string): StandInReply {
  return { status, body: { error: message } };
}

function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A local stand-in for the Google Cloud Translation v2 REST API, as `@google-cloud/translate`'s v2
 * client uses it (read from node_modules/@google-cloud/translate/build/src/v2/index.js):
 *
 *   POST {base}/language/translate/v2?key=API_KEY        (API key: key in the query string)
 *   POST {base}/language/translate/v2/  Authorization: Bearer …   (credentials: no key, a token)
 *   Content-Type: application/json
 *   {"q": ["text"], "format": "text", "target": "en"}    (+ "source", "model" when given)
 *
 * It answers `{ data: { translations: [{ translatedText, detectedSourceLanguage }] } }`, with
 * `detectedSourceLanguage` only when no `source` was sent, as Google does. Errors come in Google's
 * shape, `{ error: { code, message, errors: [{ message, domain, reason }], status } }`.
 *
 * For the credentials path (GOOGLE_APPLICATION_CREDENTIALS) it also plays Google's token service:
 * `POST /token` grants `accessToken` to any RFC 8693 token exchange, and `credentialsFile()` writes
 * an `external_account` credentials file whose `token_url` points here, so google-auth-library gets
 * its token from loopback (a service-account file would go to oauth2.googleapis.com, a fixed URL).
 *
 * Faithful details that tests rely on: the REST API's default `format` is `html`, and in html mode
 * Google escapes `&`, `'` and `"` in what it returns (`&#39;` for an apostrophe); the stand-in does
 * the same, so a client that forgets `format: 'text'` gets mangled text here as it would there. Only
 * English is a supported target (the phrase table goes one way); another target is a 400 "Bad
 * language pair", Google's answer to a pair it cannot do. Translation itself is phrasebook.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGES, translateToEnglish } from './phrasebook.ts';
import type { Language } from './phrasebook.ts';
import { startStandIn } from './standin-server.ts';
import type { RecordedRequest, StandIn, StandInReply } from './standin-server.ts';

export const GOOGLE_V2_PATH = '/language/translate/v2';

export const GOOGLE_TOKEN_PATH = '/token';
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const INVALID_CREDENTIALS =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.';

export interface GoogleStandInOptions {
  /** When set, `?key=` must equal it (else 400 "API key not valid"). */
  apiKey?: string;
  /** The token `POST /token` grants and `Authorization: Bearer` must carry (else 401). */
  accessToken?: string;
}

export interface GoogleStandIn extends StandIn {
  /** The base URL the v2 client should use: `${url}/language/translate/v2`. */
  endpoint: string;
  /** The token the stand-in grants and accepts. */
  accessToken: string;
  /** Writes an external_account credentials file (and its subject token) into `dir`; returns its path. */
  credentialsFile(dir: string): Promise<string>;
}

/** Starts the Google Translation v2 stand-in on a free loopback port. */
export async function startGoogleStandIn(options: GoogleStandInOptions = {}): Promise<GoogleStandIn> {
  const accessToken = options.accessToken ?? 'ya29.stand-in-access-token';
  const standIn = await startStandIn({
    answer: (request) => answer(request, options.apiKey, accessToken),
    failure: googleError,
  });
  return {
    ...standIn,
    endpoint: standIn.url + GOOGLE_V2_PATH,
    accessToken,
    credentialsFile: (dir) => writeCredentialsFile(dir, standIn.url + GOOGLE_TOKEN_PATH),
  };
}

async function writeCredentialsFile(dir: string, tokenUrl: string): Promise<string> {
  const subjectToken = path.join(dir, 'subject-token.jwt');
  const credentials = path.join(dir, 'external-account.json');
  await writeFile(subjectToken, 'stand-in-subject-token');
  await writeFile(credentials, JSON.stringify({
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/stand-in/providers/stand-in',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: tokenUrl,
    credential_source: { file: subjectToken },
  }));
  return credentials;
}

function answer(request: RecordedRequest, apiKey: string | undefined, accessToken: string): StandInReply {
  if (request.path === GOOGLE_TOKEN_PATH) return grantToken(request, accessToken);
  if (request.path !== GOOGLE_V2_PATH && request.path !== GOOGLE_V2_PATH + '/') {
    return googleError(404, `The requested URL ${request.path} was not found on this server.`);
  }
  if (request.method !== 'POST') return googleError(405, `Method ${request.method} is not allowed here.`);
  const denied = checkCredentials(request, apiKey, accessToken);
  if (denied !== null) return denied;

  const params = { ...request.query, ...(isObject(request.body) ? request.body : {}) };
  const inputs = typeof params.q === 'string' ? [params.q] : params.q;
  if (!Array.isArray(inputs) || inputs.length === 0 || !inputs.every((q): q is string => typeof q === 'string')) {
    return googleError(400, 'Required Text');
  }
  const source = params.source;
  if (source !== undefined && !LANGUAGES.includes(source as Language)) {
    return googleError(400, 'Invalid Value');
  }
  if (params.target !== 'en') return googleError(400, `Bad language pair: ${String(source ?? '')}|${String(params.target)}`);
  const html = params.format !== 'text';

  const translations = inputs.map((q) => {
    const result = translateToEnglish(q, source as Language | undefined);
    const translatedText = html ? escapeLikeGoogle(result.text) : result.text;
    return source === undefined ? { translatedText, detectedSourceLanguage: result.language } : { translatedText };
  });
  return { status: 200, body: { data: { translations } } };
}

/** Google's token service answering an RFC 8693 token exchange (form-encoded), as STS does. */
function grantToken(request: RecordedRequest, accessToken: string): StandInReply {
  const form = isObject(request.body) ? request.body : {};
  if (request.method !== 'POST' || form.grant_type !== TOKEN_EXCHANGE || typeof form.subject_token !== 'string') {
    return { status: 400, body: { error: 'invalid_request', error_description: 'expected a token exchange' } };
  }
  return {
    status: 200,
    body: {
      access_token: accessToken,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: 3600,
    },
  };
}

function checkCredentials(request: RecordedRequest, apiKey: string | undefined, accessToken: string): StandInReply | null {
  const key = request.query.key ?? request.headers['x-goog-api-key'];
  const authorization = request.headers.authorization;
  if (key !== undefined) {
    if (apiKey !== undefined && key !== apiKey) {
      return googleError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT');
    }
    return null;
  }
  if (authorization !== undefined) {
    const token = /^Bearer (.+)$/.exec(authorization)?.[1];
    if (token !== accessToken) {
      return googleError(401, INVALID_CREDENTIALS, 'UNAUTHENTICATED');
    }
    return null;
  }
  return googleError(403, 'The request is missing a valid API key.', 'PERMISSION_DENIED');
}

const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE', 504: 'DEADLINE_EXCEEDED',
};

/** Google's JSON error body for this status and message. */
export function googleError(code: number, message: string, status = STATUS_NAMES[code] ?? 'UNKNOWN'): StandInReply {
  const reason = code === 429 ? 'rateLimitExceeded' : code >= 500 ? 'backendError' : code === 400 ? 'badRequest' : 'forbidden';
  return { status: code, body: { error: { code, message, errors: [{ message, domain: 'global', reason }], status } } };
}

/** What Google's html mode does to plain characters in a translation. */
function escapeLikeGoogle(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * LibreTranslate, the self-hosted provider, through `fetch`.
 *
 * One call is `POST {url}/translate` with `{ q, source: 'auto', target: 'en', format: 'text' }`
 * (plus `api_key` when the server requires keys); the answer is `{ translatedText,
 * detectedLanguage: { language, confidence } }`, errors `{ error: "message" }` with a 4xx/5xx.
 * `format: 'text'` because the input is plain text: in html mode `<b>` would be read as markup.
 * The timeout aborts the fetch itself, so a slow server costs nothing once the deadline passes.
 */
import type { LibreTranslateConfig } from '../../config.ts';
import type { Translation, Translator } from './translator.ts';
import { callProvider, providerError } from './failure.ts';
import type { ProviderCall } from './failure.ts';
import { languageCode, providerMessage } from './answer.ts';

export const LIBRETRANSLATE_ENGINE = 'libretranslate';
const PROVIDER = 'LibreTranslate';

/** A Translator that calls the LibreTranslate server at `config.url`, failing after `timeoutMs`. */
export function createLibreTranslateTranslator(config: LibreTranslateConfig, timeoutMs: number): Translator {
  const endpoint = new URL('translate', config.url.endsWith('/') ? config.url : config.url + '/');
  const call: Omit<ProviderCall, 'signal'> = { provider: PROVIDER, timeoutMs, secrets: [config.apiKey] };
  return {
    engine: LIBRETRANSLATE_ENGINE,
    async translate(text, signal, source) {
      const result = await callProvider({ ...call, signal }, (deadline) => requestTranslation(endpoint, text, config.apiKey, deadline, call, source));
      return { ...result, sourceLanguage: result.sourceLanguage ?? source ?? null };
    },
  };
}

async function requestTranslation(
  endpoint: URL,
  text: string,
  apiKey: string | undefined,
  signal: AbortSignal,
  call: Pick<ProviderCall, 'provider' | 'secrets'>,
  source?: string,
): Promise<Translation> {
  const body = { q: text, source: source ?? 'auto', target: 'en', format: 'text', ...(apiKey === undefined ? {} : { api_key: apiKey }) };
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  const raw = await response.text();
  const parsed = parseJson(raw);
  if (!response.ok) {
    const said = providerMessage(parsed, raw) ?? response.statusText;
    throw providerError(call, `${said} (HTTP ${response.status})`);
  }
  return readTranslation(parsed, call);
}

/** The Translation in a LibreTranslate answer, or a 502 when the answer is not one. */
export function readTranslation(answer: unknown, call: Pick<ProviderCall, 'provider' | 'secrets'>): Translation {
  if (typeof answer !== 'object' || answer === null || typeof (answer as { translatedText?: unknown }).translatedText !== 'string') {
    throw providerError(call, 'unexpected answer (no translatedText)');
  }
  const { translatedText, detectedLanguage } = answer as { translatedText: string; detectedLanguage?: { language?: unknown } };
  return { text: translatedText, sourceLanguage: languageCode(detectedLanguage?.language) };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

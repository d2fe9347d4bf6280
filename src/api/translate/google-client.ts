/**
 * Loading and taming `@google-cloud/translate`'s v2 client (the library is imported here, lazily,
 * and nowhere else).
 *
 * What reading the client's source (build/src/v2/index.js and @google-cloud/common) showed, and
 * what this file does about it:
 * - Its URL is `baseUrl` + '' for translate. The constructor builds `https://{apiEndpoint}/language/
 *   translate/v2` (https only) unless the GOOGLE_CLOUD_TRANSLATE_ENDPOINT variable is set, which then
 *   replaces the whole base URL. textops passes that value down through its config instead, so
 *   `baseUrl` is set from `endpoint` (default below) after construction: plain http works, and
 *   the client's own read of the environment is overridden, never relied on.
 * - With an API key it sends `POST {baseUrl}?key=KEY`; without, it asks google-auth-library for a
 *   token (`keyFilename`, else Application Default Credentials) and sends a Bearer header. When
 *   both are configured the key wins, and the file is not even handed over.
 * - `autoRetry: false` stops its retries on the API-key path only; the credentials path ignores
 *   those options, so every request also gets `maxRetries: 0` (no retry on an error status). That
 *   path still retries a refused or reset connection (3 times, backing off 1-4 s) and nothing
 *   reachable turns that off, so there such a failure ends as the deadline's 504, not a 502.
 * - It applies no timeout (its transport, node-fetch v3, ignores `timeout`) and cannot be aborted:
 *   failure.ts's deadline races it instead.
 * - A 200 answer that is not `{ data: { translations: [...] } }` (a proxy's HTML page, say) makes
 *   its translate() throw inside a callback: an unhandled rejection, and a promise that never
 *   settles. `request` is overridden to check the answer first and fail cleanly instead.
 */
import type * as GoogleTranslate from '@google-cloud/translate';
import type { Logger } from '../../log.ts';
import type { GoogleConfig } from '../../config.ts';
import { languageCode, providerMessage } from './answer.ts';
import { providerError } from './failure.ts';
import type { ProviderCall } from './failure.ts';
import type { Translation } from './translator.ts';

const GOOGLE_DEFAULT_ENDPOINT = 'https://translation.googleapis.com/language/translate/v2';

export interface GoogleV2 {
  /** Asks Google for an English translation of `text`, with the detected source language. */
  translateToEnglish(text: string, source?: string): Promise<Translation>;
}

type TranslateClass = typeof GoogleTranslate.v2.Translate;
type RequestArgs = Parameters<InstanceType<TranslateClass>['request']>;

/** Imports the Google library and builds a v2 client for `config` (the import costs ~0.25 s and ~45 MB, once). */
export async function loadGoogleV2(
  config: GoogleConfig,
  call: Pick<ProviderCall, 'provider' | 'secrets'>,
  log?: Pick<Logger, 'info'>,
): Promise<GoogleV2> {
  const started = performance.now();
  const library = await import('@google-cloud/translate');
  log?.info('translation library loaded', { library: '@google-cloud/translate', ms: Math.round(performance.now() - started) });
  const Checked = checkedClient(library.v2.Translate, call);
  const client = new Checked({
    ...(config.apiKey === undefined ? {} : { key: config.apiKey }),
    ...(config.apiKey !== undefined || config.credentialsFile === undefined ? {} : { keyFilename: config.credentialsFile }),
    ...(config.projectId === undefined ? {} : { projectId: config.projectId }),
    autoRetry: false,
    maxRetries: 0,
  });
  client.baseUrl = (config.endpoint ?? GOOGLE_DEFAULT_ENDPOINT).replace(/\/+$/, '');
  return {
    async translateToEnglish(text, source) {
      const [, apiResponse] = await client.translate(text, { ...(source === undefined ? {} : { from: source }), to: 'en', format: 'text' });
      const first = (apiResponse as TranslateAnswer).data.translations[0];
      if (first === undefined) throw new Error('Google Translate answered with no translation');
      return { text: first.translatedText, sourceLanguage: languageCode(first.detectedSourceLanguage) ?? source ?? null };
    },
  };
}

interface TranslateAnswer {
  data: { translations: Array<{ translatedText: string; detectedSourceLanguage?: string }> };
}

/** The v2 client with a `request` that never retries and turns bad answers into 502s before translate() reads them. */
function checkedClient(Base: TranslateClass, call: Pick<ProviderCall, 'provider' | 'secrets'>): TranslateClass {
  return class CheckedTranslate extends Base {
    override request(reqOpts: RequestArgs[0], callback: RequestArgs[1]): void {
      super.request({ ...reqOpts, maxRetries: 0 }, (error, body, response) => {
        const status = response?.statusCode;
        if (error && typeof status === 'number') {
          const said = providerMessage(body, typeof body === 'string' ? body : '') ?? response?.statusMessage ?? error.message;
          callback(providerError(call, `${said} (HTTP ${status})`), null, response);
        } else if (error) {
          callback(error, null, response);
        } else if (reqOpts.uri === '' && !isTranslateAnswer(body)) {
          callback(providerError(call, `unexpected answer (HTTP ${status ?? 200}, no translations)`), null, response);
        } else {
          callback(null, body, response);
        }
      });
    }
  };
}

function isTranslateAnswer(body: unknown): body is TranslateAnswer {
  const translations = (body as { data?: { translations?: unknown } } | null)?.data?.translations;
  return (
    Array.isArray(translations) &&
    translations.length > 0 &&
    translations.every((t: unknown) => typeof (t as { translatedText?: unknown } | null)?.translatedText === 'string')
  );
}

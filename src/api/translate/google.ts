/**
 * Google Cloud Translation (the v2 "basic" API) as a Translator, engine 'google-v2'.
 *
 * The library is large (~0.25 s and ~45 MB of memory to import), so it is loaded on the first
 * translation, not at start-up, and only when Google is configured; that one-time load happens
 * before the deadline starts, so the first call is not cut short by it. Each call then has
 * `timeoutMs` to finish; google-client.ts says what the client itself does and does not do.
 */
import type { Logger } from '../../log.ts';
import { callProvider } from './failure.ts';
import { loadGoogleV2 } from './google-client.ts';
import type { GoogleV2 } from './google-client.ts';
import type { GoogleConfig } from '../../config.ts';
import type { Translator } from './translator.ts';

export const GOOGLE_ENGINE = 'google-v2';
const PROVIDER = 'Google Translate';

/** A Translator backed by Google's v2 API, failing after `timeoutMs`. */
export function createGoogleTranslator(config: GoogleConfig, timeoutMs: number, log?: Pick<Logger, 'info'>): Translator {
  const call = { provider: PROVIDER, timeoutMs, secrets: [config.apiKey] };
  let client: Promise<GoogleV2> | undefined;
  const loaded = (): Promise<GoogleV2> => {
    client ??= loadGoogleV2(config, call, log).catch((error: unknown) => {
      client = undefined;
      throw error;
    });
    return client;
  };
  return {
    engine: GOOGLE_ENGINE,
    async translate(text, signal, source) {
      const google = await loaded();
      return callProvider({ ...call, signal }, () => google.translateToEnglish(text, source));
    },
  };
}

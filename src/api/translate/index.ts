/**
 * Choosing the translation provider from configuration.
 *
 * Google wins when both are configured: it is the managed service the issue asks for first, and
 * LibreTranslate is the self-hosted alternative for when there is no Google account. Neither
 * configured means no translator (null): the api then says which variables to set.
 */
import type { Logger } from '../../log.ts';
import type { TranslateConfig } from '../../config.ts';
import { createGoogleTranslator, GOOGLE_ENGINE } from './google.ts';
import { createLibreTranslateTranslator, LIBRETRANSLATE_ENGINE } from './libretranslate.ts';
import type { Translator } from './translator.ts';

/** The configured provider's Translator (Google before LibreTranslate), or null when none is configured. */
export function createTranslator(config: TranslateConfig, log?: Pick<Logger, 'info'>): Translator | null {
  if (config.google !== undefined) {
    const auth = config.google.apiKey === undefined ? 'credentials' : 'api key';
    log?.info('translation provider', { engine: GOOGLE_ENGINE, auth, timeoutMs: config.timeoutMs });
    return createGoogleTranslator(config.google, config.timeoutMs, log);
  }
  if (config.libretranslate !== undefined) {
    const url = new URL(config.libretranslate.url).origin;
    log?.info('translation provider', { engine: LIBRETRANSLATE_ENGINE, url, timeoutMs: config.timeoutMs });
    return createLibreTranslateTranslator(config.libretranslate, config.timeoutMs);
  }
  return null;
}

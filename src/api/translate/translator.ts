/**
 * The one shape every translation provider has: text in, English out, plus the language the
 * provider detected.
 *
 * Providers (google.ts, libretranslate.ts) fail only with an HttpError: 502 when the provider
 * answered badly or could not be reached, 504 when it did not answer within the configured time.
 * A call abandoned through `signal` rejects with the signal's reason instead.
 */

export interface Translation {
  /** The English text. */
  text: string;
  /** The source language the provider detected (e.g. 'fr'), or null when it could not tell. */
  sourceLanguage: string | null;
}

export interface Translator {
  /** Names the provider and API in saved records, e.g. 'google-v2' or 'libretranslate'. */
  readonly engine: string;
  /**
   * Translates plain text into English; `source` (an ISO 639 code) skips detection, for the texts
   * whose language the provider could not tell. The Translation then names that language.
   */
  translate(text: string, signal?: AbortSignal, source?: string): Promise<Translation>;
}

/**
 * Reading what providers say, shared by both: the language code they detected and the message
 * inside their error bodies.
 *
 * Both speak BCP 47 codes ('fr', 'zh-CN'); 'und' ("undetermined"), an empty string or a missing
 * field all mean the provider could not tell, which textops stores as null. Error bodies come as
 * Google's `{ error: { message } }`, LibreTranslate's `{ error: "message" }`, or, from a proxy in
 * between, plain text or an HTML page (reduced to its text).
 */

/** The detected language as stored: a BCP 47 code, or null when the provider could not tell. */
export function languageCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim();
  return code === '' || code.toLowerCase() === 'und' ? null : code;
}

/** The human message in a provider's error body (parsed JSON, else the raw text), or null if none. */
export function providerMessage(parsed: unknown, raw: string): string | null {
  if (typeof parsed === 'object' && parsed !== null) {
    const error = (parsed as { error?: unknown }).error;
    if (typeof error === 'string' && error.trim() !== '') return error;
    const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
    if (typeof message === 'string' && message.trim() !== '') return message;
    return null;
  }
  const text = raw.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

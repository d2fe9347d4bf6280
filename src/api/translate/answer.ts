/**
 * Reading what providers say, shared by both: the language code they detected and the message
 * inside their error bodies.
 *
 * Both speak BCP 47 codes ('fr', 'zh-CN'); 'und' ("undetermined"), an empty string or a missing
 * field all mean the provider could not tell, which textops stores as null. Error bodies come as
 * Google's `{ error: { message } }`, LibreTranslate's `{ error: "message" }`, or, from a proxy in
 * between, plain text or an HTML page (its first 16 KiB reduced to text in linear time).
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
  const text = withoutTags(raw.slice(0, MESSAGE_SCAN_CHARS)).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * How much of a non-JSON error body is read for its message: the message shown is at most a few
 * hundred characters, and a proxy's error page says what it has to say near the top.
 */
export const MESSAGE_SCAN_CHARS = 16_384;

/**
 * `html` with each `<...>` tag replaced by a space, in one linear pass. (The regular expression
 * /<[^>]*>/g restarts its scan at every '<' of a body full of '<' without '>': quadratic, 10 s of
 * main thread for 160,000 of them.) A '<' with no '>' after it is text, as it was for the regex.
 */
export function withoutTags(html: string): string {
  const pieces: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    const close = html.indexOf('>', open + 1);
    if (close === -1) break;
    pieces.push(html.slice(at, open), ' ');
    at = close + 1;
  }
  pieces.push(html.slice(at));
  return pieces.join('');
}

/**
 * The security headers every response carries, set before any handler runs.
 *
 * The CSP allows only same-origin stylesheets, images and script files (no inline script, no eval),
 * so even a missed escape cannot run code; forms may post only to this origin; no page may frame us.
 * Strict-Transport-Security is left to the HTTPS listener (the ALB) to decide.
 */
import type { ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Sets the security headers on a response that has not started yet. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** The same headers as raw `Name: value` lines, for answers written straight to a socket. */
export function securityHeaderLines(): string {
  return Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
}

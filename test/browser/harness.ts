/**
 * The browser tests' shared set-up: Debian's Chromium driven by playwright-core, the real app
 * (serve all, SQLite) with translation through the Google stand-in, and axe-core injected through
 * the DevTools protocol (page.evaluate is not subject to the page's CSP, which allows no inline
 * script). Without Chromium the suites are skipped and say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { startGoogleStandIn, type GoogleStandIn } from '../standins/google-translate.ts';

export const executablePath = process.env.TEXTOPS_TEST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const skip = executablePath === undefined ? "no Chromium: install Debian's chromium or set TEXTOPS_TEST_CHROMIUM" : false;

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export interface BrowserHarness {
  app: TestApp;
  browser: Browser;
  close(): Promise<void>;
}

/** Start the app, the translation stand-in and a headless Chromium. */
export async function startHarness(env: Record<string, string> = {}): Promise<BrowserHarness> {
  const google: GoogleStandIn = await startGoogleStandIn();
  const app = await startTestApp('all', { GOOGLE_TRANSLATE_API_KEY: 'browser-test-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: google.endpoint, ...env });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    app,
    browser,
    async close() {
      await browser.close();
      await app.stop();
      await google.close();
    },
  };
}

/** Submit an operation's form in the page and wait for the record page it redirects to. */
export async function submitForm(page: Page, url: string, path: string, text: string, tag = ''): Promise<void> {
  await page.goto(url + path);
  await page.getByLabel('Text', { exact: false }).first().fill(text);
  if (tag !== '') await page.getByLabel('Tag').fill(tag);
  await Promise.all([page.waitForURL(/\/records\/\d+$/), page.getByRole('button', { name: /Correct|Restore|Translate/ }).click()]);
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe-core on the page for WCAG 2.0/2.1/2.2 A and AA; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run((globalThis as any).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/**
 * Regenerates the README's screenshots in docs/ in one run: `npm run screenshots`.
 *
 * Starts the real app on a scratch SQLite file, fills it with a few records made through the API
 * (and one with ranked spelling alternatives, written through the store), and photographs the
 * history at 1280 px and 390 px, and a record page with its review, with Debian's Chromium
 * (TEXTOPS_TEST_CHROMIUM or /usr/bin/chromium). Light mode; the clock shown is the run's.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startTestApp } from '../test/support/app.ts';
import { startGoogleStandIn } from '../test/standins/google-translate.ts';
import { openSqliteStore } from '../src/db/sqlite.ts';

const executablePath = process.env.TEXTOPS_TEST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (executablePath === undefined) {
  process.stderr.write('screenshots: no Chromium; install Debian\'s chromium or set TEXTOPS_TEST_CHROMIUM\n');
  process.exit(1);
}

const SAMPLES: [string, string, string][] = [
  ['/api/spell', 'note7', 'Speling is dificult, but I beleive it gets easyer.'],
  ['/api/space', 'recipe', 'preheattheovento180degreesandgreaseatin'],
  ['/api/translate', 'fr', 'Bonjour le monde'],
  ['/api/spell', 'letter', 'Thank you for your kind leter; I recieved it yesterday.'],
  ['/api/space', 'hashtag', 'thequickbrownfoxjumpsoverthelazydog'],
  ['/api/spell', '', 'Their are too many mispelled words in this sentance.'],
];

const google = await startGoogleStandIn();
const app = await startTestApp('all', { GOOGLE_TRANSLATE_API_KEY: 'screenshots', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: google.endpoint });
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [path, id, text] of SAMPLES) {
    await fetch(app.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, text }) });
  }
  const store = await openSqliteStore(app.databaseUrl.replace(/^sqlite:/, ''));
  const reviewed = await store.save({
    tag: 'review', operation: 'spell', original: 'I beleive the form is corect.', processed: 'I believe the form is correct.', sourceLanguage: null, engine: 'textops-spell/1',
    edits: [
      { offset: 2, length: 7, replacement: 'believe', confidence: 0.86, alternatives: [{ word: 'relieve', confidence: 0.09 }, { word: 'belief', confidence: 0.05 }] },
      { offset: 22, length: 6, replacement: 'correct', confidence: 0.93, alternatives: [{ word: 'corset', confidence: 0.04 }] },
    ],
  });
  await store.close();
  mkdirSync('docs', { recursive: true });
  const shots: [string, string, { width: number; height: number }][] = [
    ['/', 'docs/history.png', { width: 1280, height: 800 }],
    ['/', 'docs/history-phone.png', { width: 390, height: 844 }],
    [`/records/${reviewed.id}`, 'docs/record.png', { width: 1280, height: 1000 }],
  ];
  for (const [path, file, viewport] of shots) {
    const page = await browser.newPage({ viewport });
    await page.goto(app.url + path);
    await page.screenshot({ path: file });
    await page.close();
    process.stdout.write(`wrote ${file}\n`);
  }
} finally {
  await browser.close();
  await app.stop();
  await google.close();
}

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTranslator } from './index.ts';
import type { TranslateConfig } from '../../config.ts';

describe('createTranslator', () => {
  const google = { apiKey: 'g-key' };
  const libretranslate = { url: 'http://user:pw@libre.internal:5000/base', apiKey: 'l-key' };
  const cases: ReadonlyArray<readonly [string, TranslateConfig, string | null]> = [
    ['nothing configured', { timeoutMs: 1000 }, null],
    ['Google by API key', { google, timeoutMs: 1000 }, 'google-v2'],
    ['Google by credentials file', { google: { credentialsFile: '/secrets/sa.json' }, timeoutMs: 1000 }, 'google-v2'],
    ['LibreTranslate', { libretranslate, timeoutMs: 1000 }, 'libretranslate'],
    ['both (Google wins)', { google, libretranslate, timeoutMs: 1000 }, 'google-v2'],
  ];
  for (const [label, config, engine] of cases) {
    it(`gives ${String(engine)} for ${label}`, () => {
      assert.equal(createTranslator(config)?.engine ?? null, engine);
    });
  }

  it('logs the chosen provider without keys or URL credentials', () => {
    const lines: Array<[string, unknown]> = [];
    const log = { info: (msg: string, fields?: unknown) => { lines.push([msg, fields]); } };
    createTranslator({ libretranslate, timeoutMs: 1000 }, log);
    createTranslator({ google, timeoutMs: 1000 }, log);
    assert.deepEqual(lines, [
      ['translation provider', { engine: 'libretranslate', url: 'http://libre.internal:5000', timeoutMs: 1000 }],
      ['translation provider', { engine: 'google-v2', auth: 'api key', timeoutMs: 1000 }],
    ]);
  });

  it('does not load the Google library until the first translation', async () => {
    const index = fileURLToPath(new URL('./index.ts', import.meta.url));
    const script = `
      import { createRequire } from 'node:module';
      import { createTranslator } from ${JSON.stringify(index)};
      const require = createRequire(import.meta.url);
      const loaded = () => Object.keys(require.cache).some((file) => /@google-cloud[\\\\/]translate[\\\\/]/.test(file));
      const translator = createTranslator({ google: { apiKey: 'k', endpoint: 'http://127.0.0.1:9/v2' }, timeoutMs: 2000 });
      const atStart = loaded();
      await translator.translate('hola').catch(() => undefined);
      console.log(JSON.stringify({ atStart, afterFirstCall: loaded() }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    assert.deepEqual(JSON.parse(stdout), { atStart: false, afterFirstCall: true });
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundle } from './build.ts';

// A miniature project with the same layout as textops: an entry that imports a local module, a
// CommonJS runtime dependency and reads data/ and its assets relative to itself, plus the two thread entries.
const checkout = fileURLToPath(new URL('..', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'textops-build-'));
const files: Record<string, string> = {
  'src/main.ts': [
    "import { readFileSync } from 'node:fs';",
    "import mysql from 'mysql2';",
    "import { greeting } from './greeting.ts';",
    "const data = readFileSync(new URL('../data/word.txt', import.meta.url), 'utf8').trim();",
    "const css = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8').trim();",
    'console.log([greeting(data), typeof mysql.createPool, css].join(" "));',
  ].join('\n'),
  'src/greeting.ts': "export function greeting(name: string): string { return `hello ${name}`; }",
  'src/engines/worker.ts': "export const worker = 'worker';",
  'src/db/sqlite-writer-thread.ts': "export const writer = 'writer';",
  'src/db/sqlite-checkpoint-thread.ts': "export const checkpointer = 'checkpointer';",
  'src/http/assets/site.css': 'body{}',
  'data/word.txt': 'world\n',
};

before(() => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  symlinkSync(join(checkout, 'node_modules'), join(project, 'node_modules'), 'dir');
});
after(() => rmSync(project, { recursive: true, force: true }));

describe('bundle', () => {
  it('writes both entry points as .mjs and copies the assets beside them', async () => {
    await bundle(project);
    for (const path of ['dist/textops.mjs', 'dist/engine-worker.mjs', 'dist/sqlite-writer.mjs', 'dist/sqlite-checkpoint.mjs', 'dist/assets/site.css']) {
      assert.ok(existsSync(join(project, path)), path);
    }
  });

  it('leaves the runtime dependencies as imports instead of inlining them', () => {
    const code = readFileSync(join(project, 'dist/textops.mjs'), 'utf8');
    assert.match(code, /from "mysql2"/);
    assert.doesNotMatch(code, /function greeting\(name: string\)/, 'TypeScript is stripped');
  });

  it('produces a bundle that runs from dist/, finding data/, its assets and CommonJS dependencies', () => {
    const run = spawnSync(process.execPath, [join(project, 'dist/textops.mjs')], { encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout.trim(), 'hello world function body{}');
  });

  it('empties the output folder first, so no stale file ships', async () => {
    writeFileSync(join(project, 'dist/stale.mjs'), '');
    await bundle(project);
    assert.ok(!existsSync(join(project, 'dist/stale.mjs')));
  });
});

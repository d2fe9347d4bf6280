import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCapitalisedText } from './build-capitalised.ts';

describe('build-capitalised', () => {
  it('rebuilds data/capitalised.txt byte for byte from big.txt and data/wordfreq.txt', () => {
    const root = process.cwd();
    const committed = readFileSync(join(root, 'data', 'capitalised.txt'), 'utf8');
    assert.ok(buildCapitalisedText(root) === committed, 'data/capitalised.txt differs from a fresh build: run npm run build:capitalised');
  });
});

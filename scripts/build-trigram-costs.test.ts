import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildTrigramCosts } from './build-trigram-costs.ts';

describe('build-trigram-costs', () => {
  it('rebuilds data/trigram-costs.bin byte for byte from data/trigrams.txt and the search model', () => {
    const root = process.cwd();
    assert.ok(Buffer.from(buildTrigramCosts(root)).equals(readFileSync(join(root, 'data', 'trigram-costs.bin'))), 'data/trigram-costs.bin differs from a fresh build: run npm run build:trigram-costs');
  });
});

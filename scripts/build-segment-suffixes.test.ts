import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSegmentSuffixesText } from './build-segment-suffixes.ts';

describe('build-segment-suffixes', () => {
  it('rebuilds data/segment-suffixes.txt byte for byte from data/wordfreq.txt', () => {
    const root = process.cwd();
    const committed = readFileSync(join(root, 'data', 'segment-suffixes.txt'), 'utf8');
    assert.ok(buildSegmentSuffixesText(readFileSync(join(root, 'data', 'wordfreq.txt'), 'utf8')) === committed, 'data/segment-suffixes.txt differs from a fresh build: run npm run build:segment-suffixes');
  });
});

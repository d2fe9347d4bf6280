// Builds bench/data/spell-dev-fortunes.txt: a dev set for the spelling benchmark of the same kind as the held-out
// sentences (bench/data/space-heldout.txt, Debian fortunes), so that false alarms on jokes, quotations, verse,
// dialect and invented words can be tuned on without reading the held-out set.
//
// Source: the English fortune files of Debian's `fortunes` and `fortunes-min` packages that the held-out set does
// not draw from (scripts/build-space-heldout.ts FILES): art, cookie, drugs, ethnic, goedel, kids, law, magic,
// medicine, miscellaneous, news, riddles, songs-poems, sports. Each fortune is read and cut into sentences as the
// held-out ones are (fortuneEntries, sentencesOf); a sentence the held-out set also has (the same fortune filed
// twice) is left out, and every k-th usable sentence (5 to 40 words, printable ASCII, starting like a sentence)
// is kept, in file order.
//
// Usage: apt-get download fortunes fortunes-min && for f in fortunes*.deb; do dpkg -x "$f" fort; done
//        node scripts/build-spell-dev-fortunes.ts fort/usr/share/games/fortunes [--check]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fortuneEntries, sampleSentences, sentencesOf } from './build-space-heldout.ts';
import { writeOrCheck } from './write-or-check.ts';

/** The fortune files read, none of them a file of the held-out set. */
export const DEV_FORTUNE_FILES = ['art', 'cookie', 'drugs', 'ethnic', 'goedel', 'kids', 'law', 'magic', 'medicine', 'miscellaneous', 'news', 'riddles', 'songs-poems', 'sports'];
const WANTED = 2000;

/** The set's text from the fortune files' texts (by name) and the held-out set's sentences. */
export function buildDevFortunes(fileText: (name: string) => string, heldout: ReadonlySet<string>): string {
  const sentences = DEV_FORTUNE_FILES.flatMap((file) => fortuneEntries(fileText(file)).flatMap(sentencesOf)).filter((sentence) => !heldout.has(sentence));
  return sampleSentences(sentences, WANTED).join('\n') + '\n';
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) {
    process.stderr.write('usage: node scripts/build-spell-dev-fortunes.ts FORTUNES_DIR [--check]\n');
    process.exit(2);
  }
  const root = process.cwd();
  const heldout = new Set(readFileSync(join(root, 'bench', 'data', 'space-heldout.txt'), 'utf8').split('\n'));
  const built = buildDevFortunes((name) => readFileSync(join(dir, name), 'utf8'), heldout);
  writeOrCheck(join(root, 'bench', 'data', 'spell-dev-fortunes.txt'), built, 'node scripts/build-spell-dev-fortunes.ts FORTUNES_DIR');
}

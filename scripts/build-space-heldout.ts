// Builds bench/data/space-heldout.txt: a second held-out set for the space restorer, never tuned on.
//
// Source: the English fortune cookies of Debian's `fortunes` and `fortunes-min` packages (quotations,
// aphorisms and jokes from many authors), a different register from the dev set (the Brown Corpus) and
// from the corpus behind data/wordfreq.txt. Each fortune loses its attribution line ("-- Author"), is
// joined into one paragraph and cut into sentences; every k-th sentence of 5 to 40 words is kept.
//
// Usage: apt-get download fortunes fortunes-min && for f in fortunes*.deb; do dpkg -x "$f" fort; done
//        node scripts/build-space-heldout.ts fort/usr/share/games/fortunes > bench/data/space-heldout.txt
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleSentences as sampleEvenly } from './build-space-devset.ts';

export const FILES = ['wisdom', 'people', 'literature', 'humorists', 'education', 'work', 'love', 'politics', 'platitudes', 'science', 'men-women', 'pets', 'food', 'fortunes'];
const WANTED = 1000;

/** Cuts one fortune file (entries separated by lines holding `%`) into its prose entries. */
export function fortuneEntries(text: string): string[] {
  const entries: string[] = [];
  for (const entry of text.split(/\n%\n/)) {
    const lines = entry.split('\n').filter((line) => !/^\s*--/.test(line) && line.trim() !== '');
    if (lines.some((line) => /^\s/.test(line) || /[|<>{}\\_=#*]/.test(line))) continue;
    entries.push(lines.join(' ').replace(/\s+/g, ' ').trim());
  }
  return entries;
}

/** Splits a paragraph into sentences at `.`, `!` or `?` followed by a space and a capital. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]"?)\s+(?=["A-Z])/).map((s) => s.trim()).filter((s) => s !== '');
}

/** Every k-th usable sentence (5 to 40 words, printable ASCII, starting like a sentence), in order. */
export function sampleSentences(sentences: readonly string[], wanted: number): string[] {
  return sampleEvenly(sentences, wanted, (sentence) => /^["A-Z]/.test(sentence));
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/build-space-heldout.ts FORTUNES_DIR > bench/data/space-heldout.txt\n');
    process.exit(2);
  }
  const sentences = FILES.flatMap((file) => fortuneEntries(readFileSync(join(dir, file), 'utf8')).flatMap(sentencesOf));
  process.stdout.write(sampleSentences(sentences, WANTED).join('\n') + '\n');
}

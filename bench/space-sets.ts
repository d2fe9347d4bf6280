// The space restorer's evaluation sets and how a run over one is scored.
//
// Three sets of 1,000 sentences (bench/data/README.md): dev (Brown Corpus, tuned on), fortunes (Debian
// fortunes: quotations, never tuned on) and sotu (State of the Union addresses 1981-2021, never tuned on).
// Each is read two ways: with all whitespace removed (the classic task), and "mixed", where each space of
// the sentence is dropped with probability 0.3 by a seeded generator, so the input keeps most of its spaces
// and only some words run together (mixed input must keep its spaces and fix only the run-together parts).
import { readFileSync } from 'node:fs';
import { f1Of, scoreSegmentations, withoutSpaces } from './segment-score.ts';

/** A set: its file under bench/data/ and how the tables name it. */
export interface SpaceSet {
  readonly file: string;
  readonly label: string;
}

export const SPACE_SETS: readonly SpaceSet[] = [
  { file: 'space-dev.txt', label: 'dev: Brown (tuned on)' },
  { file: 'space-heldout.txt', label: 'held-out: fortunes' },
  { file: 'space-sotu.txt', label: 'held-out: State of the Union' },
];

/** The share of spaces a mixed input drops. */
export const MIXED_DROP = 0.3;

/** The sentences of a set, one a line. */
export function sentencesOf(root: URL, set: SpaceSet): string[] {
  return readFileSync(new URL(`bench/data/${set.file}`, root), 'utf8').trim().split('\n');
}

/** Each sentence with some of its spaces dropped (the same ones on every run: a fixed-seed linear congruential generator). */
export function mixedInputs(sentences: readonly string[], drop = MIXED_DROP): string[] {
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return sentences.map((sentence) => sentence.replace(/ /g, () => (next() < drop ? '' : ' ')));
}

/** The inputs of a set for a task: no whitespace at all, or mixed. */
export function inputsOf(sentences: readonly string[], task: 'unspaced' | 'mixed'): string[] {
  return task === 'mixed' ? mixedInputs(sentences) : sentences.map(withoutSpaces);
}

/** Exact-sentence rate and word F1 of `run` over the references, from the given inputs. */
export function accuracyOf(references: readonly string[], inputs: readonly string[], run: (text: string) => string): { exact: number; f1: number } {
  const score = scoreSegmentations(references, inputs.map(run));
  return { exact: score.exact / score.sentences, f1: f1Of(score) };
}

/** A fraction as a percentage with one decimal (two for F1, whose differences are small). */
export function percent(value: number, digits = 1): string {
  return `${(100 * value).toFixed(digits)}%`;
}

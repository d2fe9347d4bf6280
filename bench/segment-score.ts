// Scoring a space restorer against reference sentences: exact-sentence rate and word-level F1.
//
// Words are the whitespace-separated tokens, lowercased, with everything but letters and digits removed
// (so punctuation and case are ignored, and empty tokens dropped). A sentence is exact when its word
// sequence equals the reference's. For F1 a word is the span it covers in the sentence's letters and
// digits; a predicted word is correct when the reference has a word with the same span.

/** Counts over a set of sentences; `exact / sentences` and `f1` are the reported figures. */
export interface SegmentScore {
  readonly sentences: number;
  readonly exact: number;
  readonly correctWords: number;
  readonly referenceWords: number;
  readonly predictedWords: number;
}

/** The comparable words of a text: lowercase letters and digits of each whitespace token. */
export function comparableWords(text: string): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/)) {
    const word = token.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** Start/end keys of each word as a span of the concatenated words. */
function spansOf(words: readonly string[]): Set<string> {
  const spans = new Set<string>();
  let at = 0;
  for (const word of words) {
    spans.add(`${at}:${at + word.length}`);
    at += word.length;
  }
  return spans;
}

/** Scores predicted texts against reference texts, pairwise. */
export function scoreSegmentations(references: readonly string[], predictions: readonly string[]): SegmentScore {
  let exact = 0;
  let correctWords = 0;
  let referenceWords = 0;
  let predictedWords = 0;
  for (let i = 0; i < references.length; i++) {
    const reference = comparableWords(references[i]!); // i < references.length
    const predicted = comparableWords(predictions[i] ?? '');
    if (reference.join(' ') === predicted.join(' ')) exact++;
    const referenceSpans = spansOf(reference);
    for (const span of spansOf(predicted)) if (referenceSpans.has(span)) correctWords++;
    referenceWords += reference.length;
    predictedWords += predicted.length;
  }
  return { sentences: references.length, exact, correctWords, referenceWords, predictedWords };
}

/** Word-level F1: the harmonic mean of precision and recall, 0 when nothing was predicted. */
export function f1Of(score: SegmentScore): number {
  const precision = score.predictedWords === 0 ? 0 : score.correctWords / score.predictedWords;
  const recall = score.referenceWords === 0 ? 0 : score.correctWords / score.referenceWords;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A sentence as the segmenter receives it: every whitespace character removed. */
export function withoutSpaces(sentence: string): string {
  return sentence.replace(/\s+/g, '');
}

import { readFileSync, writeFileSync } from 'node:fs';
import { loadModel } from '../src/algorithms/model.ts';
import { loadSegmenter, segment, prepareSegmenter, DEFAULT_TUNING } from '../src/algorithms/segment.ts';
import { parseBigrams } from '../src/algorithms/segment-bigrams.ts';
import { parseSegmentExtra } from '../src/algorithms/segment-extra.ts';
import { f1Of, scoreSegmentations, withoutSpaces, comparableWords } from '../src/algorithms/segment-score.ts';
const root = new URL('../', import.meta.url);
const t0 = performance.now();
const wm = loadModel(new URL('data/wordfreq.txt', root).pathname);
const t1 = performance.now();
const model = loadSegmenter(wm, process.env.DIR ? process.env.DIR + '/bigrams.txt' : new URL('data/bigrams.txt', root).pathname);
const t2 = performance.now();
const tuning = { ...DEFAULT_TUNING, ...JSON.parse(process.env.T ?? '{}') };
const dir = process.env.DIR ?? new URL('data', root).pathname;
const tuned = process.env.T ? prepareSegmenter(wm, parseBigrams(readFileSync(dir + '/bigrams.txt', 'utf8')), tuning, parseSegmentExtra(readFileSync(dir + '/segment-extra.txt'))) : model;
console.log(`load word ${(t1-t0).toFixed(0)} seg ${(t2-t1).toFixed(0)} ms`);
for (const set of ['dev', 'heldout']) {
  const refs = readFileSync(new URL(`bench/data/space-${set}.txt`, root), 'utf8').trim().split('\n');
  const preds = refs.map((s) => segment(withoutSpaces(s), tuned).text);
  const sc = scoreSegmentations(refs, preds);
  console.log(set, (100*sc.exact/sc.sentences).toFixed(1), (100*f1Of(sc)).toFixed(2));
  if (set === 'dev') {
    const out: string[] = [];
    refs.forEach((r, i) => { const a = comparableWords(r).join(' '), b = comparableWords(preds[i]).join(' '); if (a !== b) out.push('R: ' + r + '\nP: ' + preds[i] + '\n'); });
    writeFileSync('/tmp/seg/dev-errors.txt', out.join('\n'));
  }
}

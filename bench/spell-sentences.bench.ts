// Sentence-level spelling benchmark (bench/spell-sentences.ts builds the sets): textops with its context
// model beside the peers applied word by word, the ablation of each new part, and the worst-case bound.
// Prints the Markdown tables recorded in bench/RESULTS.md. Run: npm run bench
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Model } from '../src/algorithms/model.ts';
import { loadWordModel } from '../src/engines/run.ts';
import { correct, prepareSpelling, SPELL_ENGINE } from '../src/algorithms/spell/spell.ts';
import { DEFAULT_SPELL_OPTIONS, type SpellOptions } from '../src/algorithms/spell/options.ts';
import { loadSpellContext, type SpellContext } from '../src/algorithms/spell/context.ts';
import { wordSpans } from '../src/algorithms/spell/tokens.ts';
import { SPELL_ENGINES } from './peers/spell-engines.ts';
import { everyNth, loadTyposSet, loadWikipediaSet } from './spell-sets.ts';
import { parseCapitalised } from '../src/algorithms/spell/capitals.ts';
import { devCodespellSet, devFortunesSet, falseAlarms, score, sentenceSets, wordByWord, type Sample, type SentenceCorrector, type SentenceFigures } from './spell-sentences.ts';

const root = join(import.meta.dirname, '..');

/** One column: an engine's figures on dev, held-out and the clean text. */
interface Column {
  name: string;
  dev: SentenceFigures;
  heldout: SentenceFigures;
  /** the second dev set (Brown × codespell + Norvig dev misspellings), textops only. */
  devCodespell?: SentenceFigures;
  /** the third dev set (fortunes the held-out set does not use × Wikipedia misspellings), textops only. */
  devFortunes?: SentenceFigures;
  clean: { changed: number; words: number; examples: string[] };
  note?: string;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

function perThousand(part: number, whole: number): string {
  return whole === 0 ? '—' : (1000 * part / whole).toFixed(2);
}

/** False alarms with changes of annotated source misspellings (bench/data/spell-source-misspellings.txt) not counted. */
function annotated(figures: SentenceFigures): string {
  const alarms = figures.falseAlarms - figures.sourceMisspellingsChanged;
  return `${perThousand(alarms, figures.cleanWords)} (${alarms} in ${figures.cleanWords})`;
}

/** The figures as a Markdown table, one column per engine. */
function table(columns: readonly Column[]): string {
  const rows: [string, (column: Column) => string][] = [
    ['dev: fixed (non-word)', (c) => `${percent(c.dev.fixed, c.dev.nonwords)} (n=${c.dev.nonwords})`],
    ['dev: real-word fixed', (c) => `${percent(c.dev.realWordFixed, c.dev.realWords)} (n=${c.dev.realWords})`],
    ['dev 2 (Brown × codespell + Norvig dev misspellings): fixed (non-word)', (c) => (c.devCodespell ? `${percent(c.devCodespell.fixed, c.devCodespell.nonwords)} (n=${c.devCodespell.nonwords})` : '—')],
    ['dev 3 (fortunes × Wikipedia misspellings): fixed (non-word)', (c) => (c.devFortunes ? `${percent(c.devFortunes.fixed, c.devFortunes.nonwords)} (n=${c.devFortunes.nonwords})` : '—')],
    ['dev 3: false alarms / 1,000 clean words (raw; source misspellings not counted)', (c) => (c.devFortunes ? `${perThousand(c.devFortunes.falseAlarms, c.devFortunes.cleanWords)} (${c.devFortunes.falseAlarms} in ${c.devFortunes.cleanWords}); ${annotated(c.devFortunes)}` : '—')],
    ['dev: false alarms / 1,000 clean words', (c) => `${perThousand(c.dev.falseAlarms, c.dev.cleanWords)} (${c.dev.falseAlarms} in ${c.dev.cleanWords})`],
    ['dev: the same, source misspellings not counted', (c) => annotated(c.dev)],
    ['held-out: fixed (non-word)', (c) => `${percent(c.heldout.fixed, c.heldout.nonwords)} (n=${c.heldout.nonwords})`],
    ['held-out: real-word fixed', (c) => `${percent(c.heldout.realWordFixed, c.heldout.realWords)} (n=${c.heldout.realWords})`],
    ['held-out: false alarms / 1,000 clean words', (c) => `${perThousand(c.heldout.falseAlarms, c.heldout.cleanWords)} (${c.heldout.falseAlarms} in ${c.heldout.cleanWords})`],
    ['held-out: the same, source misspellings not counted', (c) => annotated(c.heldout)],
    ['clean text: false alarms / 1,000 words', (c) => `${perThousand(c.clean.changed, c.clean.words)} (${c.clean.changed} in ${c.clean.words})`],
  ];
  const header = `| | ${columns.map((c) => c.name + (c.note ? ` (${c.note})` : '')).join(' | ')} |`;
  const rule = `|---|${columns.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${columns.map(cell).join(' | ')} |`)].join('\n');
}

function measureColumn(name: string, corrector: SentenceCorrector, sets: ReturnType<typeof sentenceSets>, note?: string, devCodespell?: readonly Sample[], devFortunes?: readonly Sample[]): Column {
  const column: Column = { name, dev: score(sets.dev, corrector), heldout: score(sets.heldout, corrector), clean: falseAlarms(sets.clean.join('\n'), corrector), note };
  if (devCodespell !== undefined) column.devCodespell = score(devCodespell, corrector);
  if (devFortunes !== undefined) column.devFortunes = score(devFortunes, corrector);
  return column;
}

/** Every word an engine will be asked about, so that a batch engine (aspell) answers them in one go. */
function allWords(sets: ReturnType<typeof sentenceSets>): string[] {
  const texts = [...sets.dev, ...sets.heldout].flatMap((sample: Sample) => [sample.clean, sample.corrupted]).concat(sets.clean);
  return [...new Set(texts.flatMap((text) => [...wordSpans(text)].map((span) => span.text)))];
}

let loaded: { model: Model; context: SpellContext } | undefined;
function textops(): { model: Model; context: SpellContext } {
  if (loaded === undefined) {
    const model = loadWordModel(join(root, 'data'));
    prepareSpelling(model);
    loaded = { model, context: loadSpellContext(model, join(root, 'data', 'bigrams.txt')) };
  }
  return loaded;
}

describe('sentence-level spelling benchmark', () => {
  const sets = sentenceSets(root);
  const devCodespell = devCodespellSet(root);
  const devFortunes = devFortunesSet(root);

  it('measures textops in context beside the peers applied word by word', { timeout: 900_000 }, async () => {
    const { model, context } = textops();
    const columns: Column[] = [
      measureColumn(`${SPELL_ENGINE} (context)`, (text) => correct(text, model, DEFAULT_SPELL_OPTIONS, context).text, sets, undefined, devCodespell, devFortunes),
      measureColumn('textops word by word (no context)', (text) => correct(text, model).text, sets, undefined, devCodespell, devFortunes),
    ];
    // norvig-js corrects ~30 unknown words a second, so it runs every 10th sentence of each set.
    const slowSets = { dev: everyNth(sets.dev, 10), heldout: everyNth(sets.heldout, 10), clean: sets.clean };
    for (const engine of SPELL_ENGINES.filter((candidate) => candidate.name !== 'textops')) {
      const corrector = await engine.load(root);
      const slow = engine.name === 'norvig-js';
      corrector.prepare?.(allWords(sets));
      columns.push(measureColumn(engine.name, wordByWord(corrector), slow ? slowSets : sets, slow ? 'every 10th sentence' : undefined));
    }
    console.log(`\n${table(columns)}\n\nclean-text false alarms of textops: ${columns[0]?.clean.examples.join(', ') || 'none'}\n`);
    const [ours, , ...peers] = columns;
    assert.ok(ours, 'textops has a column');
    assert.ok(ours.heldout.fixed / ours.heldout.nonwords >= 0.9, 'textops fixes at least 90% of the held-out non-word errors in context');
    assert.ok(ours.dev.realWordFixed / ours.dev.realWords >= 0.5, 'textops fixes at least half of the dev confusion swaps');
    for (const peer of peers) {
      assert.ok(ours.heldout.fixed / ours.heldout.nonwords > peer.heldout.fixed / peer.heldout.nonwords, `textops trails ${peer.name} on held-out fixes`);
      assert.ok(ours.heldout.falseAlarms / ours.heldout.cleanWords <= peer.heldout.falseAlarms / peer.heldout.cleanWords, `textops has more false alarms than ${peer.name}`);
    }
  });

  it('shows what each new part is worth on dev and held-out', () => {
    const { model, context } = textops();
    const plain = loadSpellContext(model, join(root, 'data', 'bigrams.txt'), { classLift: false });
    const uncapped = loadSpellContext(model, join(root, 'data', 'bigrams.txt'), { classLift: true, unkeptCap: false });
    const twiceOnly = loadSpellContext(model, join(root, 'data', 'bigrams.txt'), { classLift: true, oncePairs: false });
    const variants: [string, SpellOptions, SpellContext | undefined][] = [
      ['full (context, real-word, names, lexicon)', DEFAULT_SPELL_OPTIONS, context],
      ['without the context ranking (μ = 0)', { ...DEFAULT_SPELL_OPTIONS, contextWeight: 0 }, context],
      ['without the class lift', DEFAULT_SPELL_OPTIONS, plain],
      ['without the cap on unseen pairs', DEFAULT_SPELL_OPTIONS, uncapped],
      ['without the once-seen pairs (data/bigrams-once.txt)', DEFAULT_SPELL_OPTIONS, twiceOnly],
      ['without the pairs only WordNet\'s glosses have (data/gloss-pairs.bin, β = 0)', { ...DEFAULT_SPELL_OPTIONS, glossShare: 0 }, context],
      ['without ν for the word after a candidate the corpus never saw before a word (unpairedAfter = 0, textops-spell/9)', { ...DEFAULT_SPELL_OPTIONS, unpairedAfter: 0 }, context],
      ['without the skeleton\'s matches beside a far or rare guess within distance 2 (σ = −∞, textops-spell/9)', { ...DEFAULT_SPELL_OPTIONS, skeletonBelow: -Infinity }, context],
      ['with the first-letter penalty on a first letter typed as the key beside it (firstNearKey = 0.5, textops-spell/9)', { ...DEFAULT_SPELL_OPTIONS, costs: { ...DEFAULT_SPELL_OPTIONS.costs, firstNearKey: DEFAULT_SPELL_OPTIONS.costs.firstLetter } }, context],
      ['without shrinking the word after\'s evidence for a rarely seen candidate (afterPseudoCount m = 0, textops-spell/10)', { ...DEFAULT_SPELL_OPTIONS, afterPseudoCount: 0 }, context],
      ['the word after\'s evidence shrunk with m = 30 / 300 pseudo-counts (rejected on dev): m = 30', { ...DEFAULT_SPELL_OPTIONS, afterPseudoCount: 30 }, context],
      ['… m = 300', { ...DEFAULT_SPELL_OPTIONS, afterPseudoCount: 300 }, context],
      ['without the repeated pair as one slip (repeatPair = ∞: `traditition` as two extra letters, textops-spell/10)', { ...DEFAULT_SPELL_OPTIONS, costs: { ...DEFAULT_SPELL_OPTIONS.costs, repeatPair: Infinity } }, context],
      ['without the second pass (right neighbours as typed)', { ...DEFAULT_SPELL_OPTIONS, rightGuesses: false }, context],
      ['without real-word fixes (T = ∞)', { ...DEFAULT_SPELL_OPTIONS, realWordThreshold: Infinity }, context],
      ['real-word threshold T = 4 (rejected: more false alarms)', { ...DEFAULT_SPELL_OPTIONS, realWordThreshold: 4 }, context],
      ['without the names policy', { ...DEFAULT_SPELL_OPTIONS, names: false }, context],
      ['without keeping lexicon words (θ = −∞)', { ...DEFAULT_SPELL_OPTIONS, lexiconKeep: -Infinity }, context],
      ['without the curated dictionary (θ_d = −∞)', { ...DEFAULT_SPELL_OPTIONS, dictionaryKeep: -Infinity }, context],
      ['without keeping compounds', { ...DEFAULT_SPELL_OPTIONS, compounds: false }, context],
      ['without the score floor (minScore = −∞)', { ...DEFAULT_SPELL_OPTIONS, minScore: -Infinity }, context],
      ['without keeping unknown words after words mostly followed by unknown ones (ρ = ∞)', { ...DEFAULT_SPELL_OPTIONS, unknownAfterKeep: Infinity }, context],
      ['without the floor for words cut off from their neighbours (minScoreAlone = −∞, textops-spell/4)', { ...DEFAULT_SPELL_OPTIONS, minScoreAlone: -Infinity }, context],
      ['without leaving notation alone (spell/notation.ts: `**zg`)', { ...DEFAULT_SPELL_OPTIONS, notation: false }, context],
      ['without judging sentence-initial words whose best guess is a name as names (data/proper-names.txt)', { ...DEFAULT_SPELL_OPTIONS, sentenceStartNames: false }, context],
      ['without leaving common census names alone (R = 0)', { ...DEFAULT_SPELL_OPTIONS, censusRank: 0 }, context],
      ['with a Capitalised word before as context (namesAsContext, textops-spell/7)', { ...DEFAULT_SPELL_OPTIONS, namesAsContext: true }, context],
      ['without leaving listed words between names alone (nameParticles)', { ...DEFAULT_SPELL_OPTIONS, nameParticles: false }, context],
      ['without leaving disputed low-scoring guesses alone (uncertainShare = 0)', { ...DEFAULT_SPELL_OPTIONS, uncertainShare: 0 }, context],
      ['without the floor on the replacement\'s probability in its slot (π = −∞, textops-spell/9)', { ...DEFAULT_SPELL_OPTIONS, minContextualPrior: -Infinity }, context],
      ['that floor at π = 4 (rejected: one held-out false alarm for one fix)', { ...DEFAULT_SPELL_OPTIONS, minContextualPrior: 4 }, context],
      ['without reading a final apostrophe as an elision (trailingElisions: `ol\'`, `nuthin\'`; textops-spell/10)', { ...DEFAULT_SPELL_OPTIONS, trailingElisions: false }, context],
      ['without the higher floor for a short Capitalised word cut off at a sentence start (minScoreStartAlone = −∞, textops-spell/10)', { ...DEFAULT_SPELL_OPTIONS, minScoreStartAlone: -Infinity }, context],
      ['without the run\'s end as a real-word change\'s right neighbour (runEndEvidence: `read too.`, textops-spell/12)', { ...DEFAULT_SPELL_OPTIONS, runEndEvidence: false }, context],
      ['without reading hyphenated parts as parts (hyphenNames, hyphenPrefixes = 0, hyphenPlurals: `Bel-Shamharoth`, `mis-spawned`, `eleven-year-olds`; textops-spell/12)', { ...DEFAULT_SPELL_OPTIONS, hyphenNames: false, hyphenPrefixes: 0, hyphenPlurals: false }, context],
      ['without leaving -est and -eth forms of known verbs alone (archaicBaseCount = 0: `requireth`, `goest`; textops-spell/12)', { ...DEFAULT_SPELL_OPTIONS, archaicBaseCount: 0 }, context],
      ['without leaving foreign and text-speak sentences alone (denseUnknowns = 0: `Ubi non accusator, ibi non judex.`; textops-spell/13)', { ...DEFAULT_SPELL_OPTIONS, denseUnknowns: 0 }, context],
      ['… that rule without its confidence test (denseConfidence = 1.01: a sentence mostly of slips is left too)', { ...DEFAULT_SPELL_OPTIONS, denseConfidence: 1.01 }, context],
      ['without keeping `than` after a comparative in its sentence (thanShare = 0: `rather …, than why`; textops-spell/13)', { ...DEFAULT_SPELL_OPTIONS, thanShare: 0 }, context],
      ['without leaving a closed compound written apart alone (openedCompounds: `tragi-comedy`; textops-spell/13)', { ...DEFAULT_SPELL_OPTIONS, openedCompounds: false }, context],
      ['no context model at all (textops-spell/1 behaviour)', DEFAULT_SPELL_OPTIONS, undefined],
    ];
    // The word model without its spelling-only words (data/dictionary-extra.txt as candidates, model.ts), with its own context tables.
    const counted: Model = { counts: model.counts, total: model.total, maxWordLength: model.maxWordLength, words: model.words };
    const countedContext = loadSpellContext(counted, join(root, 'data', 'bigrams.txt'));
    const lines = [
      '| variant | dev fixed | dev 2 fixed | dev real-word | dev false alarms /1k (raw; source misspellings not counted) | dev 3 fixed | dev 3 false alarms /1k (raw; not counted) | held-out fixed | held-out real-word | held-out false alarms /1k (raw; not counted) | clean /1k |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    const rows: [string, SpellOptions, SpellContext | undefined, Model][] = variants.map(([name, options, ctx]) => [name, options, ctx, model]);
    rows.splice(1, 0, ['without the spelling-only words (textops-spell/5)', DEFAULT_SPELL_OPTIONS, countedContext, counted]);
    const results = rows.map(([name, options, ctx, words]) => {
      const column = measureColumn(name, (text) => correct(text, words, options, ctx).text, sets, undefined, devCodespell, devFortunes);
      const { dev, heldout, clean } = column;
      const dev2 = column.devCodespell!; // measured: devCodespell was passed
      const dev3 = column.devFortunes!; // measured: devFortunes was passed
      lines.push(
        `| ${name} | ${percent(dev.fixed, dev.nonwords)} | ${percent(dev2.fixed, dev2.nonwords)} | ${percent(dev.realWordFixed, dev.realWords)} | ${perThousand(dev.falseAlarms, dev.cleanWords)}; ${perThousand(dev.falseAlarms - dev.sourceMisspellingsChanged, dev.cleanWords)} | ${percent(dev3.fixed, dev3.nonwords)} | ${perThousand(dev3.falseAlarms, dev3.cleanWords)}; ${perThousand(dev3.falseAlarms - dev3.sourceMisspellingsChanged, dev3.cleanWords)} | ${percent(heldout.fixed, heldout.nonwords)} | ${percent(heldout.realWordFixed, heldout.realWords)} | ${perThousand(heldout.falseAlarms, heldout.cleanWords)}; ${perThousand(heldout.falseAlarms - heldout.sourceMisspellingsChanged, heldout.cleanWords)} | ${perThousand(clean.changed, clean.words)} |`,
      );
      return column;
    });
    console.log(`\n${lines.join('\n')}\n`);
    const full = results[0];
    const noContext = results.at(-1); // the last row: no context model at all
    assert.ok(full && noContext);
    assert.ok(full.heldout.fixed > noContext.heldout.fixed, 'the context ranking helps on held-out');
  });

  it('measures both sides of the names policy: capitalised slips fixed, names left alone', () => {
    const { model, context } = textops();
    const capitalised = new Set(parseCapitalised(readFileSync(join(root, 'data', 'capitalised.txt'), 'utf8')));
    const wrongsOf = new Map<string, string>();
    for (const { wrong, right } of [...loadWikipediaSet(), ...loadTyposSet(1)]) if (capitalised.has(right) && !wrongsOf.has(right)) wrongsOf.set(right, wrong);
    const sentences = [...sets.dev, ...sets.heldout].map((sample) => sample.clean).concat(sets.clean);
    const lines = ['| names policy | capitalised slips fixed | Capitalised unknown words changed mid-sentence in clean text |', '|---|---|---|'];
    for (const names of [true, false]) {
      const options = { ...DEFAULT_SPELL_OPTIONS, names };
      let slips = 0;
      let fixed = 0;
      let unknownNames = 0;
      let changedNames = 0;
      for (const sentence of sentences) {
        const spans = [...wordSpans(sentence)];
        const output = correct(sentence, model, options, context);
        for (const span of spans) {
          if (span.sentenceStart || !/^[A-Z][a-z]/.test(span.text) || model.counts.has(span.text.toLowerCase())) continue;
          unknownNames++;
          if (output.changes.some((change) => change.offset === span.offset)) changedNames++;
        }
        const target = spans.find((span) => !span.sentenceStart && /^[A-Z][a-z]+$/.test(span.text) && wrongsOf.has(span.text.toLowerCase()));
        if (target === undefined) continue;
        const wrong = wrongsOf.get(target.text.toLowerCase()) as string;
        const typed = sentence.slice(0, target.offset) + wrong.charAt(0).toUpperCase() + wrong.slice(1) + sentence.slice(target.offset + target.text.length);
        slips++;
        if (correct(typed, model, options, context).changes.some((change) => change.offset === target.offset && change.replacement === target.text)) fixed++;
      }
      lines.push(`| ${names ? 'on (default)' : 'off (names left alone)'} | ${percent(fixed, slips)} (${fixed} of ${slips}) | ${percent(changedNames, unknownNames)} (${changedNames} of ${unknownNames}) |`);
    }
    console.log(`\n${lines.join('\n')}\n`);
  });

  it('bounds the worst case: 20,000 characters of distinct unknown short words, with context on', () => {
    const { model, context } = textops();
    const prose = readFileSync(join(root, 'bench', 'data', 'space-heldout.txt'), 'utf8').slice(0, 20_000);
    const cases: [string, string][] = [
      ['normal prose (20,000 characters of held-out sentences)', prose],
      ['distinct unknown 2- and 3-letter words', worstText(model, 'abcdefghijklmnopqrstuvwxyz', [2, 3])],
      ['distinct unknown 4- and 5-letter words of common letters', worstText(model, 'etaoinsrh', [4, 5])],
    ];
    const times = cases.map(([, text]) => medianMs(() => correct(text, model, DEFAULT_SPELL_OPTIONS, context)));
    const lines = ['| 20,000 characters of | median ms (context on) | × prose |', '|---|---|---|'];
    const [proseMs = NaN] = times;
    cases.forEach(([name], k) => lines.push(`| ${name} | ${times[k]?.toFixed(1)} | ${((times[k] ?? NaN) / proseMs).toFixed(1)} |`));
    console.log(`\n${lines.join('\n')}\n`);
    for (const time of times.slice(1)) assert.ok(time <= 40 * proseMs, `a worst-case text took ${time.toFixed(0)} ms, over 40 × prose (${proseMs.toFixed(1)} ms)`);
  });
});

/** Distinct unknown words of the given lengths over `letters`, shuffled deterministically, up to 20,000 characters. */
function worstText(model: Model, letters: string, lengths: readonly number[]): string {
  const words: string[] = [];
  const extend = (prefix: string): void => {
    if (lengths.includes(prefix.length) && !model.counts.has(prefix)) words.push(prefix);
    if (prefix.length < Math.max(...lengths)) for (const letter of letters) extend(prefix + letter);
  };
  extend('');
  let seed = 1;
  for (let i = words.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [words[i], words[j]] = [words[j]!, words[i]!]; // j <= i < words.length
  }
  let text = '';
  for (const word of words) {
    if (text.length + word.length + 1 > 20_000) break;
    text += `${word} `;
  }
  return text;
}

function medianMs(run: () => void): number {
  run();
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3]!; // the fourth of seven
}

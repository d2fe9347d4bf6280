// Spelling benchmark: textops beside its npm peers, each measured in a fresh process in one run.
//
// Sets (bench/spell-sets.ts): Norvig's dev set (tuned on), Wikipedia's common misspellings (held out;
// used only to confirm changes made for the dev set), cspell's typo list (held out, never tuned on).
// The slow peers run evenly spread subsets, and textops runs the same subsets so columns compare.
// Prints the Markdown table recorded in bench/RESULTS.md. Run: npm run bench
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { describe, it } from 'node:test';
import type { EngineFigures } from './spell-measure.ts';
import { SPELL_ENGINES } from './peers/spell-engines.ts';
import { ablation, formatAblation } from './spell-ablation.ts';

const measureScript = new URL('./spell-measure.ts', import.meta.url).pathname;

/** Runs bench/spell-measure.ts for one engine in a child process and parses its JSON line. */
function measure(engine: string): EngineFigures {
  const output = execFileSync(process.execPath, [measureScript, engine], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').at(-1) as string) as EngineFigures;
}

function rate(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

/** The results as a Markdown table, one column per engine. */
function table(results: readonly EngineFigures[]): string {
  const sets = Object.keys(results[0]?.accuracy ?? {});
  const cell = (figures: EngineFigures, set: string): string => {
    const score = figures.accuracy[set];
    return score === undefined ? '—' : `${score.percent.toFixed(1)}% (n=${score.n})`;
  };
  const inText = (figures: EngineFigures, set: string): string => {
    const score = figures.accuracyInText?.[set];
    return score === undefined ? '—' : `${score.percent.toFixed(1)}% (n=${score.n})`;
  };
  const rows: string[][] = [
    ...sets.map((set) => [`top-1 accuracy, ${set}`, ...results.map((figures) => cell(figures, set))]),
    ...Object.keys(results[0]?.accuracyInText ?? {}).map((set) => [`same, through correct() with context (word alone), ${set}`, ...results.map((figures) => inText(figures, set))]),
    ['misspelled words/s (1 core, warm)', ...results.map((figures) => rate(figures.misspelledPerSecond))],
    ['misspelled words/s in running text, context on', ...results.map((figures) => (figures.misspelledInContextPerSecond === undefined ? '—' : rate(figures.misspelledInContextPerSecond)))],
    ['known words/s', ...results.map((figures) => rate(figures.knownPerSecond))],
    ['10,000-word text, 5% typos, context on (ms)', ...results.map((figures) => (figures.text10kMs === undefined ? '—' : figures.text10kMs.toFixed(1)))],
    ['load time (ms)', ...results.map((figures) => figures.loadMs.toFixed(0))],
    ['heap after load (MB)', ...results.map((figures) => figures.heapMB.toFixed(1))],
    ['typed arrays after load (MB)', ...results.map((figures) => Math.max(0, figures.externalMB).toFixed(1))],
  ];
  const header = `| | ${results.map((figures) => figures.engine).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The machine line recorded with the table. */
function machine(): string {
  const model = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

describe('spelling benchmark', () => {
  it('measures textops and its peers side by side', { timeout: 600_000 }, () => {
    const results = SPELL_ENGINES.map((engine) => measure(engine.name));
    console.log(`\n${machine()}\n\n${table(results)}\n`);
    const [textops, ...peers] = results;
    assert.ok(textops, 'textops is measured');
    assert.ok((textops.accuracy.dev?.percent ?? 0) >= 80, 'textops must stay at or above 80% on the dev set');
    for (const peer of peers) {
      for (const set of Object.keys(peer.accuracy)) {
        assert.ok((textops.accuracy[set]?.percent ?? 0) >= (peer.accuracy[set]?.percent ?? 0), `textops trails ${peer.engine} on ${set}`);
      }
    }
  });

  it('shows what each part of the error model is worth', () => {
    const result = ablation(new URL('..', import.meta.url).pathname);
    console.log(`\n${formatAblation(result)}\n`);
    const full = result.rows[0]?.percents ?? [];
    const norvig = result.rows.at(-1)?.percents ?? [];
    full.forEach((percent, set) => assert.ok(percent > (norvig[set] ?? Infinity), `the error model does not beat Norvig's ordering on ${result.sets[set]}`));
  });
});

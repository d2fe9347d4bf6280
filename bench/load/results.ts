/**
 * Turning load results into the "## Load" section of bench/RESULTS.md: the command, the machine,
 * the date, a row per route with its target, and the event-loop comparison. Only that section is
 * replaced; the rest of the file (other engineers' sections) is left as it is.
 */
import { cpus } from 'node:os';
import type { DriveResult } from './drive.ts';

export interface RouteRow {
  route: string;
  load: string;
  result: DriveResult;
  /** Requests/s and p99 (ms) the route must reach (p99 may be unset); unset for a row measured for comparison. */
  target?: { rps: number; p99Ms?: number };
  /** Records the database gained for this route versus 2xx answers, when it saves. */
  saved?: { records: number; acknowledged: number };
}

export interface InterferenceRow {
  setting: string;
  /** One result per repetition (settings are interleaved, so machine noise spreads over all of them). */
  runs: DriveResult[];
}

const LOAD_HEADING = '## Load (`npm run bench:load`)';

function meets(row: RouteRow): string {
  if (row.target === undefined) return '—';
  const met = row.result.requestsPerSecond >= row.target.rps && (row.target.p99Ms === undefined || row.result.latencyMs.p99 <= row.target.p99Ms);
  return met ? 'yes' : '**no**';
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The markdown body of the Load section. */
export function loadSection(rows: readonly RouteRow[], interference: readonly InterferenceRow[], notes: readonly string[]): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    LOAD_HEADING,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:load\` on ${cpus().length} cores (${cpu}), node ${process.version},`,
    'server `serve all` on MariaDB (a fresh database, 100,000 seeded records), autocannon in a second process on loopback.',
    '',
    '| route | load | req/s | p50 ms | p99 ms | max ms | errors / non-2xx | saved / acknowledged | target | met |',
    '|---|---|---:|---:|---:|---:|---|---|---|---|',
    ...rows.map((row) => {
      const r = row.result;
      const target = row.target === undefined ? '(comparison)' : `≥ ${row.target.rps} req/s${row.target.p99Ms === undefined ? '' : `, p99 ≤ ${row.target.p99Ms} ms`}`;
      const saved = row.saved === undefined ? '—' : `${row.saved.records} / ${row.saved.acknowledged}`;
      return `| ${row.route} | ${row.load} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.errors + r.timeouts} / ${r.non2xx} | ${saved} | ${target} | ${meets(row)} |`;
    }),
    '',
    'A 20,000-character spelling request, sent back to back, beside small requests (50-word `POST /api/spell` at a fixed rate):',
    '',
    `Medians of ${interference[0]?.runs.length ?? 0} interleaved runs; the p99 of each run in brackets.`,
    '',
    '| setting | small req/s | small p50 ms | small p99 ms | small max ms | large requests done | large median ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...interference.map((row) => {
      const of = (pick: (r: DriveResult) => number) => median(row.runs.map(pick));
      const p99s = row.runs.map((r) => r.latencyMs.p99).join(', ');
      const large = row.runs.flatMap((r) => r.sidecarMs);
      return `| ${row.setting} | ${of((r) => r.requestsPerSecond)} | ${of((r) => r.latencyMs.p50)} | ${of((r) => r.latencyMs.p99)} [${p99s}] | ${of((r) => r.latencyMs.max)} | ${large.length} | ${median(large)} |`;
    }),
    '',
    ...notes,
  ];
  return lines.join('\n').trimEnd() + '\n';
}

/** `markdown` with its Load section replaced by `section` (appended when absent). */
export function replaceLoadSection(markdown: string, section: string): string {
  const start = markdown.indexOf('## Load');
  if (start === -1) return markdown.trimEnd() + '\n\n' + section;
  const next = markdown.indexOf('\n## ', start + 1);
  const rest = next === -1 ? '' : markdown.slice(next + 1);
  return markdown.slice(0, start) + section + (rest === '' ? '' : '\n' + rest);
}

/**
 * Where the time goes: `node bench/load/profile-summary.ts <file.cpuprofile> [top]` prints the
 * functions with the most self time in a V8 CPU profile (from `LOAD_CPU_PROF=<dir> npm run
 * bench:load`, or `node --cpu-prof`), as a share of all samples, with their source location.
 * Idle time and garbage collection are listed too, so a profile that is mostly idle says so.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Self-sample counts per function (name + location), most first. */
export function selfTimes(profile: CpuProfile): Array<{ name: string; samples: number; share: number }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    const where = frame === undefined ? '?' : `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^file:\/\/.*?\/(node_modules|src|bench)\//, '$1/')}:${frame.lineNumber + 1}`;
    counts.set(where, (counts.get(where) ?? 0) + 1);
  }
  const total = profile.samples.length;
  return [...counts].map(([name, samples]) => ({ name, samples, share: samples / total })).sort((a, b) => b.samples - a.samples);
}

const [file, top = '25'] = process.argv.slice(2);
if (file !== undefined) {
  const rows = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  for (const row of rows.slice(0, Number(top))) console.log(`${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
}

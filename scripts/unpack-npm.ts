// Fetches one pinned npm package as a tarball and unpacks it under bench/.peers/ (gitignored).
//
// For packages whose files a build or a benchmark reads but the app never imports, and which are too
// large, or whose install is broken, to be dev dependencies: `npm pack` fetches the exact published
// version through the ordinary npm client, so the files read are always the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where `name@version` is unpacked (its `package/` folder), under the repository root. */
export function unpackedDir(root: string, name: string, version: string): string {
  return join(root, 'bench', '.peers', `${name.replace(/^@/, '').replace('/', '-')}-${version}`, 'package');
}

/** Unpacks `name@version` unless `marker` (a file inside it) is already there; returns its directory. */
export function ensureUnpacked(root: string, name: string, version: string, marker: string): string {
  const dir = unpackedDir(root, name, version);
  if (existsSync(join(dir, marker))) return dir;
  const parent = join(dir, '..');
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', parent], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', join(parent, tarball.split('\n').at(-1) as string), '-C', parent]);
  return dir;
}

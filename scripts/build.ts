/**
 * `node scripts/build.ts [outdir]`: bundles the app into dist/ for the container image:
 * dist/textops.mjs (src/main.ts and everything it imports), dist/engine-worker.mjs (the engines' worker
 * thread, src/engines/worker.ts, which src/engines/pool.ts starts by that name when running from the
 * bundle), dist/sqlite-writer.mjs and dist/sqlite-checkpoint.mjs (the SQLite store's writer and
 * checkpointer threads, src/db/sqlite-*-thread.ts, started the same way by src/db/sqlite-writer.ts)
 * and dist/assets/ (the stylesheet and icon that src/http/assets.ts reads beside itself).
 *
 * Why a bundle: the image then carries plain JavaScript instead of src/ and the TypeScript toolchain.
 * The two runtime dependencies (`mysql2`, `@google-cloud/translate`) stay external and come from the
 * image's production node_modules: they load optional and dynamic pieces that a bundler should not
 * rewrite. They are CommonJS, and an ES module bundle has no `require`, so a banner defines one with
 * `createRequire`. dist/ sits one level below the project root, as src/ does, so the app's
 * `new URL('../data/', import.meta.url)` finds data/ from both.
 */
import { build } from 'esbuild';
import type { BuildResult } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The runtime dependencies left out of the bundle (they must be installed next to it). */
export const EXTERNAL_PACKAGES = ['mysql2', '@google-cloud/translate', '@aws-sdk/client-secrets-manager'];

/** Output name (without .mjs) -> entry module, relative to the project root. */
export const ENTRY_POINTS: Record<string, string> = {
  textops: 'src/main.ts',
  'engine-worker': 'src/engines/worker.ts',
  'sqlite-writer': 'src/db/sqlite-writer-thread.ts',
  'sqlite-checkpoint': 'src/db/sqlite-checkpoint-thread.ts',
};

/** Static files read at run time relative to their module, copied to the same place under outdir. */
export const ASSET_DIRS: Record<string, string> = { assets: 'src/http/assets' };

const REQUIRE_BANNER =
  "import { createRequire as __textopsCreateRequire } from 'node:module'; const require = __textopsCreateRequire(import.meta.url);";

/** Empties outdir, bundles each entry point into `<outdir>/<name>.mjs` and copies the assets. */
export async function bundle(root: string = projectRoot, outdir: string = join(root, 'dist')): Promise<BuildResult> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, join(root, file)])),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_BANNER },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const [target, source] of Object.entries(ASSET_DIRS)) {
    cpSync(join(root, source), join(outdir, target), { recursive: true });
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outdir = process.argv[2] ? join(process.cwd(), process.argv[2]) : undefined;
  // esbuild has already printed each error with its source line; the stack trace would add nothing.
  await bundle(projectRoot, outdir).catch(() => {
    process.exitCode = 1;
  });
}

/**
 * Reads the Dockerfile into stages and replays them without Docker, for the tests.
 *
 * No Docker engine runs here, so the image is rebuilt as folders: each stage gets a scratch folder that
 * stands for its WORKDIR; `COPY src dest` copies from the build context (honouring .dockerignore) and
 * `COPY --from=stage /abs/path dest` from that stage's folder (copies of a bare base image's system
 * files are skipped: the replay uses this machine's Node); `RUN` lines run with bash in the stage's
 * folder, with one substitution: a plain `npm ci` (the full dev install) links the checkout's own
 * node_modules, which `make install` keeps equal to package-lock.json. `npm ci --omit=dev` and every
 * other command run as written, so the production install, the trimming and the bundle are the real ones.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction } from 'dockerfile-ast';

export interface Step {
  keyword: string;
  /** Flags such as `from=deps` or `chown=node:node`, by name. */
  flags: Map<string, string>;
  /** Arguments after the flags, continuation lines joined. */
  text: string;
  /** Whitespace-separated arguments (shell form). */
  args: string[];
  /** 0-based line of the instruction. */
  line: number;
}

export interface Stage {
  name: string;
  /** The image, with global ARG defaults (`ARG X=… ` before the first FROM) substituted. */
  image: string;
  /** The FROM line's --platform flag, if any (e.g. `$BUILDPLATFORM`). */
  platform: string | undefined;
  steps: Step[];
}

/** The ARG defaults declared before the first FROM, which FROM lines may use. */
export function globalArgs(source: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const instruction of DockerfileParser.parse(source).getInstructions()) {
    if (instruction.getKeyword() === 'FROM') break;
    if (instruction.getKeyword() !== 'ARG') continue;
    const [name = '', ...value] = (instruction.getArgumentsContent() ?? '').split('='); // split yields a first part
    args[name.trim()] = value.join('=').trim();
  }
  return args;
}

/** Splits a Dockerfile into stages of steps. */
export function readStages(source: string): Stage[] {
  const stages: Stage[] = [];
  const args = globalArgs(source);
  for (const instruction of DockerfileParser.parse(source).getInstructions()) {
    const step = toStep(instruction);
    if (step.keyword === 'FROM') {
      const [image, as, name] = step.args;
      if (image === undefined) throw new Error('FROM without an image');
      const resolved = image.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced: string | undefined, bare: string | undefined) => args[braced ?? bare ?? ''] ?? whole);
      stages.push({ name: as?.toUpperCase() === 'AS' && name !== undefined ? name : String(stages.length), image: resolved, platform: step.flags.get('platform'), steps: [] });
    } else {
      stages.at(-1)?.steps.push(step);
    }
  }
  return stages;
}

function toStep(instruction: Instruction): Step {
  const withFlags = instruction as Instruction & { getFlags?: () => Array<{ getName(): string; getValue(): string | null }> };
  const flags = new Map((withFlags.getFlags?.() ?? []).map((f) => [f.getName(), f.getValue() ?? '']));
  return {
    keyword: instruction.getKeyword(),
    flags,
    text: instruction.getArgumentsContent() ?? '',
    args: instruction.getArguments().map((a) => a.getValue()),
    line: instruction.getRange().start.line,
  };
}

/** The exec-form JSON array of an ENTRYPOINT, CMD or `HEALTHCHECK … CMD [...]` step. */
export function execForm(step: Step): string[] {
  return JSON.parse(step.text.slice(step.text.indexOf('[')));
}

/** Environment variables set by ENV steps (`ENV A=1 B=2` form). */
export function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const step of stage.steps.filter((s) => s.keyword === 'ENV')) {
    for (const pair of step.args) env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
  }
  return env;
}

/** True when the build context sends this path, by .dockerignore rules (last matching rule wins). */
export function isInContext(path: string, dockerignore: string): boolean {
  let included = true;
  for (const raw of dockerignore.split('\n').map((l) => l.trim())) {
    if (raw === '' || raw.startsWith('#')) continue;
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).replace(/\/$/, '');
    // `**/` is any number of folders, none included; `*` and `?` stay within one path segment.
    const source = pattern
      .split('**/')
      .map((part) => part.split('**').map(segmentPattern).join('.*'))
      .join('(?:.*/)?');
    // A rule for a folder covers everything inside it.
    if (new RegExp(`^${source}(/.*)?$`).test(path.replace(/\/$/, ''))) included = negated;
  }
  return included;
}

function segmentPattern(glob: string): string {
  return glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
}

/** Every file under dir, as paths relative to it (symbolic links are not followed). */
export function filesUnder(dir: string, base: string = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return lstatSync(full).isDirectory() ? filesUnder(full, base) : [relative(base, full)];
  });
}

/** Replays every stage into scratch/<stage name>; returns the folder of each stage's WORKDIR. */
export function replayStages(stages: Stage[], context: string, scratch: string, env: NodeJS.ProcessEnv): Map<string, { dir: string; workdir: string }> {
  const done = new Map<string, { dir: string; workdir: string }>();
  const dockerignore = readFileSync(join(context, '.dockerignore'), 'utf8');
  for (const stage of stages) {
    const dir = join(scratch, stage.name);
    mkdirSync(dir, { recursive: true });
    let workdir = '/';
    for (const step of stage.steps) {
      if (step.keyword === 'WORKDIR') workdir = posix.resolve(workdir, step.args[0] ?? '.');
      if (step.keyword === 'COPY') {
        const sources = step.args.slice(0, -1);
        const target = join(dir, step.args.at(-1)!);
        const from = step.flags.get('from');
        for (const source of sources) {
          if (from !== undefined) {
            const origin = done.get(from);
            if (!origin) throw new Error(`COPY --from=${from}: no earlier stage of that name`);
            // A stage with no steps is just the base image: its system files (the replay runs on this
            // machine's own Node and C library instead) are not rebuilt.
            if (stages.find((s) => s.name === from)!.steps.length === 0) continue;
            copyInto(join(origin.dir, posix.relative(origin.workdir, source)), target, source);
          } else {
            copyFromContext(context, source, target, dockerignore);
          }
        }
      }
      if (step.keyword === 'RUN') {
        if (/^npm ci(?![^&]*--omit=dev)/.test(step.text)) {
          if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(context, 'node_modules'), join(dir, 'node_modules'), 'dir');
        } else {
          execFileSync('bash', ['-eu', '-o', 'pipefail', '-c', step.text], { cwd: dir, env, stdio: 'pipe' });
        }
      }
    }
    done.set(stage.name, { dir, workdir });
  }
  return done;
}

/** `COPY a b/` copies a into b/ when b ends in a slash and a is a file; a folder's contents otherwise. */
function copyInto(from: string, target: string, source: string): void {
  const into = target.endsWith('/') && !lstatSync(from).isDirectory() ? join(target, posix.basename(source)) : target;
  mkdirSync(dirname(into), { recursive: true });
  cpSync(from, into, { recursive: true, verbatimSymlinks: true });
}

function copyFromContext(context: string, source: string, target: string, dockerignore: string): void {
  const from = join(context, source);
  if (!lstatSync(from).isDirectory()) return copyInto(from, target, source);
  for (const file of filesUnder(from)) {
    const path = posix.join(source.replace(/\/$/, ''), file);
    if (isInContext(path, dockerignore)) copyInto(join(context, path), join(target, file), path);
  }
}

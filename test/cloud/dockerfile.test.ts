/**
 * The Dockerfile, checked without Docker: linted with dockerfile-utils, read into stages, and held to
 * the house rules (multi-stage, official Node 24 image, non-root, production mode, a port, a health
 * check that needs no extra package, the data inside, a comment above every step), and every file it
 * copies from the build context must exist and be let through by .dockerignore.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';
import { envOf, execForm, isInContext, readStages } from './dockerfile-stages.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = readFileSync(join(root, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(join(root, '.dockerignore'), 'utf8');
const stages = readStages(source);
const runtime = stages.at(-1)!;
const stepsOf = (keyword: string) => runtime.steps.filter((s) => s.keyword === keyword);
/** The runtime stage's first step with this keyword (a failed assertion when it has none). */
const firstStepOf = (keyword: string) => {
  const [step] = stepsOf(keyword);
  assert.ok(step, `the runtime stage has a ${keyword}`);
  return step;
};

describe('Dockerfile', () => {
  it('passes the dockerfile-utils linter with no diagnostics', () => {
    assert.deepEqual(validate(source).map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
  });

  it('has build, production-dependency, base and runtime stages on the official Node 24 image, pinned by digest', () => {
    assert.deepEqual(stages.map((s) => s.name), ['build', 'deps', 'node', 'runtime']);
    for (const stage of stages.slice(0, 3)) assert.match(stage.image, /^node:24-alpine@sha256:[0-9a-f]{64}$/);
    assert.equal(new Set(stages.slice(0, 3).map((s) => s.image)).size, 1, 'one pinned image (ARG NODE_IMAGE) for every stage');
    assert.equal(runtime.image, 'scratch');
    assert.match(source, /`docker buildx imagetools inspect node:24-alpine`/, 'the Dockerfile says how to bump the digest');
  });

  it('builds on the build machine\'s platform, so a cross-build never emulates npm ci', () => {
    const { build, deps, node } = Object.fromEntries(stages.map((s) => [s.name, s]));
    assert.ok(build && deps && node, 'stages named build, deps and node');
    assert.equal(build.platform, '$BUILDPLATFORM');
    assert.equal(deps.platform, '$BUILDPLATFORM');
    assert.equal(node.platform, undefined, 'the runtime\'s files come from the target platform');
    assert.deepEqual(node.steps, [], 'nothing runs in a target-platform stage');
    assert.ok(!runtime.steps.some((s) => s.keyword === 'RUN'), 'nothing runs in the runtime stage');
  });

  it('leaves npm, corepack and yarn out of the runtime image: of /usr/local it takes node alone, and nothing of /opt', () => {
    const fromBase = stepsOf('COPY').filter((s) => s.flags.get('from') === 'node').map((s) => s.args[0] ?? '');
    assert.deepEqual(fromBase.filter((path) => path.startsWith('/usr/local') || path.startsWith('/opt') || path === '/' || path === '/usr'), ['/usr/local/bin/node']);
    assert.ok(fromBase.includes('/lib') && fromBase.includes('/usr/lib') && fromBase.includes('/etc'), 'the C library, libstdc++ and /etc/passwd come along');
  });

  it('runs as the non-root node user in production mode and exposes the port it listens on', () => {
    assert.deepEqual(stepsOf('USER').map((s) => s.text), ['node']);
    assert.equal(envOf(runtime).NODE_ENV, 'production');
    assert.deepEqual(stepsOf('EXPOSE').map((s) => s.text), [envOf(runtime).PORT]);
  });

  it('starts the bundle with a command that defaults to both services', () => {
    assert.deepEqual(execForm(firstStepOf('ENTRYPOINT')), ['node', 'dist/textops.mjs']);
    assert.deepEqual(execForm(firstStepOf('CMD')), ['serve', 'all']);
  });

  it('health-checks with node itself, trying both services\' health paths', () => {
    const command = execForm(firstStepOf('HEALTHCHECK'));
    assert.equal(command[0], 'node');
    assert.match(command.join(' '), /\/healthz/);
    assert.match(command.join(' '), /\/api\/healthz/);
    const instructions = source.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    assert.doesNotMatch(instructions, /\b(curl|wget|apk add|apt-get)\b/);
  });

  it('puts the word data inside the image, beside dist/', () => {
    const copies = stepsOf('COPY').map((s) => s.args.join(' '));
    assert.ok(copies.includes('data/ ./data/'));
    assert.ok(copies.includes('/src/dist ./dist'));
  });

  it('copies only build-context files that exist and that .dockerignore lets through', () => {
    const fromContext = stages.flatMap((stage) => stage.steps.filter((s) => s.keyword === 'COPY' && !s.flags.has('from')));
    assert.ok(fromContext.length >= 4);
    for (const step of fromContext) {
      for (const path of step.args.slice(0, -1)) {
        assert.ok(existsSync(join(root, path)), `COPY source ${path} (line ${step.line + 1}) exists`);
        assert.ok(isInContext(path, dockerignore), `.dockerignore lets ${path} through`);
      }
    }
  });

  it('copies from earlier stages only', () => {
    const seen = new Set<string>();
    for (const stage of stages) {
      for (const step of stage.steps.filter((s) => s.flags.has('from'))) assert.ok(seen.has(step.flags.get('from')!), `line ${step.line + 1}`);
      seen.add(stage.name);
    }
  });

  it('explains every step with a comment on the line above it', () => {
    const lines = source.split('\n');
    for (const step of stages.flatMap((s) => s.steps)) {
      assert.match(lines[step.line - 1] ?? '', /^#/, `line ${step.line + 1}: ${lines[step.line]}`);
    }
  });
});

describe('.dockerignore', () => {
  const cases: Array<[string, boolean]> = [
    ['package.json', true], ['src/main.ts', true], ['data/wordfreq.txt', true], ['scripts/build.ts', true],
    ['node_modules/yaml/package.json', false], ['var/textops.db', false], ['.git/config', false], ['.env', false],
    ['src/http/router.test.ts', false], ['src/config.test.ts', false], ['src/db/testing/tcp-proxy.ts', false], ['scripts/validate-cfn.ts', false], ['dist/textops.mjs', false],
  ];
  for (const [path, expected] of cases) {
    it(`${expected ? 'sends' : 'keeps out'} ${path}`, () => assert.equal(isInContext(path, dockerignore), expected));
  }
});

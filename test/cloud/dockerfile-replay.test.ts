/**
 * The image, rebuilt without Docker: the Dockerfile's stages are replayed into scratch folders (see
 * dockerfile-stages.ts): the bundle is built, the production dependencies installed with
 * `npm ci --omit=dev` and trimmed, and the runtime folder assembled from exactly what the runtime stage
 * copies. Then both services start from that folder the way ECS starts them (ENTRYPOINT + `serve home` /
 * `serve api`, the image's ENV, SQLite in var/) until their health paths answer, the image's HEALTHCHECK
 * command passes against each, and SIGTERM stops each within the 25 s the task definition allows.
 * The runtime folder's size is reported: it is the image's own layers, on top of the base image.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { envOf, execForm, filesUnder, readStages, replayStages } from './dockerfile-stages.ts';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stages = readStages(readFileSync(join(root, 'Dockerfile'), 'utf8'));
const runtime = stages.at(-1)!;
const step = (keyword: string) => runtime.steps.find((s) => s.keyword === keyword)!;
const scratch = mkdtempSync(join(tmpdir(), 'textops-image-'));
const toolEnv = {
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
  npm_config_prefer_offline: 'true',
  npm_config_loglevel: 'error',
  npm_config_update_notifier: 'false',
};
let app = '';

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls a URL until it answers 200; fails early if the process exits, or after the deadline. */
async function waitForOk(url: string, child: ChildProcess, output: () => string, deadlineMs = 90_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < deadlineMs) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before ${url} answered:\n${output()}`);
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${deadlineMs} ms:\n${output()}`);
}

/** Starts one service from the runtime folder as the image would. */
function startService(service: string, port: number): { child: ChildProcess; output: () => string } {
  const [program, ...args] = execForm(step('ENTRYPOINT'));
  assert.equal(program, 'node');
  const child = spawn(process.execPath, [...args, 'serve', service], {
    cwd: app,
    env: { PATH: toolEnv.PATH, HOME: scratch, ...envOf(runtime), PORT: String(port), DATABASE_URL: 'sqlite:./var/textops.db' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  return { child, output: () => text.slice(-4000) };
}

/** Runs the image's HEALTHCHECK command against a port; returns its exit status. */
function healthcheck(port: number): number | null {
  const [program, ...args] = execForm(step('HEALTHCHECK'));
  assert.equal(program, 'node');
  return spawnSync(process.execPath, args, { env: { PATH: toolEnv.PATH, PORT: String(port) }, timeout: 20_000 }).status;
}

/** The health check command a task definition in cloudformation/textops.yaml gives ECS. */
function taskHealthCheck(taskDefinition: string): string[] {
  const { Resources } = parseTemplate(readFileSync(join(root, 'cloudformation/textops.yaml'), 'utf8')).template as {
    Resources: Record<string, { Properties: { ContainerDefinitions: { HealthCheck: { Command: string[] } }[] } }>;
  };
  const container = Resources[taskDefinition]?.Properties.ContainerDefinitions[0];
  if (container === undefined) throw new Error(`no container in task definition ${taskDefinition}`);
  return container.HealthCheck.Command;
}

/** Runs a task definition's `CMD node -e ...` health check against a port; returns its exit status. */
function taskHealthcheck(taskDefinition: string, port: number): number | null {
  const [form, program, ...args] = taskHealthCheck(taskDefinition);
  assert.deepEqual([form, program], ['CMD', 'node']);
  return spawnSync(process.execPath, args, { env: { PATH: toolEnv.PATH, PORT: String(port) }, timeout: 20_000 }).status;
}

/** Sends SIGTERM and resolves with the exit code and how long the process took to stop. */
function stop(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const start = Date.now();
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ code, ms: Date.now() - start }));
    child.kill('SIGTERM');
  });
}

describe('the image, replayed outside Docker', { timeout: 300_000 }, () => {
  before(() => {
    const folders = replayStages(stages, root, scratch, toolEnv);
    app = folders.get(runtime.name)!.dir;
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds the bundle, the data and production dependencies only, no TypeScript sources', (t) => {
    const files = filesUnder(app);
    for (const needed of ['dist/textops.mjs', 'dist/engine-worker.mjs', 'data/wordfreq.txt', 'node_modules/mysql2/package.json']) {
      assert.ok(files.includes(needed), `${needed} is in the image`);
    }
    assert.deepEqual(files.filter((f) => f.endsWith('.ts') && !f.startsWith('node_modules/')), []);
    for (const devOnly of ['esbuild', 'typescript', 'yaml', 'dockerfile-utils']) {
      assert.ok(!files.some((f) => f.startsWith(`node_modules/${devOnly}/`)), `${devOnly} is a dev dependency`);
    }
    const bytes = (prefix: string) => files.filter((f) => f.startsWith(prefix)).reduce((sum, f) => sum + statSync(join(app, f)).size, 0);
    const mb = (n: number) => (n / 1e6).toFixed(1);
    t.diagnostic(`image layers on top of the base: ${mb(bytes(''))} MB (node_modules ${mb(bytes('node_modules/'))}, dist ${mb(bytes('dist/'))}, data ${mb(bytes('data/'))})`);
  });

  it('has production dependencies with no native addons, so installing them on the build platform serves every target', () => {
    const native = filesUnder(join(app, 'node_modules')).filter((f) => f.endsWith('.node') || f.endsWith('binding.gyp') || f.includes('/prebuilds/'));
    assert.deepEqual(native, []);
  });

  const services = [
    { service: 'home', health: '/healthz', ready: '/readyz', task: 'HomeTaskDefinition' },
    { service: 'api', health: '/api/healthz', ready: '/api/readyz', task: 'ApiTaskDefinition' },
  ] as const;
  for (const { service, health, ready, task } of services) {
    it(`starts \`serve ${service}\`, answers ${health} and ${ready}, passes HEALTHCHECK and stops on SIGTERM within 25 s`, async () => {
      const port = await freePort();
      const { child, output } = startService(service, port);
      try {
        await waitForOk(`http://127.0.0.1:${port}${health}`, child, output);
        await waitForOk(`http://127.0.0.1:${port}${ready}`, child, output);
        assert.equal(healthcheck(port), 0, 'the image HEALTHCHECK passes');
        assert.equal(taskHealthcheck(task, port), 0, `${task}'s health check passes`);
        if (service === 'api') {
          // One real request through the bundled engine worker, the word data and SQLite.
          const response = await fetch(`http://127.0.0.1:${port}/api/spell`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ text: 'speling' }),
          });
          const body = await response.text();
          assert.ok(response.ok, `${response.status} ${body}`);
          assert.equal(JSON.parse(body).processed, 'spelling', body);
        }
      } finally {
        const { code, ms } = child.exitCode === null ? await stop(child) : { code: child.exitCode, ms: 0 };
        assert.equal(code, 0, output());
        assert.ok(ms < 25_000, `stopped in ${ms} ms`);
      }
    });
  }

  it('fails the HEALTHCHECK, and both task definitions\' health checks, when nothing answers', async () => {
    const port = await freePort();
    assert.equal(healthcheck(port), 1);
    assert.equal(taskHealthcheck('HomeTaskDefinition', port), 1);
    assert.equal(taskHealthcheck('ApiTaskDefinition', port), 1);
  });
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.ts';
import type { RunningService } from '../app/serve.ts';

async function serveWith(isTTY: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'textops-cli-serve-'));
  const stdout = Object.assign(new PassThrough(), { isTTY });
  let written = '';
  stdout.on('data', (chunk) => (written += chunk));
  try {
    const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 't.db')}`, LOG_LEVEL: 'error' };
    const serving = Promise.withResolvers<RunningService>();
    const exited = runCli(['serve', 'home'], { env, stdin: new PassThrough(), stdout, stderr: new PassThrough(), onServing: serving.resolve });
    const running = await Promise.race([serving.promise, exited.then((code) => assert.fail(`serve exited with ${code} before it was serving`))]);
    await running.storeReady;
    await running.stop();
    // serve resolves once the server has stopped, with 0 after a stop that was asked for.
    assert.equal(await exited, 0);
    return written.replaceAll(String(running.port), 'PORT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run the command line in this process with captured output. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await runCli(args, { env: {}, stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: out, stderr: err };
}

describe('textops options and usage', () => {
  it('prints its version with --version', async () => {
    const { code, stdout } = await cli(['--version']);
    assert.equal(code, 0);
    assert.match(stdout, /^textops \d+\.\d+\.\d+\n$/);
  });

  it('writes the usage to stderr, not stdout, when no command is given', async () => {
    const { code, stdout, stderr } = await cli([]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /usage: textops/);
  });

  it('prints the help of spell with spell --help, and refuses an unknown option on stderr with that help', async () => {
    const help = await cli(['spell', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /usage: textops spell \[--diff \| --json\] \[FILE\.\.\.\]/);
    const bad = await cli(['spell', '--frob']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /unknown option --frob[\s\S]*usage: textops spell/);
    assert.match((await cli(['space', '--diff', '--json'])).stderr, /cannot be combined/);
  });

  it('splits the name parts of web tokens only with space --split-web-names, which spell refuses', async () => {
    const help = await cli(['space', '--help']);
    assert.match(help.stdout, /usage: textops space \[--diff \| --json\] \[--split-web-names\] \[FILE\.\.\.\]/);
    assert.match(help.stdout, /--split-web-names  also split the names in domains/);
    const bad = await cli(['spell', '--split-web-names']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown option --split-web-names/);
  });

  it('exits 1 naming a file it cannot read, before writing anything', async () => {
    const { code, stdout, stderr } = await cli(['space', '-', '/no/such/file.txt']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot read \/no\/such\/file\.txt: no such file/);
  });
});

describe('textops serve', () => {
  it('tells a person at a terminal which address to open', async () => {
    assert.equal(await serveWith(true), 'Open http://localhost:PORT/\n');
  });

  it('prints nothing extra when stdout is not a terminal (logs are for machines)', async () => {
    assert.equal(await serveWith(false), '');
  });
});

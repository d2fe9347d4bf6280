/**
 * A start that fails ends the process with its own exit code and one line on stderr saying what
 * to fix (src/app/exit-codes.ts; README "Configuration"), not a stack trace, and not a server
 * that listens and then fails later. Each case runs the real bin/textops as a child process.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedPort } from '../../src/db/testing/tcp-proxy.ts';

const BIN = fileURLToPath(new URL('../../bin/textops', import.meta.url));

interface Ended {
  code: number | null;
  stderr: string;
  logs: Record<string, unknown>[];
}

/** Run `textops serve home` with these variables until it exits by itself (killed after 30 s). */
function serveUntilExit(env: Record<string, string>): Promise<Ended> {
  return runUntilExit(['serve', 'home'], env);
}

/** Run `textops <args>` with these variables until it exits by itself (killed after 30 s). */
function runUntilExit(args: readonly string[], env: Record<string, string>): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      const logs = stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, stderr, logs });
    });
  });
}

/** The one line written to stderr (fails when there is none, or more than one). */
function onlyLine(stderr: string): string {
  const lines = stderr.split('\n');
  assert.equal(lines.at(-1), '', `stderr does not end with a newline: ${JSON.stringify(stderr)}`);
  assert.equal(lines.length, 2, `expected one line on stderr, got:\n${stderr}`);
  return lines[0]!;
}

describe('textops serve: a start that fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'textops-startup-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 naming DATABASE_URL when it is malformed (a MySQL URL without a user), without listening', async () => {
    const ended = await serveUntilExit({ DATABASE_URL: 'mysql://db.example/textops' });
    assert.equal(ended.code, 2);
    assert.match(onlyLine(ended.stderr), /^textops: configuration error: DATABASE_URL is invalid: the user is missing; accepted forms: /);
    assert.deepEqual(ended.logs.filter((line) => line.msg === 'listening'), []);
  });

  it('exits 3 naming the address when the port is in use', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      const ended = await serveUntilExit({ PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'in-use.db')}` });
      assert.equal(ended.code, 3);
      assert.equal(onlyLine(ended.stderr), `textops: cannot listen on 127.0.0.1:${port}: the port is in use (set PORT to a free port, or stop what listens there)`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('exits 4 naming the database when the SQLite path cannot be created, logging the failure once', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const url = `sqlite:${join(file, 'sub', 'textops.db')}`;
    const ended = await serveUntilExit({ DATABASE_URL: url });
    assert.equal(ended.code, 4);
    assert.match(onlyLine(ended.stderr), new RegExp(`^textops: cannot open the database ${url.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ENOTDIR`));
    assert.equal(ended.logs.filter((line) => line.level === 'error').length, 1, 'the failure is logged once');
  });

  it('exits 2 naming the file and DATA_DIR when the engines\' data is missing, leaving no thread behind', async () => {
    const ended = await runUntilExit(['serve', 'api'], { DATA_DIR: join(dir, 'no-data'), DATABASE_URL: `sqlite:${join(dir, 'no-data.db')}` });
    assert.equal(ended.code, 2);
    assert.match(onlyLine(ended.stderr), /^textops: cannot read the engines' data .*no-data\/wordfreq\.txt: no such file \(DATA_DIR=.*no-data\)$/);
  });

  it('exits 5 when the database never answers within DB_CONNECT_ATTEMPTS', async () => {
    const port = await closedPort();
    const ended = await serveUntilExit({ DATABASE_URL: `mysql://app:secret@127.0.0.1:${port}/textops`, DB_CONNECT_ATTEMPTS: '1' });
    assert.equal(ended.code, 5);
    const line = onlyLine(ended.stderr);
    assert.match(line, /^textops: giving up: database mysql:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/textops still unreachable after 1 attempts: /);
    assert.doesNotMatch(line, /secret/);
  });
});

describe('textops import-legacy: a store that cannot open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'textops-import-startup-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const from = ['import-legacy', '--from', 'mysql://legacy:secret@127.0.0.1:1/legacy'];

  it('exits 4 with one line naming the database when the SQLite path cannot be created', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const ended = await runUntilExit(from, { DATABASE_URL: `sqlite:${join(file, 'textops.db')}` });
    assert.equal(ended.code, 4);
    assert.match(onlyLine(ended.stderr), /^textops: cannot open the database .*a-file\/textops\.db/);
  });

  it('exits 5 with one line, and no password, when the database never answers', async () => {
    const port = await closedPort();
    const ended = await runUntilExit(from, { DATABASE_URL: `mysql://app:hunter2@127.0.0.1:${port}/textops`, DB_CONNECT_ATTEMPTS: '1' });
    assert.equal(ended.code, 5);
    const line = onlyLine(ended.stderr);
    assert.match(line, /^textops: giving up: /);
    assert.doesNotMatch(line, /hunter2/);
  });
});

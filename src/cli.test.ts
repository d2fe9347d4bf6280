import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli } from './cli.ts';
import type { RunningService } from './app/serve.ts';

async function serveWith(isTTY: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'textops-cli-serve-'));
  const stdout = Object.assign(new PassThrough(), { isTTY });
  let written = '';
  stdout.on('data', (chunk) => (written += chunk));
  let running: RunningService | undefined;
  try {
    const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 't.db')}`, LOG_LEVEL: 'error' };
    const code = await runCli(['serve', 'home'], { env, stdin: new PassThrough(), stdout, stderr: new PassThrough(), onServing: (service) => (running = service) });
    assert.equal(code, 0);
    await running?.storeReady;
    return written.replaceAll(String(running?.port), 'PORT');
  } finally {
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('textops serve', () => {
  it('tells a person at a terminal which address to open', async () => {
    assert.equal(await serveWith(true), 'Open http://localhost:PORT/\n');
  });

  it('prints nothing extra when stdout is not a terminal (logs are for machines)', async () => {
    assert.equal(await serveWith(false), '');
  });
});

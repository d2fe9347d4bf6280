/**
 * The command line as a user runs it: bin/textops as a child process.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScratchDatabases, connect, testMysqlUrl, MYSQL_SKIP_MESSAGE } from '../../src/db/testing/mysql-scratch.ts';

const BIN = fileURLToPath(new URL('../../bin/textops', import.meta.url));

function textops(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('textops spell and space', () => {
  it('corrects spelling line for line, keeping empty lines and the last line unterminated', () => {
    const { code, stdout } = textops(['spell'], 'Speling is dificult\n\nNASA at http://x.io stays\nteh end');
    assert.equal(code, 0);
    assert.equal(stdout, 'Spelling is difficult\n\nNASA at http://x.io stays\nthe end');
  });

  it('spell --json gives each change its confidence and up to three ranked alternatives', () => {
    // `few mistakes` is a pair WordNet's glosses know (data/gloss-pairs.bin), which leaves `mistake` too small a share to list.
    const { code, stdout } = textops(['spell', '--json'], 'There are mistaks\nall fine');
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.text, 'There are mistakes\nall fine');
    assert.equal(result.changes.length, 1);
    const [change] = result.changes;
    assert.deepEqual([change.offset, change.original, change.replacement], [10, 'mistaks', 'mistakes']);
    assert.ok(change.confidence > 0.5 && change.confidence <= 1);
    assert.equal(change.alternatives[0].word, 'mistake');
    assert.ok(change.alternatives.length <= 3 && change.alternatives.every((alternative: { confidence: number }) => alternative.confidence < change.confidence));
  });

  it('puts spaces back line for line', () => {
    const { code, stdout } = textops(['space'], 'thequickbrownfox\r\nhelloworld\n');
    assert.equal(code, 0);
    assert.equal(stdout, 'the quick brown fox\r\nhello world\n');
  });

  it('keeps web names whole, and splits them with space --split-web-names', () => {
    const input = 'visit expertsexchange.com for #throwbackthursday\n';
    assert.equal(textops(['space'], input).stdout, input);
    const { code, stdout } = textops(['space', '--split-web-names'], input);
    assert.equal(code, 0);
    assert.equal(stdout, 'visit experts exchange.com for #throwback thursday\n');
  });

  it('gives empty output for empty input and exits 0', () => {
    for (const command of ['spell', 'space']) {
      const { code, stdout } = textops([command], '');
      assert.equal(code, 0);
      assert.equal(stdout, '');
    }
  });

  it('exits 2 with the usage for an unknown command', () => {
    const { code, stderr } = textops(['frobnicate']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown command "frobnicate"/);
    assert.match(stderr, /usage: textops/);
  });

  it('stops with a message naming the variable when the configuration is bad', () => {
    const { code, stderr } = textops(['serve', 'all'], '', { PORT: 'eighty' });
    assert.equal(code, 2);
    assert.match(stderr, /configuration error: PORT must be a whole number/);
  });
});

describe('textops options, help and files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'textops-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the files it is given in order, - for stdin, and marks what changed with --diff', () => {
    writeFileSync(join(dir, 'a.txt'), 'Speling is dificult\n');
    const { code, stdout } = textops(['spell', '--diff', join(dir, 'a.txt'), '-'], 'fine words\n');
    assert.equal(code, 0);
    assert.equal(stdout, '[-Speling-]{+Spelling+} is [-dificult-]{+difficult+}\nfine words\n');
  });

  it('prints the text and its changes as JSON with --json', () => {
    const { code, stdout } = textops(['space', '--json'], 'helloworld');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), { text: 'hello world', changes: [{ offset: 5, original: '', replacement: ' ' }] });
    assert.ok(stdout.endsWith('}\n'));
  });

  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path) && Number(spawnSync(path, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) < 24);
  const skipOld = oldNode === undefined ? 'no Node older than 24 on this machine' : false;

  it('runs on a Node older than 24 through the Node 24 that ensure-node24 installed', { skip: skipOld }, () => {
    // A prefix laid out as ensure-node24 leaves it, holding this (Node 24) process's node.
    const prefix = join(dir, 'node24');
    mkdirSync(join(prefix, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(process.execPath, join(prefix, 'node_modules', '.bin', 'node'));
    const result = spawnSync(oldNode!, [BIN, '--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE24_PREFIX: prefix }, timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^textops \d/);
  });

  it('says in one line what to do on a Node older than 24 when no Node 24 is installed', { skip: skipOld }, () => {
    const result = spawnSync(oldNode!, [BIN, '--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE24_PREFIX: join(dir, 'none') }, timeout: 60_000 });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^textops needs Node\.js 24 or newer \(this is v\d+[^\n]*ensure-node24[^\n]*\n$/);
  });
});

describe('textops import-legacy', () => {
  const mysqlUrl = testMysqlUrl();
  const scratch = mysqlUrl === undefined ? null : new ScratchDatabases(mysqlUrl);
  const dir = mkdtempSync(join(tmpdir(), 'textops-import-'));
  after(async () => {
    await scratch?.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the original app\'s table, reports what it cannot parse, and adds nothing the second time', { skip: scratch === null ? MYSQL_SKIP_MESSAGE : false }, async () => {
    const legacyUrl = await scratch!.create();
    const legacy = await connect(legacyUrl);
    try {
      await legacy.query('CREATE TABLE preprocess (id VARCHAR(255) PRIMARY KEY, job VARCHAR(50), original_text TEXT, processed_text TEXT)');
      await legacy.query('INSERT INTO preprocess VALUES ?', [[
        ['note7-Thu Nov 26 04:27:16 2026', 'spell', 'Speling', 'Spelling'],
        ['my-tag-Fri Nov  6 10:00:00 2026', 'space', 'helloworld', 'hello world'],
        ['garbage', 'spell', 'x', 'x'],
        [`${'t'.repeat(101)}-Thu Nov 26 04:27:20 2026`, 'spell', 'a', 'a'],
        ['bell-Thu Nov 26 04:27:21 2026', 'spell', 'ring\u0007', 'ring'],
        ['blank-Thu Nov 26 04:27:22 2026', 'space', '   ', '   '],
        ['two\nlines-Thu Nov 26 04:27:23 2026', 'spell', 'a', 'a'],
      ]]);
    } finally {
      await legacy.end();
    }
    const env = { DATABASE_URL: `sqlite:${join(dir, 'imported.db')}` };
    const first = textops(['import-legacy', '--from', legacyUrl], '', env);
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stdout, /imported 2, already present 0, could not parse 5/);
    assert.match(first.stdout, /not imported: id "garbage"/);
    // What the api would refuse is refused here too: a long tag, a control character, a blank text, a tag on two lines.
    assert.match(first.stdout, /not imported: id "t{101}-.*tag \("id"\) is too long/);
    assert.match(first.stdout, /not imported: id "bell-.*U\+0007/);
    assert.match(first.stdout, /not imported: id "blank-.*original text is required/);
    assert.match(first.stdout, /not imported: id "two\\nlines-.*one line/);
    const second = textops(['import-legacy', '--from', legacyUrl], '', env);
    assert.match(second.stdout, /imported 0, already present 2, could not parse 5/);
  });

  it('exits 2 and says what it needs without --from', () => {
    const { code, stderr } = textops(['import-legacy'], '', { DATABASE_URL: `sqlite:${join(dir, 'x.db')}` });
    assert.equal(code, 2);
    assert.match(stderr, /--from mysql:/);
  });
});

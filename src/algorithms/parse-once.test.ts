import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOnce, readBigrams } from './parse-once.ts';

test('a file both engines read is parsed once, and the second reader gets the same value', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parse-once-'));
  const path = join(dir, 'bigrams.txt');
  writeFileSync(path, '# header\nthe\t*\t5\nthe\tcat\t3\n');
  const first = readBigrams(path);
  const second = readBigrams(path);
  assert.equal(second, first);
  assert.equal(first.pairs.get('the')?.get('cat'), 3);
});

test('a data file changed on disk is parsed afresh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parse-once-'));
  const path = join(dir, 'data.txt');
  writeFileSync(path, 'one');
  let parses = 0;
  const parse = (bytes: Buffer) => ({ text: bytes.toString('utf8'), parse: ++parses });
  assert.equal(parseOnce(path, 'test', parse).text, 'one');
  assert.equal(parseOnce(path, 'test', parse).parse, 1);
  writeFileSync(path, 'three');
  utimesSync(path, new Date(), new Date(Date.now() + 5000));
  const fresh = parseOnce(path, 'test', parse);
  assert.deepEqual(fresh, { text: 'three', parse: 2 });
});

test('the same file read as two kinds is parsed by each kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parse-once-'));
  const path = join(dir, 'data.txt');
  writeFileSync(path, 'x');
  const a = parseOnce(path, 'a', () => ({ kind: 'a' }));
  const b = parseOnce(path, 'b', () => ({ kind: 'b' }));
  assert.deepEqual([a.kind, b.kind], ['a', 'b']);
});

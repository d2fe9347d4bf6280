import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger, formatLine } from './log.ts';

function capture(level: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  return { lines, log: createLogger({ level, write: (line) => lines.push(line) }) };
}

describe('createLogger', () => {
  it('writes one JSON object per call with time, level, msg and the fields', () => {
    const { lines, log } = capture('debug');
    log.info('started', { port: 8080 });
    assert.equal(lines.length, 1);
    const line = JSON.parse(lines[0] ?? 'null');
    assert.deepEqual(Object.keys(line), ['time', 'level', 'msg', 'port']);
    assert.equal(line.level, 'info');
    assert.equal(line.msg, 'started');
    assert.equal(line.port, 8080);
    assert.ok(!Number.isNaN(Date.parse(line.time)));
  });

  it('drops lines below its level', () => {
    const { lines, log } = capture('warn');
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    assert.deepEqual(lines.map((l) => JSON.parse(l).msg), ['c', 'd']);
  });

  it('adds a child logger\'s fields to every line', () => {
    const { lines, log } = capture('info');
    log.child({ requestId: 'r1' }).child({ route: '/x' }).info('hit', { status: 200 });
    assert.deepEqual(JSON.parse(lines[0] ?? 'null'), { ...JSON.parse(lines[0] ?? 'null'), requestId: 'r1', route: '/x', status: 200 });
  });

  it('does not throw when the writer throws', () => {
    const log = createLogger({ level: 'info', write: () => { throw new Error('disk full'); } });
    assert.doesNotThrow(() => log.error('x'));
  });
});

describe('formatLine', () => {
  const now = new Date('2026-01-02T03:04:05.678Z');

  it('keeps the fixed keys from being overwritten by fields', () => {
    assert.equal(formatLine('info', 'real', { msg: 'fake', level: 'error', time: 0 }, now),
      '{"time":"2026-01-02T03:04:05.678Z","level":"info","msg":"real"}');
  });

  it('turns an Error into name, message and stack', () => {
    const line = JSON.parse(formatLine('error', 'x', { error: new TypeError('bad') }, now));
    assert.equal(line.error.name, 'TypeError');
    assert.equal(line.error.message, 'bad');
    assert.match(line.error.stack, /TypeError: bad/);
  });

  it('still writes a line when a field cannot be serialised', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const line = JSON.parse(formatLine('warn', 'x', { cyclic, big: 1n }, now));
    assert.equal(line.msg, 'x');
    assert.match(line.logError, /could not be serialised/);
  });

  it('leaves out undefined fields', () => {
    assert.equal(formatLine('info', 'x', { a: undefined }, now), '{"time":"2026-01-02T03:04:05.678Z","level":"info","msg":"x"}');
  });
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { encodeOutput, loadEngineModels, runEngine, type EngineModels } from './run.ts';
import { startEngines, type EngineOptions, type TextEngines } from './pool.ts';
import { applyEdits, type Edit } from './edits.ts';
import { SPELL_ENGINE } from '../algorithms/spell/spell.ts';
import { EngineBusyError, EngineDeadlineError } from './errors.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const TEST_WORKER = new URL('./testing/test-worker.ts', import.meta.url);
// Every word distinct and unknown: far over the inline budget, so it always goes to a worker.
const EXPENSIVE = Array.from({ length: 40 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');

describe('text engines with a worker thread', () => {
  let models: EngineModels;
  let engines: TextEngines;
  before(async () => {
    models = sharedModels();
    engines = await startEngines({ models, dataDir, workers: 1, inlineBudgetUs: 0 });
  });
  after(() => engines.close());

  it('gives the same answer inline and on the worker', async () => {
    const long = 'Ths sentense has speling misteaks in it. '.repeat(5);
    const onWorker = await engines.run('spell', long);
    assert.deepEqual(onWorker, encodeOutput(runEngine('spell', long, models), long));
    const run = 'thisisalongrunoftextwithoutanyspacesinitatall'.repeat(2);
    const spaced = await engines.run('space', run);
    assert.deepEqual(spaced, encodeOutput(runEngine('space', run, models), run));
  });

  it('passes the space options to the worker: web names split only when asked', async () => {
    const text = 'visit expertsexchange.com for #throwbackthursday';
    assert.equal((await engines.run('space', text, undefined, { splitWebNames: true })).text, 'visit experts exchange.com for #throwback thursday');
    assert.equal((await engines.run('space', text)).text, text);
    assert.deepEqual(await engines.run('space', text, undefined, { splitWebNames: true }), encodeOutput(runEngine('space', text, models, { splitWebNames: true }), text));
  });

  it('describes every change as an edit of the original', async () => {
    for (const [operation, text] of [['spell', 'Teh quik brown fox'], ['space', 'thequickbrownfox']] as const) {
      const output = await engines.run(operation, text);
      assert.equal(applyEdits(text, JSON.parse(output.edits.encoded) as Edit[]), output.text);
    }
  });

  it('answers many large jobs at once, each with its own result', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `${'word'.repeat(20)}number${i}`);
    const outputs = await Promise.all(texts.map((text) => engines.run('space', text)));
    outputs.forEach((output, i) => assert.ok(output.text.endsWith(`number ${i}`), output.text));
  });
});

describe('text engines without worker threads', () => {
  it('runs everything on the main thread when workers is 0', async () => {
    const models = sharedModels();
    const engines = await startEngines({ models, dataDir, workers: 0 });
    assert.equal((await engines.run('space', 'helloworld')).text, 'hello world');
    assert.equal((await engines.run('spell', EXPENSIVE)).engine, SPELL_ENGINE);
    await engines.close();
  });
});

describe('which texts run on the main thread', () => {
  it('keeps cheap texts inline and sends short texts of unknown words to a worker', async () => {
    const models = sharedModels();
    // A worker that upper-cases shows where each text ran.
    const engines = await startEngines({ models, dataDir, workers: 1, workerUrl: TEST_WORKER });
    try {
      assert.equal((await engines.run('spell', 'Speling is dificult')).text, 'Spelling is difficult', 'a short text with two typos runs inline');
      assert.equal((await engines.run('spell', 'the cat sat on the mat. '.repeat(80)))
        .engine, SPELL_ENGINE, 'known words are cheap, even 1,900 characters of them');
      assert.equal((await engines.run('spell', EXPENSIVE)).text, EXPENSIVE.toUpperCase(), 'unknown short words go to the worker, though the text is short');
      assert.equal((await engines.run('space', 'x'.repeat(5_000))).text, 'X'.repeat(5_000), 'a long text goes to the worker');
    } finally {
      await engines.close();
    }
  });
});

let loaded: EngineModels | undefined;
const sharedModels = (): EngineModels => (loaded ??= loadEngineModels(dataDir));

/** Engines on the stand-in worker, with the log lines they write. */
async function testEngines(options: Partial<EngineOptions>): Promise<{ engines: TextEngines; logs: { level: string; message: string; fields?: Record<string, unknown> }[] }> {
  const logs: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const log = { warn: (message: string, fields?: Record<string, unknown>) => logs.push({ level: 'warn', message, fields }), error: (message: string, fields?: Record<string, unknown>) => logs.push({ level: 'error', message, fields }) };
  const engines = await startEngines({ models: sharedModels(), dataDir, workers: 1, inlineBudgetUs: 0, workerUrl: TEST_WORKER, log, ...options });
  return { engines, logs };
}

const until = async (condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the engine queue', () => {
  it('refuses a job beyond the queue limit with EngineBusyError and a retry time', async () => {
    const { engines } = await testEngines({ maxQueued: 2, workerData: { slowMs: 200 } });
    try {
      const admitted = ['slow a', 'slow b', 'slow c'].map((text) => engines.run('spell', text));
      await assert.rejects(engines.run('spell', 'd'), (error: unknown) => error instanceof EngineBusyError && error.retryAfterSeconds >= 1);
      assert.deepEqual((await Promise.all(admitted)).map((output) => output.text), ['SLOW A', 'SLOW B', 'SLOW C']);
    } finally {
      await engines.close();
    }
  });

  it('refuses at once a job that could not finish within its deadline behind those already waiting', async () => {
    const { engines } = await testEngines({ maxQueued: 100, deadlineMs: 1_000, workerData: { slowMs: 300 } });
    try {
      for (let i = 0; i < 6; i++) await engines.run('spell', `slow warm-up ${i}`);
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => engines.run('spell', `slow ${i}`)));
      const refused = results.filter((result) => result.status === 'rejected' && result.reason instanceof EngineBusyError);
      assert.ok(refused.length >= 4, `only ${refused.length} of 10 refused, though 10 × 300 ms cannot fit in 1 s`);
      assert.equal(results[0]?.status, 'fulfilled', 'the first went straight to the idle worker');
    } finally {
      await engines.close();
    }
  });

  it('fails a job past its deadline with EngineDeadlineError, and drops it from the queue', async () => {
    const { engines } = await testEngines({ deadlineMs: 150, workerData: { slowMs: 400 } });
    try {
      const first = engines.run('spell', 'slow');
      const second = engines.run('spell', 'slow too');
      await Promise.all([assert.rejects(first, EngineDeadlineError), assert.rejects(second, EngineDeadlineError)]);
      assert.equal(engines.stats().queued, 0, 'the waiting job left the queue');
      await until(() => engines.stats().busy === 0, 'the running job to finish');
      assert.equal((await engines.run('spell', 'next')).text, 'NEXT', 'the worker was not lost');
    } finally {
      await engines.close();
    }
  });

  it('cancels a waiting job when its caller aborts, and never runs it', async () => {
    const { engines } = await testEngines({ workerData: { slowMs: 200 } });
    try {
      const first = engines.run('spell', 'slow first');
      const controller = new AbortController();
      const second = engines.run('spell', 'slow second', controller.signal);
      controller.abort(new Error('client gone'));
      await assert.rejects(second, /client gone/);
      assert.equal(engines.stats().queued, 0);
      assert.equal((await first).text, 'SLOW FIRST');
      assert.equal(engines.stats().busy, 0, 'the cancelled job never reached the worker');
    } finally {
      await engines.close();
    }
  });
});

describe('a worker that crashes', () => {
  it('fails only its job, is replaced exactly once, and the replacement is logged', async () => {
    const { engines, logs } = await testEngines({});
    try {
      await assert.rejects(engines.run('spell', 'crash'), /engine worker exited/);
      await until(() => engines.stats().respawns === 1, 'the replacement');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(engines.stats(), { workers: 1, busy: 0, queued: 0, respawns: 1 }, 'one thread, not two');
      assert.equal((await engines.run('spell', 'after')).text, 'AFTER');
      assert.deepEqual(logs.map((line) => line.message), ['engine worker died; replacing it', 'engine worker replaced']);
    } finally {
      await engines.close();
    }
  });

  it('logs a replacement that fails to start as an error, and keeps trying', async () => {
    const starts = new Int32Array(new SharedArrayBuffer(4));
    const { engines, logs } = await testEngines({ workerData: { starts, failFromStart: 2 } });
    try {
      await assert.rejects(engines.run('spell', 'crash'), /engine worker exited/);
      await until(() => logs.some((line) => line.level === 'error'), 'the failed replacement to be logged');
      const failure = logs.find((line) => line.level === 'error');
      assert.equal(failure?.message, 'engine worker could not be replaced; retrying');
      assert.match(String(failure?.fields?.error), /fails on purpose/);
      assert.equal(engines.stats().workers, 0);
      await until(() => Atomics.load(starts, 0) >= 3, 'a second attempt', 3_000);
    } finally {
      await engines.close();
    }
  });
});

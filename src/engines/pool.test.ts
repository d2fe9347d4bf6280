import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadEngineModels, runEngine, type EngineModels } from './run.ts';
import { startEngines, type TextEngines } from './pool.ts';
import { applyEdits } from './edits.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

describe('text engines with a worker thread', () => {
  let models: EngineModels;
  let engines: TextEngines;
  before(async () => {
    models = loadEngineModels(dataDir);
    engines = await startEngines({ models, dataDir, workers: 1, inlineMaxChars: 50 });
  });
  after(() => engines.close());

  it('gives the same answer inline and on the worker', async () => {
    const long = 'Ths sentense has speling misteaks in it. '.repeat(5);
    const onWorker = await engines.run('spell', long);
    assert.deepEqual(onWorker, runEngine('spell', long, models));
    const spaced = await engines.run('space', 'thisisalongrunoftextwithoutanyspacesinitatall'.repeat(2));
    assert.deepEqual(spaced, runEngine('space', 'thisisalongrunoftextwithoutanyspacesinitatall'.repeat(2), models));
  });

  it('describes every change as an edit of the original', async () => {
    for (const [operation, text] of [['spell', 'Teh quik brown fox'], ['space', 'thequickbrownfox']] as const) {
      const output = await engines.run(operation, text);
      assert.equal(applyEdits(text, output.edits), output.text);
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
    const models = loadEngineModels(dataDir);
    const engines = await startEngines({ models, dataDir, workers: 0, inlineMaxChars: 0 });
    assert.equal((await engines.run('space', 'helloworld')).text, 'hello world');
    await engines.close();
  });
});

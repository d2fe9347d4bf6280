/**
 * The two local text engines behind one call: spelling correction and space restoration, as
 * pure functions of the loaded models, returning the processed text and its edits.
 *
 * This is the seam between the pure algorithms and the service: the api handlers, the worker
 * threads and the command line all call `runEngine`, so the three always agree.
 */
import { join } from 'node:path';
import { loadModel, withSpellingOnly, type Model } from '../algorithms/model.ts';
import { readDictionaryWords } from '../algorithms/parse-once.ts';
import { correct, prepareSpelling, SPELL_ENGINE } from '../algorithms/spell/spell.ts';
import { DEFAULT_SPELL_OPTIONS } from '../algorithms/spell/options.ts';
import { loadSpellContext, type SpellContext } from '../algorithms/spell/context.ts';
import { segment } from '../algorithms/segment/segment.ts';
import { loadSegmenter, SEGMENTER_ENGINE } from '../algorithms/segment/load.ts';
import type { SegmentModel } from '../algorithms/segment/model.ts';
import { MAX_CHANGES_WITH_ALTERNATIVES, type Edit } from './edits.ts';
import { encodeEdits } from '../db/details.ts';
import type { EncodedEdits } from '../db/store.ts';

export type LocalOperation = 'spell' | 'space';

/** The models both engines read, loaded once per process (or per worker thread). */
export interface EngineModels {
  words: Model;
  segmenter: SegmentModel;
  /** the spelling corrector's context model (the same bigrams.txt as the segmenter's). */
  spellContext: SpellContext;
}

/** What a caller may ask of an engine beyond the text (only space restoration reads any). */
export interface EngineRunOptions {
  /** Space restoration: split the name parts of domains, handles and hashtags into words (`#throwback thursday`). */
  splitWebNames?: boolean;
}

/** What an engine made of a text. */
export interface EngineOutput {
  text: string;
  edits: Edit[];
  /** Engine name and version, stored with the record. */
  engine: string;
}

/**
 * An output as the pool answers it: the edits already the JSON a record keeps (EncodedEdits). A
 * worst-case text has ~4,800 edits; as objects they cost the event loop ~5 ms to receive from a
 * thread and ~2 ms to serialise for the row and again for the response; as one string, well under 1 ms.
 */
export interface EncodedOutput {
  text: string;
  edits: EncodedEdits;
  engine: string;
}

/** The output with its edits encoded for storing and sending (checked against the original as a store checks them). */
export function encodeOutput(output: EngineOutput, original: string): EncodedOutput {
  return { text: output.text, edits: { encoded: encodeEdits(output.edits, original.length) ?? '[]' }, engine: output.engine };
}

/** The shared word model (wordfreq.txt) with the curated dictionary's words (dictionary-extra.txt) as its spelling-only candidates (model.ts). */
export function loadWordModel(dataDir: string): Model {
  return withSpellingOnly(loadModel(join(dataDir, 'wordfreq.txt')), readDictionaryWords(join(dataDir, 'dictionary-extra.txt')));
}

/** Load the models from the data folder (wordfreq.txt, bigrams.txt, …), with the spelling index built. */
export function loadEngineModels(dataDir: string): EngineModels {
  const words = loadWordModel(dataDir);
  // Built now rather than on the first request, so start-up pays for it and no user waits.
  prepareSpelling(words);
  const bigrams = join(dataDir, 'bigrams.txt');
  return { words, segmenter: loadSegmenter(words, bigrams), spellContext: loadSpellContext(words, bigrams) };
}

/** Run one engine on a text. Never throws on text of any content. */
export function runEngine(operation: LocalOperation, text: string, models: EngineModels, options: EngineRunOptions = {}): EngineOutput {
  if (operation === 'spell') {
    const result = correct(text, models.words, DEFAULT_SPELL_OPTIONS, models.spellContext);
    return {
      text: result.text,
      edits: result.changes.map((change, i) => ({
        offset: change.offset,
        length: change.original.length,
        replacement: change.replacement,
        ...(change.confidence === undefined ? {} : { confidence: change.confidence }),
        ...(change.alternatives === undefined || i >= MAX_CHANGES_WITH_ALTERNATIVES ? {} : { alternatives: change.alternatives }),
      })),
      engine: SPELL_ENGINE,
    };
  }
  const result = segment(text, models.segmenter, { splitWebNames: options.splitWebNames === true });
  return {
    text: result.text,
    edits: result.insertions.map((offset) => ({ offset, length: 0, replacement: ' ' })),
    engine: SEGMENTER_ENGINE,
  };
}

// The second pass's prepared model (segment/rescore.ts: TrigramModel) as bytes: data/trigram-costs.bin.
//
// Parsing data/trigrams.txt and turning its 165,000 counts into costs took ~170 ms of every cold start-up
// (a tenth of both engines' load), for tables that depend only on committed data: the counts, and the word,
// going-on and backoff costs of the search's model over data/wordfreq.txt and data/bigrams.txt. So the build
// (scripts/build-trigram-costs.ts) prepares them once and writes the typed arrays as they are, and the start-up
// reads them as views of one buffer: no parse, no arithmetic. Layout, little-endian, every array 8-byte aligned:
//   header: "TXTG", then uint32 version, startId, contexts, entries, tripleStart, merge filter words, word filter
//   words, class width, split filter words (40 bytes);
//   float64 contextKey[contexts]; int32 continuationFrom[startId + 2], contextFrom[contexts + 1], word[entries];
//   float32 cost[entries], continuationBackoff[startId + 1], contextBackoff[contexts]; int32 contextsFrom[startId + 2];
//   uint32 mergeFilter[filter words], wordFilter[word filter words], splitFilter[split filter words] (segment/merge-filter.ts);
//   float32 wordClass[2 (startId + 1)] (class, in-class and going-on cost), transitionCost[width * width] (segment/class-context.ts).
// The start id is the model's word count: a file built over another data/wordfreq.txt fails the start-up.
import type { TrigramModel } from './second-order.ts';

const MAGIC = 0x47545854; // "TXTG" read little-endian
const VERSION = 4;
const HEADER_BYTES = 40;

/** Bytes up to the next multiple of 8. */
function aligned(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/** The arrays of a model in file order, with their lengths from the header's counts. */
function layoutOf(startId: number, contexts: number, entries: number, filterWords: number, wordFilterWords: number, width: number, splitFilterWords: number): { kind: 'f64' | 'i32' | 'f32' | 'u32'; length: number }[] {
  return [
    { kind: 'f64', length: contexts },
    { kind: 'i32', length: startId + 2 },
    { kind: 'i32', length: contexts + 1 },
    { kind: 'i32', length: entries },
    { kind: 'f32', length: entries },
    { kind: 'f32', length: startId + 1 },
    { kind: 'f32', length: contexts },
    { kind: 'i32', length: startId + 2 },
    { kind: 'u32', length: filterWords },
    { kind: 'u32', length: wordFilterWords },
    { kind: 'u32', length: splitFilterWords },
    { kind: 'f32', length: 2 * (startId + 1) },
    { kind: 'f32', length: width * width },
  ];
}

/** The model as the bytes of data/trigram-costs.bin (see the header); it must have its classes. */
export function encodeTrigramModel(model: TrigramModel, startId: number): Uint8Array {
  const { contextKey, continuationFrom, contextFrom, word, tripleStart } = model.ids;
  const classes = model.classes;
  if (!classes) throw new Error('trigram model: no word classes to write');
  const arrays = [contextKey, continuationFrom, contextFrom, word, model.cost, model.continuationBackoff, model.contextBackoff, model.contextsFrom, model.mergeFilter, model.wordFilter, model.splitFilter, classes.wordClass, classes.transitionCost];
  const layout = layoutOf(startId, contextKey.length, word.length, model.mergeFilter.length, model.wordFilter.length, classes.width, model.splitFilter.length);
  const size = layout.reduce((sum, { kind, length }) => sum + aligned(length * (kind === 'f64' ? 8 : 4)), HEADER_BYTES);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, startId, contextKey.length, word.length, tripleStart, model.mergeFilter.length, model.wordFilter.length, classes.width, model.splitFilter.length].forEach((value, k) => view.setUint32(4 * k, value, true));
  let at = HEADER_BYTES;
  arrays.forEach((array, k) => {
    if (array.length !== layout[k]!.length) throw new Error(`trigram model: array ${k} has ${array.length} entries, expected ${layout[k]!.length}`);
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += aligned(array.byteLength);
  });
  return bytes;
}

/** The model stored in `bytes` (views into one copy of them), for a word model of startId words; throws on another. */
export function decodeTrigramModel(bytes: Uint8Array, startId: number, source = 'trigram-costs'): TrigramModel {
  // Typed views need their offsets aligned to the element size: a pooled Buffer may not be.
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(own.buffer, own.byteOffset, own.byteLength);
  if (own.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error(`${source}: not a textops trigram cost file of version ${VERSION}: run npm run build:trigram-costs`);
  const [fileStartId, contexts, entries, tripleStart, filterWords, wordFilterWords, width, splitFilterWords] = [2, 3, 4, 5, 6, 7, 8, 9].map((k) => view.getUint32(4 * k, true)) as [number, number, number, number, number, number, number, number];
  if (fileStartId !== startId) throw new Error(`${source}: built for ${fileStartId} model words, the model has ${startId}: run npm run build:trigram-costs`);
  let at = own.byteOffset + HEADER_BYTES;
  const arrays = layoutOf(startId, contexts, entries, filterWords, wordFilterWords, width, splitFilterWords).map(({ kind, length }) => {
    const width = kind === 'f64' ? 8 : 4;
    if (at - own.byteOffset + length * width > own.byteLength) throw new Error(`${source}: truncated: run npm run build:trigram-costs`);
    const array = kind === 'f64' ? new Float64Array(own.buffer, at, length) : kind === 'i32' ? new Int32Array(own.buffer, at, length) : kind === 'f32' ? new Float32Array(own.buffer, at, length) : new Uint32Array(own.buffer, at, length);
    at += aligned(length * width);
    return array;
  });
  const [contextKey, continuationFrom, contextFrom, word, cost, continuationBackoff, contextBackoff, contextsFrom, mergeFilter, wordFilter, splitFilter, wordClass, transitionCost] = arrays as [Float64Array, Int32Array, Int32Array, Int32Array, Float32Array, Float32Array, Float32Array, Int32Array, Uint32Array, Uint32Array, Uint32Array, Float32Array, Float32Array];
  const classes = { width, wordClass, transitionCost };
  return { ids: { contextKey, continuationFrom, contextFrom, word, tripleStart }, cost, continuationBackoff, contextBackoff, contextsFrom, mergeFilter, wordFilter, splitFilter, classes };
}

// A character trie over the vocabulary, stored as one open-addressing hash table of edges.
//
// The segmenter walks it forward from each position, one character per step, and stops at the first
// character no known word continues with; in English text that is a few steps, so the search costs a
// handful of table probes per character instead of one substring and hash per candidate length. Letter
// runs hold only a-z and apostrophes (after case folding), so the alphabet is 27 symbols and an edge key
// is parent * 32 + symbol; key and child sit side by side in one Int32Array (one cache line per probe).
// Words with any other character can never match a run and are left out. Every walk takes the first
// two steps, so those are not hashed: the 27 nodes of depth 1 and the 27 x 27 of depth 2 exist always,
// numbered by their symbols, and only deeper edges go to the table. A node's word id is the word's rank
// in the model, or -1 when no word ends there.

/** The trie: interleaved (key, child) edge slots plus the word id ending at each node. */
export interface WordTrie {
  readonly mask: number;
  readonly edges: Int32Array;
  readonly wordAt: Int32Array;
}

/** The trie symbol of a folded character code (a-z -> 1..26, apostrophe -> 27), or 0 for any other. */
export function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  return code === 39 ? 27 : 0;
}

function slotOf(key: number, mask: number): number {
  const h = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & mask;
}

const SYMBOLS = 27;
const FIRST_DEEP_NODE = 1 + SYMBOLS + SYMBOLS * SYMBOLS;

/** The child of `node` along symbol `symbol` (1..27), or -1 when no word continues that way. */
export function childOf(trie: WordTrie, node: number, symbol: number): number {
  if (node <= SYMBOLS) return node === 0 ? symbol : SYMBOLS + (node - 1) * SYMBOLS + symbol;
  const key = node * 32 + symbol;
  const { mask, edges } = trie;
  let slot = slotOf(key, mask);
  for (;;) {
    const stored = edges[2 * slot];
    if (stored === key) return edges[2 * slot + 1];
    if (stored === -1) return -1;
    slot = (slot + 1) & mask;
  }
}

/** The same edges re-hashed into a table with room for `nodes` edges at a load of at most 1/2. */
function rehashed(edges: Int32Array, nodes: number): { mask: number; edges: Int32Array } {
  let size = 16;
  while (size < nodes * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(2 * size).fill(-1);
  for (let from = 0; from < edges.length; from += 2) {
    const key = edges[from];
    if (key === -1) continue;
    let slot = slotOf(key, mask);
    while (table[2 * slot] !== -1) slot = (slot + 1) & mask;
    table[2 * slot] = key;
    table[2 * slot + 1] = edges[from + 1];
  }
  return { mask, edges: table };
}

/** Builds the trie of `words`; word i gets id i. The root is node 0. */
export function buildTrie(words: readonly string[]): WordTrie {
  let chars = 0;
  for (const word of words) chars += word.length;
  // Shared prefixes make the node count about a third of the letter count; the table doubles if not.
  let trie: WordTrie = { ...rehashed(new Int32Array(0), Math.ceil(chars / 3)), wordAt: new Int32Array(chars + FIRST_DEEP_NODE).fill(-1) };
  const wordAt = trie.wordAt;
  let nodes = FIRST_DEEP_NODE;
  for (let id = 0; id < words.length; id++) {
    const word = words[id];
    let fits = true;
    for (let k = 0; k < word.length && fits; k++) fits = symbolOf(word.charCodeAt(k)) !== 0;
    if (!fits) continue;
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const symbol = symbolOf(word.charCodeAt(k));
      let child = childOf(trie, node, symbol);
      if (child === -1 && node > SYMBOLS) {
        if ((nodes - FIRST_DEEP_NODE + 1) * 2 > trie.mask + 1) trie = { ...rehashed(trie.edges, (trie.mask + 1) * 2), wordAt };
        child = nodes++;
        const key = node * 32 + symbol;
        const { mask, edges } = trie;
        let slot = slotOf(key, mask);
        while (edges[2 * slot] !== -1) slot = (slot + 1) & mask;
        edges[2 * slot] = key;
        edges[2 * slot + 1] = child;
      }
      node = child;
    }
    if (wordAt[node] === -1) wordAt[node] = id;
  }
  return { mask: trie.mask, edges: trie.edges, wordAt: wordAt.slice(0, nodes) };
}

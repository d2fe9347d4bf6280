// Real words a curated dictionary has and the word model lacks (`reflux`, `syringa`, `whosever`), and the
// data/dictionary-extra.txt format.
//
// data/segment-extra.txt (spell/lexicon.ts) is a broad list: it guards rare words and names, but it also
// lists common misspellings (`accidently`, `develope`), so it may keep a word only against poor candidates
// (θ = 0). SCOWL's lists up to size 70 (the size of a large desk dictionary, all five spellings: American,
// British, Canadian, Australian and the common core) are edited to leave misspellings out: 0.4% of
// Wikipedia's common misspellings are in them, against 4% in segment-extra.txt. A word listed here is
// therefore kept unless a candidate scores above a higher bar (spell/spell.ts, `dictionaryKeep`).
// The file is one lowercase a–z word a line, sorted by code units, after two `#` header lines (the source and
// SCOWL's copyright); scripts/build-dictionary-extra.ts writes it.

/** The data/dictionary-extra.txt text for a word list (sorted by the caller). */
export function formatDictionaryWords(words: readonly string[], source: string): string {
  const notice = '# SCOWL word lists: Copyright 2000-2016 by Kevin Atkinson (permission notice in data/README.md)';
  return `# textops dictionary words v1 from ${source}, less the words of data/wordfreq.txt\n${notice}\n${words.join('\n')}\n`;
}

/** Parses data/dictionary-extra.txt into a set of its words; throws naming a malformed line. */
export function parseDictionaryWords(text: string, source = 'dictionary-extra'): Set<string> {
  const words = new Set<string>();
  text.split('\n').forEach((line, k) => {
    if (line === '' || line.startsWith('#')) return;
    if (!/^[a-z]+$/.test(line)) throw new Error(`${source}:${k + 1}: expected one lowercase a-z word, got ${JSON.stringify(line.slice(0, 80))}`);
    words.add(line);
  });
  return words;
}

// Real words a curated dictionary has and the word model lacks (`reflux`, `syringa`, `whosever`), and the
// data/dictionary-extra.txt format.
//
// data/segment-extra.txt (spell/lexicon.ts) is a broad list: it guards rare words and names, but it also
// lists common misspellings (`accidently`, `develope`), so it may keep a word only against poor candidates
// (θ = 0). SCOWL's lists up to size 70 (the size of a large desk dictionary, all five spellings: American,
// British, Canadian, Australian and the common core) are edited to leave misspellings out: 0.4% of
// Wikipedia's common misspellings are in them, against 4% in segment-extra.txt. cspell's software terms add
// the words of programming and operations that prose corpora lack (`npm`, `kubectl`, `localhost`), none of
// them a Wikipedia misspelling. A word listed here is therefore kept unless a candidate scores above a
// higher bar (spell/spell.ts, `dictionaryKeep`).
// The file is one lowercase a–z word a line, sorted by code units, after two `#` header lines (the sources and
// their copyright lines); scripts/build-dictionary-extra.ts writes it.
import { isAsciiLower } from '../ascii-letters.ts';

/** The data/dictionary-extra.txt text for a word list (sorted by the caller). */
export function formatDictionaryWords(words: readonly string[], source: string): string {
  const notice = '# SCOWL word lists: Copyright 2000-2016 by Kevin Atkinson; cspell software terms: MIT, Copyright Street Side Software (notices in data/README.md)';
  return `# textops dictionary words v1 from ${source}, less the words of data/wordfreq.txt\n${notice}\n${words.join('\n')}\n`;
}

/** The code unit of `#`, which opens a header line. */
const HASH = 35;

/** Parses data/dictionary-extra.txt into a set of its words; throws naming a malformed line. */
export function parseDictionaryWords(text: string, source = 'dictionary-extra'): Set<string> {
  const words = new Set<string>();
  // A scan of the text rather than a split and a regular expression per line: it runs at every start-up.
  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber += 1;
    if (end > start && text.charCodeAt(start) !== HASH) {
      for (let at = start; at < end; at++) {
        if (!isAsciiLower(text.charCodeAt(at))) throw new Error(`${source}:${lineNumber}: expected one lowercase a-z word, got ${JSON.stringify(text.slice(start, Math.min(end, start + 80)))}`);
      }
      words.add(text.slice(start, end));
    }
    start = end + 1;
  }
  return words;
}

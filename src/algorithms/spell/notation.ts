// Words that are notation, not prose: a letter run glued to a mathematical or markup symbol.
//
// In running text a word touches only punctuation (quotes, brackets, commas, hyphens) and the emphasis
// marks of plain-text markup, which come in pairs around it (`*word*`, `**word**`, `_word_`). A letter run
// glued to a symbol that prose does not use (`=`, `^`, `+`, `<`, `|`, `~`, `$`, `%`, `&`), or to an emphasis
// mark that is not closed on the other side (`**zg` for a printed formula variable, `x^yb`, `a=bc`), is a
// symbol of a formula, code or markup: its letters were chosen, not slipped, and an unknown word there is left
// alone (spell/spell.ts). Known words in such a chunk are unaffected (they are never changed anyway, except
// by the real-word rule, which needs neighbours such a chunk does not give).

/** Symbols that do not occur in prose beside a word. */
const NOTATION_SYMBOLS = /[=^+<>|~$%&]/;

/**
 * How far (UTF-16 units) the chunk is read on each side of the word: a bound, so that a text of one long
 * chunk of many words (`ab+cd+ef+…`) costs linear, not quadratic, time.
 */
const REACH = 32;

/**
 * True when the word at text[start, end) is glued to a notation symbol: its whitespace-delimited chunk
 * holds one within REACH characters, or an emphasis run touches the word on one side without the same run
 * on the other.
 */
export function isNotation(text: string, start: number, end: number): boolean {
  let chunkStart = start;
  while (chunkStart > 0 && start - chunkStart < REACH && !/\s/.test(text.charAt(chunkStart - 1))) chunkStart--;
  let chunkEnd = end;
  while (chunkEnd < text.length && chunkEnd - end < REACH && !/\s/.test(text.charAt(chunkEnd))) chunkEnd++;
  if (NOTATION_SYMBOLS.test(text.slice(chunkStart, chunkEnd))) return true;
  const left = emphasisRun(text, start, -1);
  const right = emphasisRun(text, end, 1);
  return left !== right;
}

/** The run of `*` and `_` touching the word at `from` going left (step -1) or right (step 1). */
function emphasisRun(text: string, from: number, step: -1 | 1): string {
  let i = step === -1 ? from - 1 : from;
  let run = '';
  while (i >= 0 && i < text.length && (text[i] === '*' || text[i] === '_')) {
    run = step === -1 ? text[i] + run : run + text[i];
    i += step;
  }
  return run;
}

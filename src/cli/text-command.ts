/**
 * `textops spell|space [--diff|--json] [FILE...]` (space also `--split-web-names`): the engines on the command line.
 *
 * Input is the named files in order (`-` is stdin), or stdin when none is named. By default the
 * command is a filter: one line in, one line out, line endings kept. `--diff` prints every line
 * with its changes marked inline, `[-old-]{+new+}` (as `git diff --word-diff=plain` does), and
 * `--json` prints one JSON object for the whole input: `{text, changes: [{offset, original,
 * replacement, confidence?, alternatives?}]}`, offsets in UTF-16 units of the input as given.
 */
import { constants, createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { text as readStream } from 'node:stream/consumers';
import type { EngineOutput, LocalOperation } from '../engines/run.ts';
import type { StoredEdit } from '../db/store.ts';
import { filterLines } from './line-filter.ts';

export type Mode = 'filter' | 'diff' | 'json';

export interface TextCommand {
  mode: Mode;
  files: string[];
  help: boolean;
  /** space: split the name parts of domains, handles and hashtags into words. */
  splitWebNames: boolean;
}

/** The help text of one engine command. */
export function textCommandHelp(operation: LocalOperation): string {
  const what = operation === 'spell' ? 'correct spelling' : 'put spaces back into run-together text';
  const webNames = operation === 'space' ? ' [--split-web-names]' : '';
  const webNamesHelp = operation === 'space' ? '  --split-web-names  also split the names in domains, @handles and #hashtags (#throwback thursday)\n' : '';
  return `usage: textops ${operation} [--diff | --json]${webNames} [FILE...]

  ${what}, reading the FILEs in order (- is stdin), or stdin when none is given

  (default)   one line in, one line out, line endings kept
  --diff      every line, with its changes marked [-old-]{+new+}
  --json      one JSON object: {"text", "changes": [{"offset", "original", "replacement", "confidence"?, "alternatives"?}]}
${webNamesHelp}  -h, --help  this help
`;
}

/** Parse the arguments after `spell`/`space`; a string is the error to report. */
export function parseTextCommand(args: readonly string[], operation: LocalOperation): TextCommand | string {
  const command: TextCommand = { mode: 'filter', files: [], help: false, splitWebNames: false };
  let optionsDone = false;
  for (const arg of args) {
    if (!optionsDone && (arg === '-h' || arg === '--help')) command.help = true;
    else if (!optionsDone && (arg === '--diff' || arg === '--json')) {
      const mode = arg === '--diff' ? 'diff' : 'json';
      if (command.mode !== 'filter' && command.mode !== mode) return '--diff and --json cannot be combined';
      command.mode = mode;
    } else if (!optionsDone && operation === 'space' && arg === '--split-web-names') command.splitWebNames = true;
    else if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else command.files.push(arg);
  }
  return command;
}

/** One change as --json shows it. */
export interface JsonChange {
  offset: number;
  original: string;
  replacement: string;
  confidence?: number;
  alternatives?: StoredEdit['alternatives'];
}

/** The --json object for an input and what the engine made of it. */
function jsonResult(input: string, output: EngineOutput): { text: string; changes: JsonChange[] } {
  const changes = output.edits.map((edit: StoredEdit) => {
    const change: JsonChange = { offset: edit.offset, original: input.slice(edit.offset, edit.offset + edit.length), replacement: edit.replacement };
    if (edit.confidence !== undefined) change.confidence = edit.confidence;
    if (edit.alternatives !== undefined && edit.alternatives.length > 0) change.alternatives = edit.alternatives;
    return change;
  });
  return { text: output.text, changes };
}

/** A line with its changes marked inline: `[-old-]{+new+}`; an inserted space shows as `{+ +}`. */
function diffLine(input: string, output: EngineOutput): string {
  let out = '';
  let at = 0;
  for (const edit of output.edits) {
    const was = input.slice(edit.offset, edit.offset + edit.length);
    out += input.slice(at, edit.offset) + (was === '' ? '' : `[-${was}-]`) + `{+${edit.replacement}+}`;
    at = edit.offset + edit.length;
  }
  return out + input.slice(at);
}

/** Reject (ENOENT, EACCES) unless every named file can be read: checked before any output or model load. */
export async function checkFiles(command: TextCommand): Promise<void> {
  for (const source of command.files) if (source !== '-') await access(source, constants.R_OK);
}

/** Run the command over its inputs, writing to `stdout`. Rejects when a file cannot be read. */
export async function runTextCommand(command: TextCommand, stdin: Readable, stdout: Writable, run: (text: string) => EngineOutput): Promise<void> {
  const sources = command.files.length === 0 ? ['-'] : command.files;
  if (command.mode === 'json') {
    let input = '';
    for (const source of sources) input += source === '-' ? await readStream(stdin) : await readFile(source, 'utf8');
    stdout.write(`${JSON.stringify(jsonResult(input, run(input)))}\n`);
    return;
  }
  const transform = command.mode === 'diff' ? (line: string) => diffLine(line, run(line)) : (line: string) => run(line).text;
  for (const source of sources) {
    if (source === '-') await filterLines(stdin, stdout, transform);
    else await filterLines(createReadStream(source), stdout, transform);
  }
}

/**
 * Reads a CloudFormation YAML template into plain data, with the short tags expanded.
 *
 * CloudFormation YAML writes intrinsic functions as tags (`!Ref X`, `!GetAtt A.B`, `!Sub '…'`). A plain
 * YAML parser rejects or drops them, so the tags are registered with the `yaml` package (which then keeps
 * the tag on each node) and the node tree is turned into the long JSON form CloudFormation itself uses:
 * `!Ref X` -> `{ Ref: 'X' }`, `!GetAtt A.B.C` -> `{ 'Fn::GetAtt': ['A', 'B.C'] }`, `!If [...]` ->
 * `{ 'Fn::If': [...] }`, `!Condition C` -> `{ Condition: 'C' }`. Every value's path is mapped to its line so
 * that problems can point at the template source.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';

/** The short tags CloudFormation accepts, without the leading `!`. */
export const SHORT_TAGS = [
  'Ref', 'Condition', 'GetAtt', 'Sub', 'If', 'Equals', 'Not', 'And', 'Or', 'Select', 'GetAZs', 'Join',
  'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'Transform', 'Length', 'ToJsonString',
  // Rule-only functions (the Rules section's assertions).
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
] as const;

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface ParsedTemplate {
  template: Json;
  /** Line (1-based) of the value at each dotted path, e.g. `Resources.Vpc.Properties.CidrBlock`. */
  lines: Map<string, number>;
  /** YAML syntax errors and unknown tags; a template with any of these is not checked further. */
  errors: Array<{ message: string; line: number | undefined }>;
}

const yamlTags = SHORT_TAGS.flatMap((name) =>
  (['scalar', 'seq', 'map'] as const).map((kind) =>
    kind === 'scalar'
      ? { tag: `!${name}`, resolve: (value: string) => value }
      : { tag: `!${name}`, collection: kind, resolve: (value: unknown) => value },
  ),
);

/** Parses template source text into the long-form JSON model plus a path-to-line index. */
export function parseTemplate(source: string): ParsedTemplate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { customTags: yamlTags as never, lineCounter, uniqueKeys: true });
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, ''),
    line: e.linePos?.[0].line,
  }));
  const lines = new Map<string, number>();
  const toJson = (node: unknown, path: string): Json => {
    if (node && typeof node === 'object' && 'range' in node && Array.isArray((node as YamlNode).range)) {
      lines.set(path, lineCounter.linePos((node as YamlNode).range![0]).line);
    }
    const plain = plainValue(node, path, toJson, errors);
    const tag = (node as YamlNode | null)?.tag;
    return tag && tag.startsWith('!') ? expandShortTag(tag.slice(1), plain) : plain;
  };
  return { template: toJson(doc.contents, ''), lines, errors };
}

function plainValue(
  node: unknown,
  path: string,
  toJson: (node: unknown, path: string) => Json,
  errors: ParsedTemplate['errors'],
): Json {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value as Json;
  if (isSeq(node)) return node.items.map((item, i) => toJson(item, join(path, String(i))));
  if (isMap(node)) {
    const out: { [key: string]: Json } = {};
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      out[key] = toJson(pair.value, join(path, key));
    }
    return out;
  }
  if (isAlias(node)) errors.push({ message: `${path}: YAML aliases are not supported by CloudFormation`, line: undefined });
  return null;
}

/** Turns `!Name value` into the long form CloudFormation documents for that function. */
function expandShortTag(name: string, value: Json): Json {
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

/** Joins a parent path and a key with a dot (the root path is empty). */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

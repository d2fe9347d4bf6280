/**
 * Just enough of CloudFormation's evaluation to read a template as a given deploy would see it:
 * conditions from parameter values (Equals, Not, And, Or, Condition, Ref), then every `Fn::If`
 * chosen, `AWS::NoValue` dropped and `Fn::FindInMap` looked up. Anything else stays as written.
 */
import type { Json } from '../../scripts/cfn/parse-template.ts';

type JsonObject = { [key: string]: Json };
export type Parameters = Record<string, string>;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const NO_VALUE = Symbol('AWS::NoValue');

/** Parameter values: the given ones over the template's defaults. */
export function parameterValues(template: JsonObject, given: Parameters): Parameters {
  const values: Parameters = {};
  for (const [name, parameter] of Object.entries(template.Parameters as JsonObject)) {
    const fallback = (parameter as JsonObject).Default;
    if (fallback !== undefined) values[name] = String(fallback);
  }
  return { ...values, ...given };
}

/** Every condition's value for these parameters. */
export function evaluateConditions(template: JsonObject, parameters: Parameters): Record<string, boolean> {
  const conditions = template.Conditions as JsonObject;
  const done: Record<string, boolean> = {};
  const value = (node: Json | undefined): Json | undefined => (isObject(node) && 'Ref' in node ? parameters[node.Ref as string] : node);
  const truth = (node: Json | undefined): boolean => {
    if (!isObject(node)) throw new Error(`not a condition: ${JSON.stringify(node)}`);
    if ('Condition' in node) return named(node.Condition as string);
    const [fn, args] = Object.entries(node)[0] as [string, Json[]];
    if (fn === 'Fn::Equals') return String(value(args[0])) === String(value(args[1]));
    if (fn === 'Fn::Not') return !truth(args[0]);
    if (fn === 'Fn::And') return args.every(truth);
    if (fn === 'Fn::Or') return args.some(truth);
    throw new Error(`unsupported condition function ${fn}`);
  };
  const named = (name: string): boolean => (done[name] ??= truth(conditions[name]));
  for (const name of Object.keys(conditions)) named(name);
  return done;
}

/** The value with every Fn::If chosen, AWS::NoValue removed and Fn::FindInMap looked up. */
export function resolve(template: JsonObject, parameters: Parameters, node: Json): Json {
  const conditions = evaluateConditions(template, parameters);
  const mappings = (template.Mappings ?? {}) as JsonObject;
  const walk = (value: Json): Json | typeof NO_VALUE => {
    if (Array.isArray(value)) return value.map(walk).filter((v): v is Json => v !== NO_VALUE);
    if (!isObject(value)) return value;
    if (value.Ref === 'AWS::NoValue') return NO_VALUE;
    if ('Fn::If' in value) {
      const [name, yes, no] = value['Fn::If'] as [string, Json, Json];
      return walk(conditions[name] ? yes : no);
    }
    if ('Fn::FindInMap' in value) {
      const [map, key, attribute] = (value['Fn::FindInMap'] as Json[]).map((part) => walk(part)) as Json[];
      const key1 = isObject(key) && 'Ref' in key ? parameters[key.Ref as string] : key;
      return ((mappings[map as string] as JsonObject)[key1 as string] as JsonObject)[attribute as string] ?? null;
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const walked = walk(v);
      if (walked !== NO_VALUE) out[k] = walked;
    }
    return out;
  };
  const result = walk(node);
  return result === NO_VALUE ? null : result;
}

/** The ids of the resources that exist for these parameters (their Condition, if any, is true). */
export function existingResources(template: JsonObject, parameters: Parameters): string[] {
  const conditions = evaluateConditions(template, parameters);
  return Object.entries(template.Resources as JsonObject)
    .filter(([, r]) => (r as JsonObject).Condition === undefined || conditions[(r as JsonObject).Condition as string])
    .map(([id]) => id);
}

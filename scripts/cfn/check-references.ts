/**
 * Checks that every name a template refers to exists: `Ref`, `Fn::GetAtt`, `Fn::Sub` variables,
 * `Fn::If` and `Condition` names, `Fn::FindInMap` map names and `DependsOn`.
 *
 * A `Ref` may name a parameter, a resource or a pseudo parameter (`AWS::Region`, …); inside `Conditions`
 * only parameters are allowed, because conditions are evaluated before any resource exists. A `GetAtt`
 * must name a resource whose type has that attribute in the specification (custom resources and nested
 * stacks' `Outputs.*` are open-ended). `${Name}` in a `Sub` string is a `Ref`, `${Res.Attr}` a `GetAtt`,
 * `${!Literal}` is text, and names defined in the `Sub` variable map are local. A parameter nothing refers
 * to is reported too: it is usually a leftover or a name that drifted from its use.
 */
import type { Problem } from './check-properties.ts';
import { isIntrinsic } from './check-properties.ts';
import type { Json } from './parse-template.ts';
import { join } from './parse-template.ts';
import type { Spec } from './spec.ts';

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
]);

const FUNCTIONS = new Set([
  'Ref', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::ImportValue', 'Fn::Join',
  'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::Transform', 'Fn::If', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or',
  'Fn::Length', 'Fn::ToJsonString',
  'Fn::Contains', 'Fn::EachMemberEquals', 'Fn::EachMemberIn', 'Fn::RefAll', 'Fn::ValueOf', 'Fn::ValueOfAll',
]);

type JsonObject = { [key: string]: Json };

interface Names {
  parameters: Set<string>;
  resources: Map<string, string>;
  conditions: Set<string>;
  mappings: Set<string>;
}

/** Finds every reference in the template that points at nothing (or at an attribute that does not exist). */
export function checkReferences(template: JsonObject, spec: Spec): Problem[] {
  const names = namesIn(template);
  const problems: Problem[] = [];
  const used = new Set<string>();
  const sections = ['Resources', 'Outputs', 'Conditions'] as const;
  for (const section of sections) {
    const body = template[section];
    if (body !== undefined) walk(body, section, { names, spec, problems, used, inConditions: section === 'Conditions' });
  }
  for (const name of names.parameters) {
    if (!used.has(name)) problems.push({ path: `Parameters.${name}`, message: `parameter ${name} is never used` });
  }
  for (const [section, entries] of [['Resources', template.Resources], ['Outputs', template.Outputs]] as const) {
    if (!isObject(entries)) continue;
    for (const [id, entry] of Object.entries(entries)) {
      if (!isObject(entry)) continue;
      if (typeof entry.Condition === 'string' && !names.conditions.has(entry.Condition)) {
        problems.push({ path: `${section}.${id}.Condition`, message: `unknown condition ${entry.Condition}` });
      }
      const dependsOn = typeof entry.DependsOn === 'string' ? [entry.DependsOn] : entry.DependsOn;
      if (Array.isArray(dependsOn)) {
        for (const target of dependsOn) {
          if (typeof target !== 'string' || !names.resources.has(target)) {
            problems.push({ path: `${section}.${id}.DependsOn`, message: `DependsOn names unknown resource ${target}` });
          }
        }
      }
    }
  }
  return problems;
}

function namesIn(template: JsonObject): Names {
  const keys = (section: Json | undefined) => (isObject(section) ? Object.keys(section) : []);
  const resources = new Map<string, string>();
  if (isObject(template.Resources)) {
    for (const [id, resource] of Object.entries(template.Resources)) {
      resources.set(id, isObject(resource) && typeof resource.Type === 'string' ? resource.Type : '');
    }
  }
  return {
    parameters: new Set(keys(template.Parameters)),
    resources,
    conditions: new Set(keys(template.Conditions)),
    mappings: new Set(keys(template.Mappings)),
  };
}

interface WalkContext {
  names: Names;
  spec: Spec;
  problems: Problem[];
  /** Every name a Ref or Sub variable has pointed at so far. */
  used: Set<string>;
  inConditions: boolean;
}

function walk(value: Json, path: string, ctx: WalkContext): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, join(path, String(i)), ctx));
    return;
  }
  if (!isObject(value)) return;
  if (isIntrinsic(value)) checkIntrinsic(value, path, ctx);
  if (isConditionReference(value, ctx)) {
    const name = value.Condition as string;
    if (!ctx.names.conditions.has(name)) ctx.problems.push({ path, message: `unknown condition ${name}` });
  }
  for (const [key, child] of Object.entries(value)) walk(child, join(path, key), ctx);
}

/** `{ Condition: name }` is a reference only inside condition functions, not an IAM policy's Condition block. */
function isConditionReference(value: JsonObject, ctx: WalkContext): boolean {
  return ctx.inConditions && Object.keys(value).length === 1 && typeof value.Condition === 'string';
}

function checkIntrinsic(value: JsonObject, path: string, ctx: WalkContext): void {
  const fn = Object.keys(value)[0]!; // an intrinsic has exactly one key
  const args = value[fn]!;
  const problem = (message: string) => ctx.problems.push({ path, message });
  if (!FUNCTIONS.has(fn)) problem(`unknown intrinsic function ${fn}`);
  if (fn === 'Ref' && typeof args === 'string') checkRef(args, ctx, problem);
  if (fn === 'Fn::GetAtt' && Array.isArray(args) && typeof args[0] === 'string') {
    if (typeof args[1] === 'string') checkGetAtt(args[0], args[1], ctx, problem);
    else if (!ctx.names.resources.has(args[0])) problem(`GetAtt names unknown resource ${args[0]}`);
  }
  if (fn === 'Fn::Sub') checkSub(args, ctx, problem);
  if (fn === 'Fn::If' && Array.isArray(args) && typeof args[0] === 'string' && !ctx.names.conditions.has(args[0])) {
    problem(`unknown condition ${args[0]}`);
  }
  if (fn === 'Fn::FindInMap' && Array.isArray(args) && typeof args[0] === 'string' && !ctx.names.mappings.has(args[0])) {
    problem(`unknown mapping ${args[0]}`);
  }
}

function checkRef(name: string, ctx: WalkContext, problem: (message: string) => void): void {
  ctx.used.add(name);
  if (PSEUDO_PARAMETERS.has(name) || ctx.names.parameters.has(name)) return;
  if (ctx.names.resources.has(name)) {
    if (ctx.inConditions) problem(`conditions may only Ref parameters, not resource ${name}`);
    return;
  }
  problem(`Ref to unknown parameter or resource ${name}`);
}

function checkGetAtt(resource: string, attribute: string, ctx: WalkContext, problem: (message: string) => void): void {
  const type = ctx.names.resources.get(resource);
  if (type === undefined) return problem(`GetAtt names unknown resource ${resource}`);
  if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') return;
  if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) return;
  const attributes = ctx.spec.resource(type)?.attributes;
  if (attributes && !(attribute in attributes)) {
    problem(`${type} has no attribute ${attribute} (it has: ${Object.keys(attributes).sort().join(', ')})`);
  }
}

function checkSub(args: Json, ctx: WalkContext, problem: (message: string) => void): void {
  const text = Array.isArray(args) ? args[0] : args;
  const locals = Array.isArray(args) && isObject(args[1]) ? new Set(Object.keys(args[1])) : new Set<string>();
  if (typeof text !== 'string') return;
  for (const name of subVariables(text)) {
    if (locals.has(name)) continue;
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) checkGetAtt(name.slice(0, dot), name.slice(dot + 1), ctx, problem);
    else checkRef(name, ctx, problem);
  }
}

/** The variable names in a `Fn::Sub` string: `${Name}` and `${Res.Attr}`, not the literal `${!Text}`. */
export function subVariables(text: string): string[] {
  // The group is not optional, hence the `!`.
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]!.trim()).filter((name) => !name.startsWith('!'));
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

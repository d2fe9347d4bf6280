/**
 * Checks a resource's `Properties` against its type in the AWS resource specification.
 *
 * Three kinds of mistake are caught: a property name the type does not have (usually a typo), a required
 * property that is missing, and a value of the wrong basic shape (a list where a string belongs, a word
 * where a number belongs, a map where a list belongs). Values computed by intrinsic functions are unknown
 * until deploy time and are accepted, except `Fn::If`, whose two branches are checked in turn, and
 * `Ref AWS::NoValue`, which removes the property. Scalars are checked the way CloudFormation coerces them:
 * a number may stand for a string, and a numeric string for a number.
 */
import type { Json } from './parse-template.ts';
import { join } from './parse-template.ts';
import type { PropertySpec, Spec, SpecType } from './spec.ts';

export interface Problem {
  path: string;
  message: string;
}

/** True for `{ Ref: … }` or `{ 'Fn::…': … }`: a value only known at deploy time. */
export function isIntrinsic(value: Json): value is { [key: string]: Json } {
  if (!isObject(value)) return false;
  const [key, ...more] = Object.keys(value);
  return key !== undefined && more.length === 0 && (key === 'Ref' || key.startsWith('Fn::'));
}

/** Checks a property map against its spec: unknown names, missing required ones, and each value's shape. */
export function checkPropertyMap(
  value: Json,
  properties: Record<string, PropertySpec>,
  path: string,
  spec: Spec,
): Problem[] {
  if (isIntrinsic(value)) return checkIntrinsic(value, path, (v, p) => checkPropertyMap(v, properties, p, spec));
  if (!isObject(value)) return [{ path, message: `expected an object, found ${describe(value)}` }];
  const problems: Problem[] = [];
  for (const [name, propertyValue] of Object.entries(value)) {
    const property = properties[name];
    if (!property) {
      problems.push({ path: join(path, name), message: `unknown property ${name}${suggest(name, properties)}` });
    } else {
      problems.push(...checkValue(propertyValue, property.type, join(path, name), spec));
    }
  }
  for (const [name, property] of Object.entries(properties)) {
    if (property.required && !(name in value)) {
      problems.push({ path, message: `missing required property ${name}` });
    }
  }
  return problems;
}

/** Checks one value against a spec type, recursing into lists, maps and nested property types. */
export function checkValue(value: Json, type: SpecType, path: string, spec: Spec): Problem[] {
  if (isIntrinsic(value)) return checkIntrinsic(value, path, (v, p) => checkValue(v, type, p, spec));
  const wrong = (expected: string): Problem[] => [{ path, message: `expected ${expected}, found ${describe(value)}` }];
  switch (type.type) {
    case 'json':
      return [];
    case 'string':
    case 'date-time':
      return isScalar(value) ? [] : wrong('a string');
    case 'integer':
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        ? []
        : wrong('a number');
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? [] : wrong('true or false');
    case 'tag':
      return checkPropertyMap(value, TAG_PROPERTIES, path, spec);
    case 'array':
      if (!Array.isArray(value)) return wrong('a list');
      return value.flatMap((item, i) => checkValue(item, type.element, join(path, String(i)), spec));
    case 'map':
      if (!isObject(value)) return wrong('a map');
      return Object.entries(value).flatMap(([k, v]) => checkValue(v, type.element, join(path, k), spec));
    case 'ref': {
      const definition = spec.typeDefinition(type.reference.$ref);
      return definition ? checkPropertyMap(value, definition.properties, path, spec) : [];
    }
    case 'union': {
      const attempts = type.types.map((alternative) => checkValue(value, alternative, path, spec));
      return attempts.some((problems) => problems.length === 0) ? [] : (attempts[0] ?? []);
    }
  }
}

const TAG_PROPERTIES: Record<string, PropertySpec> = {
  Key: { type: { type: 'string' }, required: true },
  Value: { type: { type: 'string' }, required: true },
};

/** `Fn::If` is checked branch by branch; `AWS::NoValue` and every other intrinsic pass. */
function checkIntrinsic(
  value: { [key: string]: Json },
  path: string,
  check: (value: Json, path: string) => Problem[],
): Problem[] {
  const branches = value['Fn::If'];
  if (!Array.isArray(branches) || branches.length !== 3) return [];
  return [1, 2].flatMap((i) => {
    const branch = branches[i]!; // branches has three items
    const noValue = isObject(branch) && branch.Ref === 'AWS::NoValue';
    return noValue ? [] : check(branch, join(path, `Fn::If.${i}`));
  });
}

/** Names the closest known property when the difference looks like a typo. */
function suggest(name: string, properties: Record<string, PropertySpec>): string {
  const lower = name.toLowerCase();
  const close = Object.keys(properties).find((known) => editDistance(known.toLowerCase(), lower) <= 2);
  return close ? ` (did you mean ${close}?)` : '';
}

/** Levenshtein distance, for typo suggestions only. */
function editDistance(a: string, b: string): number {
  // Both rows hold b.length + 1 entries and j runs from 1 to b.length, so every read is in range.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: Json): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function describe(value: Json): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

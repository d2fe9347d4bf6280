import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPropertyMap } from './check-properties.ts';
import type { Json } from './parse-template.ts';
import { specFromDatabase } from './spec.ts';

// A two-type specification: enough to exercise every kind of type without loading the real one.
const spec = specFromDatabase({
  schema: {
    resource: {
      entities: [{
        $id: '1',
        cloudFormationType: 'Test::Thing',
        attributes: {},
        properties: {
          Name: { type: { type: 'string' }, required: true },
          Size: { type: { type: 'integer' } },
          Enabled: { type: { type: 'boolean' } },
          Ports: { type: { type: 'array', element: { type: 'integer' } } },
          Labels: { type: { type: 'map', element: { type: 'string' } } },
          Tags: { type: { type: 'array', element: { type: 'tag' } } },
          Rule: { type: { type: 'ref', reference: { $ref: '2' } } },
          Policy: { type: { type: 'union', types: [{ type: 'string' }, { type: 'json' }] } },
        },
      }],
    },
    typeDefinition: { entities: [{ $id: '2', name: 'Rule', properties: { Path: { type: { type: 'string' }, required: true } } }] },
  },
});
const properties = spec.resource('Test::Thing')!.properties;
const check = (value: Json) => checkPropertyMap(value, properties, 'P', spec).map((p) => `${p.path}: ${p.message}`);

describe('checkPropertyMap', () => {
  const ok: Array<[string, Json]> = [
    ['a minimal value', { Name: 'x' }],
    ['a number where a string belongs (CloudFormation coerces it)', { Name: 5 }],
    ['a numeric string where an integer belongs', { Name: 'x', Size: '20' }],
    ['"true" where a boolean belongs', { Name: 'x', Enabled: 'true' }],
    ['an intrinsic anywhere', { Name: { Ref: 'P' }, Size: { Ref: 'S' }, Ports: { 'Fn::Split': [',', 'a'] } }],
    ['a nested type with its required field', { Name: 'x', Rule: { Path: '/' } }],
    ['either side of a union', { Name: 'x', Policy: { Statement: [] } }],
    ['tags as Key/Value pairs', { Name: 'x', Tags: [{ Key: 'a', Value: 'b' }] }],
    ['Fn::If whose false branch is AWS::NoValue', { Name: 'x', Size: { 'Fn::If': ['C', 3, { Ref: 'AWS::NoValue' }] } }],
  ];
  for (const [label, value] of ok) it(`accepts ${label}`, () => assert.deepEqual(check(value), []));

  const bad: Array<[string, Json, string]> = [
    ['a misspelled property, with a suggestion', { Name: 'x', Sise: 1 }, 'P.Sise: unknown property Sise (did you mean Size?)'],
    ['a missing required property', { Size: 1 }, 'P: missing required property Name'],
    ['a word where an integer belongs', { Name: 'x', Size: 'big' }, 'P.Size: expected a number, found string "big"'],
    ['a list where a string belongs', { Name: ['x'] }, 'P.Name: expected a string, found a list'],
    ['a bad list element', { Name: 'x', Ports: [80, 'http'] }, 'P.Ports.1: expected a number, found string "http"'],
    ['a list where a map belongs', { Name: 'x', Labels: ['a'] }, 'P.Labels: expected a map, found a list'],
    ['a tag without a Value', { Name: 'x', Tags: [{ Key: 'a' }] }, 'P.Tags.0: missing required property Value'],
    ['a nested type missing its required field', { Name: 'x', Rule: {} }, 'P.Rule: missing required property Path'],
    ['a wrong Fn::If branch', { Name: 'x', Size: { 'Fn::If': ['C', 3, 'many'] } }, 'P.Size.Fn::If.2: expected a number, found string "many"'],
  ];
  for (const [label, value, expected] of bad) it(`rejects ${label}`, () => assert.deepEqual(check(value), [expected]));
});

/**
 * The load balancer and `serve all` must send every path to the same service.
 *
 * The template's listener rules are read as data and evaluated the way an Application Load Balancer does:
 * rules in ascending Priority, the first whose path-pattern matches wins, else the listener's default action.
 * A path pattern is a case-sensitive glob over the raw path where `*` matches any run of characters
 * (including `/`) and `?` exactly one. That is compared with `serviceFor(path)` from
 * src/app/service-for-path.ts over hand-picked edge cases and a few thousand generated paths, with and
 * without an HTTPS certificate (which moves the rules from the HTTP to the HTTPS listener).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Json } from '../../scripts/cfn/parse-template.ts';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';
import { serviceFor } from '../../src/app/service-for-path.ts';

type JsonObject = { [key: string]: Json };
const template = parseTemplate(readFileSync(new URL('../../cloudformation/textops.yaml', import.meta.url), 'utf8')).template as JsonObject;
const resources = template.Resources as JsonObject;

/** Replaces each `Fn::If` by the branch the given condition values select. */
function resolveIf(value: Json, conditions: Record<string, boolean>): Json {
  if (Array.isArray(value)) return value.map((v) => resolveIf(v, conditions));
  if (value === null || typeof value !== 'object') return value;
  const ifArgs = value['Fn::If'];
  if (Array.isArray(ifArgs)) {
    const name = ifArgs[0] as string;
    assert.ok(name in conditions, `the test must decide condition ${name}`);
    return resolveIf((conditions[name] ? ifArgs[1] : ifArgs[2]) ?? null, conditions);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveIf(v, conditions)]));
}

/** ALB path-pattern semantics as a regular expression: `*` any characters, `?` one, case-sensitive. */
function patternToRegExp(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

/** Which service each target group feeds, from the ECS services' LoadBalancers blocks. */
function serviceByTargetGroup(): Map<string, string> {
  const map = new Map<string, string>();
  for (const resource of Object.values(resources) as JsonObject[]) {
    if (resource.Type !== 'AWS::ECS::Service') continue;
    for (const lb of ((resource.Properties as JsonObject).LoadBalancers as JsonObject[])) {
      map.set((lb.TargetGroupArn as JsonObject).Ref as string, lb.ContainerName as string);
    }
  }
  return map;
}

/** Builds the ALB's routing function for one setting of the template's conditions. */
function albRouter(conditions: Record<string, boolean>): (path: string) => string {
  const routing = Object.entries(resources).filter(([, r]) => String((r as JsonObject).Type).startsWith('AWS::ElasticLoadBalancingV2::Listener'));
  const resolved = routing.map(([id, r]) => [id, resolveIf(r, conditions)] as [string, JsonObject]);
  const services = serviceByTargetGroup();
  const live = resolved.filter(([, r]) => typeof r.Condition !== 'string' || conditions[r.Condition as string]);
  const forwarding = live.filter(([, r]) => {
    if (r.Type !== 'AWS::ElasticLoadBalancingV2::Listener') return false;
    return ((r.Properties as JsonObject).DefaultActions as JsonObject[])[0]?.Type === 'forward';
  });
  const [forwarder, ...others] = forwarding;
  assert.ok(forwarder && others.length === 0, 'exactly one listener forwards traffic; the other (if any) redirects');
  const [listenerId, listener] = forwarder;
  const defaultGroup = (((listener.Properties as JsonObject).DefaultActions as JsonObject[])[0]?.TargetGroupArn as JsonObject).Ref as string;
  const rules = live
    .map(([, r]) => r)
    .filter((r) => r.Type === 'AWS::ElasticLoadBalancingV2::ListenerRule')
    .map((r) => r.Properties as JsonObject)
    .filter((p) => (p.ListenerArn as JsonObject).Ref === listenerId)
    .sort((a, b) => Number(a.Priority) - Number(b.Priority));
  assert.ok(rules.length > 0, `listener ${listenerId} has rules`);
  return (path) => {
    for (const rule of rules) {
      const patterns = (rule.Conditions as JsonObject[])
        .filter((c) => c.Field === 'path-pattern')
        .flatMap((c) => ((c.PathPatternConfig as JsonObject).Values as string[]).map(patternToRegExp));
      if (patterns.some((re) => re.test(path))) {
        return services.get(((rule.Actions as JsonObject[])[0]?.TargetGroupArn as JsonObject).Ref as string)!;
      }
    }
    return services.get(defaultGroup)!;
  };
}

/** A deterministic stream of paths built from the characters that matter to the rule. */
function generatedPaths(count: number): string[] {
  const pieces = ['/', '/', 'api', 'API', 'a', 'p', 'i', 'x', '.', '%2F', '*', '?', '-', 'spell'];
  let seed = 20240607;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 6);
    return '/' + Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  });
}

const edgeCases = [
  '/', '/api', '/api/', '/api/spell', '/api/space', '/api/translate', '/api/healthz', '/api/readyz', '/healthz',
  '/readyz', '/apix', '/api-docs', '/api.json', '/API', '/API/spell', '/Api/spell', '/x/api/', '/x/api', '//api/spell',
  '/api//spell', '/api%2Fspell', '/ap', '/a', '/history', '/records/12', '/api/*', '/api/?', '/api/spell/extra/deep',
];

for (const hasCertificate of [false, true]) {
  describe(`listener rules ${hasCertificate ? 'with' : 'without'} an HTTPS certificate`, () => {
    const alb = albRouter({ HasCertificate: hasCertificate });
    for (const path of edgeCases) {
      it(`sends ${path} to ${serviceFor(path)} like serve all`, () => assert.equal(alb(path), serviceFor(path)));
    }
    it('agrees with serviceFor on 3000 generated paths', () => {
      const paths = generatedPaths(3000);
      const disagreements = paths.filter((p) => alb(p) !== serviceFor(p));
      assert.deepEqual(disagreements, []);
      assert.ok(paths.some((p) => serviceFor(p) === 'api') && paths.some((p) => serviceFor(p) === 'home'), 'both services are exercised');
    });
  });
}

describe('the HTTP listener with a certificate', () => {
  it('redirects permanently to HTTPS, keeping host, path and query', () => {
    const http = resolveIf(resources.HttpListener ?? null, { HasCertificate: true }) as JsonObject;
    const [action] = (http.Properties as JsonObject).DefaultActions as JsonObject[];
    assert.deepEqual(action, {
      Type: 'redirect',
      RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' },
    });
  });
});

describe('patternToRegExp', () => {
  const cases: Array<[string, string, boolean]> = [
    ['/api/*', '/api/a/b', true], ['/api/*', '/api/', true], ['/api/*', '/api', false],
    ['/api', '/API', false], ['/a?i', '/api', true], ['/a.i', '/api', false],
  ];
  for (const [pattern, path, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} ${path} with ${pattern}`, () => assert.equal(patternToRegExp(pattern).test(path), expected));
  }
});

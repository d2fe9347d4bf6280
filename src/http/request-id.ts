/**
 * Choosing the id that ties a request's log lines, its response and the load balancer's logs together.
 *
 * Order: the client's X-Request-Id when it is sane (1-128 characters of [A-Za-z0-9._:-], so it
 * cannot forge log structure or headers), else the Root of the ALB's X-Amzn-Trace-Id
 * (`Root=1-67891233-abcdef012345678912345678;...`), which also appears in the ALB access logs,
 * else a random UUID.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Picks the request id for a request from its headers. */
export function requestIdFrom(headers: IncomingHttpHeaders, random: () => string = randomUUID): string {
  const given = headers['x-request-id'];
  if (typeof given === 'string' && SANE_ID.test(given)) return given;
  const trace = headers['x-amzn-trace-id'];
  if (typeof trace === 'string') {
    const root = /(?:^|;)\s*Root=([^;\s]+)/.exec(trace)?.[1];
    if (root !== undefined && SANE_ID.test(root)) return root;
  }
  return random();
}

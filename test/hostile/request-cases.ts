/**
 * Hostile requests that are not about the body: broken request lines and headers, unknown or
 * wrong methods, odd and oversized paths, and abuse of the history page's filters and cursor
 * (forged, negative, huge, repeated, wrong type, SQL). Each must be a 4xx naming the problem.
 */
import { cursor, get, type HostileCase } from './cases.ts';

const raw = (name: string, bytes: string, status: number, message?: RegExp): HostileCase => ({ name, send: Buffer.from(bytes, 'latin1'), status, message });

const PROTOCOL: HostileCase[] = [
  raw('a garbage request line', 'HELLO\r\n\r\n', 400),
  raw('a token after the version', 'GET / HTTP/1.1 extra\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('a space inside the path', 'GET /api/sp ell HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('a tab inside the path', 'GET /api/\tspell HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('a raw NUL inside the path', 'GET /api/spell\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('raw UTF-8 bytes in the path', 'GET /api/sp\u00c3\u00a9ll HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('chunked that is not the last transfer coding', 'POST /api/spell HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked, gzip\r\nConnection: close\r\n\r\n0\r\n\r\n', 400),
  raw('an unknown HTTP version', 'GET / HTTP/3.7\r\nHost: x\r\n\r\n', 400),
  raw('a missing Host header', 'GET /api/spell HTTP/1.1\r\nConnection: close\r\n\r\n', 400, /Host/),
  raw('a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n', 400),
  raw('a space before the header colon', 'GET / HTTP/1.1\r\nHost : x\r\nConnection: close\r\n\r\n', 400),
  raw('a NUL in a header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\nConnection: close\r\n\r\n', 400),
  raw('an obsolete folded header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\nConnection: close\r\n\r\n', 400),
  raw('bare LF line endings with a bad header', 'GET / HTTP/1.1\nHost: x\nBad Header: y\n\n', 400),
  raw('a 20 KB header line', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`, 431),
  raw('2,000 small headers', `GET / HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 2_000 }, (_, i) => `X-H${i}: v`).join('\r\n')}\r\nConnection: close\r\n\r\n`, 431),
  raw('a 100 KB cookie', `GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'c=1; '.repeat(20_000)}\r\nConnection: close\r\n\r\n`, 431),
  raw('a 20 KB path', `GET /${'p'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 431),
  raw('an unknown method', 'FROB /api/spell HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('a lower-case method', 'get / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400),
  raw('an absurdly long method', `${'G'.repeat(5_000)} / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 400),
];

const method = (verb: string, path: string, status: number): HostileCase => ({
  name: `${verb} ${path}`,
  send: { method: verb, path, headers: { Accept: 'application/json' }, ...(verb === 'PUT' || verb === 'PATCH' ? { body: '{}' } : {}) },
  status,
  message: status === 405 ? /does not accept/ : /There is no page/,
});

const METHODS: HostileCase[] = [
  ...['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND', 'LINK'].flatMap((verb) => [method(verb, '/api/spell', 405), method(verb, '/', 405)]),
  method('POST', '/', 405),
  method('POST', '/records.json', 405),
  method('POST', '/api/healthz', 405),
  method('DELETE', '/api/nowhere', 404),
];

const notFound = (path: string): HostileCase => ({ name: `the path ${path.length > 60 ? path.slice(0, 40) + `... (${path.length} chars)` : path}`, send: get(path), status: 404, message: /There is no page/ });

const PATHS: HostileCase[] = [
  '//api/spell', '/api/spell/', '/api//spell', '/api/spell//', '/API/spell', '/api/SPELL', '/api/spell;jsessionid=1', '/api/spell%2F', '/api%2Fspell',
  '/%61pi/spell', '/api/spell/%2e%2e/%2e%2e/etc/passwd', '/x/%2e%2e/api/spell', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/api/spell%00', '/api/spell%00.json', '/%00',
  '/.env', '/.git/config', '/index.php', '/wp-admin/', '/records.json/', '/records.json.bak', '/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/textops.css/', '/assets/', '/%ff%fe', '/\u00e9'.replace('\u00e9', '%C3%A9'), `/${'a/'.repeat(2_000)}`, `/api/${'x'.repeat(8_000)}`, '/api/healthz/../../.env',
].map(notFound);

const badFilter = (query: string, message: RegExp): HostileCase[] =>
  ['/', '/records.json'].map((path) => ({ name: `${path}?${query.length > 60 ? query.slice(0, 40) + '...' : query}`, send: get(`${path}?${query}`), status: 400, message }));

const CURSOR = /"after" cursor is not valid/;
const LIMIT = /"limit" must be a whole number from 1 to 500/;

const FILTERS: HostileCase[] = [
  ...badFilter('after=not-a-cursor', CURSOR),
  ...badFilter(`after=${cursor('--1.5')}`, CURSOR),
  ...badFilter(`after=${cursor('-0.5')}`, CURSOR),
  ...badFilter(`after=${cursor('-62135596800001.5')}`, CURSOR),
  ...badFilter(`after=${cursor('5.-1')}`, CURSOR),
  ...badFilter(`after=${cursor('1.5.7')}`, CURSOR),
  ...badFilter(`after=${cursor('1e5.2')}`, CURSOR),
  ...badFilter(`after=${cursor('99999999999999999999.1')}`, CURSOR),
  ...badFilter(`after=${cursor('253402300800000.1')}`, CURSOR),
  ...badFilter(`after=${cursor("1.1' OR '1'='1")}`, CURSOR),
  ...badFilter(`after=${encodeURIComponent("1.1' OR '1'='1")}`, CURSOR),
  ...badFilter(`after=${'A'.repeat(65)}`, CURSOR),
  ...badFilter('after=%FF%FE', CURSOR),
  ...badFilter('after=MTIzLjQ1Ng==', CURSOR),
  ...badFilter('after=a&after=b', /given 2 times/),
  ...badFilter('limit=0', LIMIT),
  ...badFilter('limit=-1', LIMIT),
  ...badFilter('limit=501', LIMIT),
  ...badFilter('limit=99999999999999999999', LIMIT),
  ...badFilter('limit=1e3', LIMIT),
  ...badFilter('limit=2.5', LIMIT),
  ...badFilter('limit=ten', LIMIT),
  ...badFilter(`limit=${encodeURIComponent('1;DROP TABLE records')}`, LIMIT),
  ...badFilter('limit=5&limit=6', /given 2 times/),
  ...badFilter('op=drop', /"op" filter must be one of/),
  ...badFilter('op=SPELL', /"op" filter must be one of/),
  ...badFilter(`op=${encodeURIComponent("spell' OR '1'='1")}`, /"op" filter must be one of/),
  ...badFilter('op=spell&op=space', /given 2 times/),
  ...badFilter(`tag=${'t'.repeat(201)}`, /"tag" filter/),
  ...badFilter('tag=a&tag=b', /given 2 times/),
];

/** Every non-body case. */
export const REQUEST_CASES: HostileCase[] = [...PROTOCOL, ...METHODS, ...PATHS, ...FILTERS];

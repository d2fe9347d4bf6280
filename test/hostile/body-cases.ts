/**
 * Hostile bodies for the three submit routes: wrong or missing types, broken JSON, broken forms,
 * invalid and overlong UTF-8, NUL and other control characters, lone surrogates, oversized
 * bodies, too many fields, deep nesting, and broken framing. Every one is a 4xx naming the problem.
 */
import { formPost, jsonPost, jsonWithRawText, jsonWithTextBytes, SUBMIT_PATHS, type HostileCase } from './cases.ts';

const TEN_MB = 10 * 1024 * 1024;

/** Cases that must fail the same way on every submit route. */
function perRoute(path: string): HostileCase[] {
  const at = (name: string) => `${path}: ${name}`;
  return [
    // Content types
    { name: at('no Content-Type'), send: { method: 'POST', path, headers: { Accept: 'application/json' }, body: '{"text":"a"}' }, status: 415, message: /no Content-Type/ },
    { name: at('text/plain'), send: jsonPost(path, 'text=hello', { 'Content-Type': 'text/plain' }), status: 415, message: /text\/plain/ },
    { name: at('multipart/form-data'), send: jsonPost(path, '--x\r\n\r\nhello\r\n--x--', { 'Content-Type': 'multipart/form-data; boundary=x' }), status: 415, message: /multipart/ },
    { name: at('application/xml'), send: jsonPost(path, '<text>a</text>', { 'Content-Type': 'application/xml' }), status: 415 },
    { name: at('a JSON body declared as latin-1'), send: jsonPost(path, '{"text":"a"}', { 'Content-Type': 'application/json; charset=iso-8859-1' }), status: 415, message: /UTF-8/ },
    { name: at('a form declared as UTF-16'), send: formPost(path, 'text=a', { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-16' }), status: 415, message: /UTF-8/ },
    { name: at('an empty Content-Type'), send: jsonPost(path, '{"text":"a"}', { 'Content-Type': '' }), status: 415 },
    { name: at('a garbage Content-Type'), send: jsonPost(path, '{"text":"a"}', { 'Content-Type': ';;;==' }), status: 415 },
    // Broken JSON
    { name: at('an empty JSON body'), send: jsonPost(path, ''), status: 400, message: /empty/ },
    { name: at('a truncated JSON object'), send: jsonPost(path, '{"text": "hel'), status: 400, message: /not valid JSON/ },
    { name: at('JSON with a trailing comma'), send: jsonPost(path, '{"text": "a",}'), status: 400, message: /not valid JSON/ },
    { name: at('JSON with single quotes'), send: jsonPost(path, "{'text': 'a'}"), status: 400, message: /not valid JSON/ },
    { name: at('JSON followed by garbage'), send: jsonPost(path, '{"text": "a"} x'), status: 400, message: /not valid JSON/ },
    { name: at('two JSON objects'), send: jsonPost(path, '{"text": "a"}{"text": "b"}'), status: 400, message: /not valid JSON/ },
    { name: at('a JSON array'), send: jsonPost(path, '[{"text": "a"}]'), status: 400, message: /JSON object, not an array/ },
    { name: at('a JSON string'), send: jsonPost(path, '"hello"'), status: 400, message: /JSON object, not string/ },
    { name: at('JSON null'), send: jsonPost(path, 'null'), status: 400, message: /not null/ },
    { name: at('a JSON number'), send: jsonPost(path, '42'), status: 400, message: /JSON object/ },
    { name: at('NaN'), send: jsonPost(path, '{"text": NaN}'), status: 400, message: /not valid JSON/ },
    { name: at('a raw NUL byte in a JSON string'), send: jsonPost(path, Buffer.from('{"text": "a\u0000b"}')), status: 400, message: /not valid JSON/ },
    { name: at('a raw newline in a JSON string'), send: jsonPost(path, '{"text": "a\nb"}'), status: 400, message: /not valid JSON/ },
    { name: at('a bad JSON escape'), send: jsonPost(path, jsonWithRawText('\\x41')), status: 400, message: /not valid JSON/ },
    { name: at('a short \\u escape'), send: jsonPost(path, jsonWithRawText('\\u12')), status: 400, message: /not valid JSON/ },
    // Fields that are missing, blank or not text
    { name: at('no text field'), send: jsonPost(path, '{"id": "x"}'), status: 400, message: /text is required/ },
    { name: at('a blank text'), send: jsonPost(path, '{"text": " \\t\\n "}'), status: 400, message: /text is required/ },
    { name: at('a null text'), send: jsonPost(path, '{"text": null}'), status: 400, message: /text is required/ },
    { name: at('an object as text'), send: jsonPost(path, '{"text": {"$ne": ""}}'), status: 400, message: /text/ },
    { name: at('an array as text'), send: jsonPost(path, '{"text": ["a", "b"]}'), status: 400, message: /text/ },
    { name: at('a number too large for a double as text'), send: jsonPost(path, '{"text": 1e999}'), status: 400, message: /"text" must be a string/ },
    { name: at('a number as text'), send: jsonPost(path, '{"text": 42}'), status: 400, message: /"text" must be a string/ },
    { name: at('a boolean as text'), send: jsonPost(path, '{"text": true}'), status: 400, message: /"text" must be a string/ },
    { name: at('negative zero as the tag'), send: jsonPost(path, '{"id": -0, "text": "a"}'), status: 400, message: /"id" must be a string/ },
    { name: at('an object as the tag'), send: jsonPost(path, '{"id": {"a": 1}, "text": "a"}'), status: 400, message: /"id" must be a string/ },
    { name: at('an array as the tag'), send: jsonPost(path, '{"id": ["a"], "text": "a"}'), status: 400, message: /"id" must be a string/ },
    { name: at('a number as the "tag" field'), send: jsonPost(path, '{"tag": 7, "text": "a"}'), status: 400, message: /"tag" must be a string/ },
    { name: at('an empty form'), send: formPost(path, ''), status: 400, message: /text is required/ },
    { name: at('a form whose text is only spaces'), send: formPost(path, 'text=+++'), status: 400, message: /text is required/ },
    { name: at('a JSON body sent as a form'), send: formPost(path, '{"text":"hello"}'), status: 400, message: /text is required/ },
    { name: at('a form body sent as JSON'), send: jsonPost(path, 'id=a&text=hello'), status: 400, message: /not valid JSON/ },
    // Broken form encoding
    { name: at('a lone % in a form'), send: formPost(path, 'text=50%'), status: 400, message: /percent-escape/ },
    { name: at('a bad percent-escape'), send: formPost(path, 'text=%zz'), status: 400, message: /percent-escape/ },
    { name: at('a truncated multi-byte percent-escape'), send: formPost(path, 'text=%E2%82'), status: 400, message: /percent-escape/ },
    { name: at('an overlong "/" percent-escaped'), send: formPost(path, 'text=%C0%AF'), status: 400, message: /percent-escape/ },
    { name: at('an encoded surrogate percent-escaped'), send: formPost(path, 'text=%ED%A0%80'), status: 400, message: /percent-escape/ },
    { name: at('a NUL percent-escaped in a form'), send: formPost(path, 'text=a%00b'), status: 400, message: /U\+0000/ },
    { name: at('an escape character in a form'), send: formPost(path, 'text=a%1B%5B31mred'), status: 400, message: /U\+001B/ },
    // Invalid UTF-8 on the wire
    { name: at('a 0xFF byte'), send: jsonPost(path, jsonWithTextBytes([0xff])), status: 400, message: /not valid UTF-8/ },
    { name: at('a lone continuation byte'), send: jsonPost(path, jsonWithTextBytes([0x80])), status: 400, message: /not valid UTF-8/ },
    { name: at('an overlong 2-byte "/"'), send: jsonPost(path, jsonWithTextBytes([0xc0, 0xaf])), status: 400, message: /not valid UTF-8/ },
    { name: at('an overlong 3-byte "/"'), send: jsonPost(path, jsonWithTextBytes([0xe0, 0x80, 0xaf])), status: 400, message: /not valid UTF-8/ },
    { name: at('an overlong 4-byte NUL'), send: jsonPost(path, jsonWithTextBytes([0xf0, 0x80, 0x80, 0x80])), status: 400, message: /not valid UTF-8/ },
    { name: at('a UTF-8-encoded surrogate (CESU-8)'), send: jsonPost(path, jsonWithTextBytes([0xed, 0xa0, 0x80])), status: 400, message: /not valid UTF-8/ },
    { name: at('a code point above U+10FFFF'), send: jsonPost(path, jsonWithTextBytes([0xf4, 0x90, 0x80, 0x80])), status: 400, message: /not valid UTF-8/ },
    { name: at('a truncated 3-byte sequence'), send: jsonPost(path, jsonWithTextBytes([0xe2, 0x82])), status: 400, message: /not valid UTF-8/ },
    { name: at('a UTF-16 body'), send: jsonPost(path, Buffer.from('\uFEFF{"text":"a"}', 'utf16le')), status: 400 },
    { name: at('latin-1 bytes in a form'), send: formPost(path, Buffer.from('text=caf\xe9', 'latin1')), status: 400, message: /not valid UTF-8/ },
    // Characters that are valid JSON but not acceptable text
    { name: at('an escaped NUL'), send: jsonPost(path, jsonWithRawText('a\\u0000b')), status: 400, message: /U\+0000/ },
    { name: at('a bell character'), send: jsonPost(path, jsonWithRawText('a\\u0007b')), status: 400, message: /U\+0007/ },
    { name: at('a C1 control (NEL)'), send: jsonPost(path, jsonWithRawText('a\\u0085b')), status: 400, message: /U\+0085/ },
    { name: at('DEL'), send: jsonPost(path, jsonWithRawText('a\\u007fb')), status: 400, message: /U\+007F/ },
    { name: at('a lone high surrogate'), send: jsonPost(path, jsonWithRawText('a\\ud800b')), status: 400, message: /unpaired surrogate/ },
    { name: at('a lone low surrogate'), send: jsonPost(path, jsonWithRawText('\\udfffb')), status: 400, message: /unpaired surrogate/ },
    { name: at('reversed surrogates'), send: jsonPost(path, jsonWithRawText('\\ude00\\ud83d')), status: 400, message: /unpaired surrogate/ },
    // The tag
    { name: at('a 101-character tag'), send: jsonPost(path, JSON.stringify({ id: 't'.repeat(101), text: 'a' })), status: 400, message: /tag .* too long/ },
    { name: at('a tag on two lines'), send: jsonPost(path, JSON.stringify({ id: 'a\nb', text: 'a' })), status: 400, message: /one line/ },
    { name: at('a NUL in the tag'), send: jsonPost(path, JSON.stringify({ id: 'a\u0000', text: 'a' })), status: 400, message: /U\+0000/ },
    { name: at('a lone surrogate in the tag'), send: jsonPost(path, '{"id": "\\ud800", "text": "a"}'), status: 400, message: /unpaired surrogate/ },
    { name: at('a 10,000-character tag'), send: formPost(path, `id=${'x'.repeat(10_000)}&text=a`), status: 400, message: /too long/ },
    // Size limits
    { name: at('a text one character over the limit'), send: jsonPost(path, JSON.stringify({ text: 'é'.repeat(20_001) })), status: 413, message: /at most 20000 characters/ },
    { name: at('a declared Content-Length of 10 MB'), send: jsonPost(path, '{"text": "a"}', { 'Content-Length': String(TEN_MB) }), status: 413, message: /larger than the limit/ },
    { name: at('a 10 MB JSON body'), send: jsonPost(path, JSON.stringify({ text: 'a'.repeat(TEN_MB) })), status: 413, message: /larger than the limit/ },
    { name: at('a 10 MB form body'), send: formPost(path, 'text=' + 'b'.repeat(TEN_MB)), status: 413, message: /larger than the limit/ },
    { name: at('a 10 MB chunked body without a length'), send: Buffer.concat([Buffer.from(`POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nAccept: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${(TEN_MB).toString(16)}\r\n`), Buffer.alloc(TEN_MB, 0x61), Buffer.from('\r\n0\r\n\r\n')]), status: 413, message: /larger than the limit/ },
    { name: at('5,000 form fields'), send: formPost(path, Array.from({ length: 5_000 }, (_, i) => `f${i}=1`).join('&') + '&text=a'), status: 413, message: /more than 1000 fields/ },
    { name: at('5,000 JSON keys'), send: jsonPost(path, JSON.stringify(Object.fromEntries([...Array.from({ length: 5_000 }, (_, i) => [`k${i}`, 1]), ['text', 'a']]))), status: 413, message: /more than 1000 fields/ },
    { name: at('JSON nested 33 levels'), send: jsonPost(path, `{"text": "a", "x": ${'['.repeat(32)}${']'.repeat(32)}}`), status: 400, message: /nests deeper than 32/ },
    { name: at('JSON nested 40,000 levels'), send: jsonPost(path, `{"text": "a", "x": ${'[{"a":'.repeat(20_000)}1${'}]'.repeat(20_000)}}`), status: 400, message: /nests deeper than 32/ },
    // Framing
    { name: at('a body shorter than its Content-Length, then the client gives up'), send: jsonPost(path, '{"text": "a"}', { 'Content-Length': '100' }), halfClose: true, status: 400 },
    { name: at('both Content-Length and Transfer-Encoding'), send: jsonPost(path, '1\r\na\r\n0\r\n\r\n', { 'Transfer-Encoding': 'chunked' }), status: 400 },
    { name: at('a broken chunk size'), send: jsonPost(path, 'zz\r\n{}\r\n0\r\n\r\n', { 'Transfer-Encoding': 'chunked', 'Content-Length': null }), status: 400 },
    { name: at('a negative Content-Length'), send: jsonPost(path, '{}', { 'Content-Length': '-1' }), status: 400 },
    { name: at('a non-numeric Content-Length'), send: jsonPost(path, '{}', { 'Content-Length': 'twelve' }), status: 400 },
    { name: at('two different Content-Lengths'), send: Buffer.from(`POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`), status: 400 },
  ];
}

/** Every body case, for every submit route. */
export const BODY_CASES: HostileCase[] = SUBMIT_PATHS.flatMap(perRoute);

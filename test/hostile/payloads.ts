/**
 * Payloads that must be stored and shown as plain text: SQL-injection strings, HTML and script
 * injection, template syntax, and Unicode that confuses renderers. All are valid submissions
 * (well-formed, on one line, short enough to be a tag too), so the api must save them byte-exact
 * and every page must show them as text, never as markup or SQL.
 */

export const SQL_PAYLOADS: readonly string[] = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE records; --",
  '"; DROP TABLE records; --',
  "' UNION SELECT id, tag, original, processed, NULL, NULL, NULL FROM records --",
  "1; SELECT SLEEP(5) --",
  "' AND SLEEP(5) AND '1'='1",
  "\\'; DELETE FROM records WHERE 1=1; #",
  "\\\\' OR 1=1 /*",
  "%' OR tag LIKE '%",
  '_%_%_%',
  '? ? ?',
  ':tag $1 @x',
  "0x27204f5220313d31",
  "admin'/**/OR/**/1=1#",
  "') OR ('a'='a",
  "`; SHOW TABLES; `",
];

export const HTML_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</td></tr></table><h1>pwned</h1>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(document.cookie)',
  '<style>body{display:none}</style>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<!-- <b>comment</b> -->',
  '<![CDATA[<b>x</b>]]>',
  '&lt;already escaped&gt; &amp; &#60;b&#62;',
  '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
  '<base href="http://evil.example/">',
  '<form action="http://evil.example/"><input name=x></form>',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '\u202Egnp.exe <b>\u202C',
  'line\u2028separator\u2029paragraph',
  '<b onmouseover="alert(1)">bold</b>',
  '<<script>>alert(1)<</script>>',
];

/** Every payload, each labelled for test names. */
export const ALL_PAYLOADS: ReadonlyArray<readonly [label: string, payload: string]> = [
  ...SQL_PAYLOADS.map((payload, i) => [`sql-${i}`, payload] as const),
  ...HTML_PAYLOADS.map((payload, i) => [`html-${i}`, payload] as const),
];

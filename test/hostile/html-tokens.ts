/**
 * A tiny HTML tokenizer, enough to tell what markup a page really contains: start and end tags
 * with their attribute names and values, text, comments and the doctype. Script and style
 * contents are raw text, as a browser reads them. It is deliberately lenient (it never throws),
 * so that the test, not the tokenizer, decides whether a page is what it should be.
 */

export type HtmlToken =
  | { kind: 'start'; name: string; attributes: ReadonlyArray<readonly [name: string, value: string]> }
  | { kind: 'end'; name: string }
  | { kind: 'text'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'doctype'; text: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Splits an HTML document into tokens, in order. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      tokens.push({ kind: 'text', text: html.slice(at) });
      break;
    }
    if (open > at) tokens.push({ kind: 'text', text: html.slice(at, open) });
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      const end = close === -1 ? html.length : close + 3;
      tokens.push({ kind: 'comment', text: html.slice(open + 4, close === -1 ? html.length : close) });
      at = end;
    } else if (html.startsWith('<!', open) || html.startsWith('<?', open)) {
      const close = html.indexOf('>', open);
      tokens.push({ kind: 'doctype', text: html.slice(open + 2, close === -1 ? html.length : close) });
      at = close === -1 ? html.length : close + 1;
    } else if (/^<\/[A-Za-z]/.test(html.slice(open, open + 3))) {
      const close = html.indexOf('>', open);
      tokens.push({ kind: 'end', name: html.slice(open + 2, close === -1 ? html.length : close).trim().toLowerCase() });
      at = close === -1 ? html.length : close + 1;
    } else if (/^<[A-Za-z]/.test(html.slice(open, open + 2))) {
      const tag = readStartTag(html, open);
      tokens.push(tag.token);
      at = tag.end;
      if (RAW_TEXT.has(tag.token.name)) {
        const close = html.toLowerCase().indexOf(`</${tag.token.name}`, at);
        const stop = close === -1 ? html.length : close;
        if (stop > at) tokens.push({ kind: 'text', text: html.slice(at, stop) });
        at = stop;
      }
    } else {
      tokens.push({ kind: 'text', text: '<' });
      at = open + 1;
    }
  }
  return tokens;
}

function readStartTag(html: string, open: number): { token: Extract<HtmlToken, { kind: 'start' }>; end: number } {
  let at = open + 1;
  const nameMatch = /^[A-Za-z][^\s/>]*/.exec(html.slice(at, at + 64))!;
  const name = nameMatch[0].toLowerCase();
  at += nameMatch[0].length;
  const attributes: Array<[string, string]> = [];
  while (at < html.length) {
    while (at < html.length && /[\s/]/.test(html.charAt(at))) at++;
    if (at >= html.length || html[at] === '>') break;
    const attrName = /^[^\s/>=]+/.exec(html.slice(at))?.[0] ?? html.charAt(at);
    at += attrName.length;
    while (at < html.length && /\s/.test(html.charAt(at))) at++;
    let value = '';
    if (html[at] === '=') {
      at++;
      while (at < html.length && /\s/.test(html.charAt(at))) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        value = html.slice(at + 1, close === -1 ? html.length : close);
        at = close === -1 ? html.length : close + 1;
      } else {
        value = /^[^\s>]*/.exec(html.slice(at))![0];
        at += value.length;
      }
    }
    attributes.push([attrName.toLowerCase(), decodeEntities(value)]);
  }
  return { token: { kind: 'start', name, attributes }, end: Math.min(html.length, at + 1) };
}

/** Decodes the character references an escaper produces (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[lower] ?? whole;
  });
}

/** The set of "element" and "element[attribute]" names a page uses: its markup vocabulary. */
export function markupVocabulary(tokens: readonly HtmlToken[]): Set<string> {
  const names = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'start') continue;
    names.add(token.name);
    for (const [attribute] of token.attributes) names.add(`${token.name}[${attribute}]`);
  }
  return names;
}

/** All text content of a page, entities decoded. */
export function textContent(tokens: readonly HtmlToken[]): string {
  return tokens.map((token) => (token.kind === 'text' ? decodeEntities(token.text) : ' ')).join('');
}

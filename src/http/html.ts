/**
 * HTML built by a tagged template that escapes every interpolated value, and the page layout.
 *
 * `html` returns SafeHtml; a SafeHtml interpolated into another template is kept as is, anything
 * else is escaped: strings and numbers via escapeHtml, arrays item by item (then joined with no
 * separator), null, undefined and false as nothing. There is deliberately no "raw" escape hatch:
 * markup can only come from template literals in the source, never from data.
 */
import { iconHref, scriptHref, stylesheetHref } from './assets.ts';
import { OPERATION_INFO, type OperationInfo } from '../records/operations.ts';

/** Markup that is already safe to send: only `html` creates it. */
export class SafeHtml {
  readonly #markup: string;

  constructor(markup: string, token: symbol) {
    if (token !== CONSTRUCT) throw new TypeError('SafeHtml is made only by the html template tag');
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

const CONSTRUCT = Symbol('SafeHtml');

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that can change the meaning of HTML text or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!); // the pattern matches only ENTITIES' keys
}

/** The template tag: literal parts are trusted markup, every `${value}` is escaped. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  // A tagged template always has one more literal part than values.
  let markup = strings[0]!;
  for (const [i, value] of values.entries()) markup += render(value) + strings[i + 1]!;
  return new SafeHtml(markup, CONSTRUCT);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.toString();
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export type NavItem = OperationInfo['name'] | 'history';

export interface PageOptions {
  /** The document title; " · textops" is appended. */
  title: string;
  /** The content of <main>. */
  body: SafeHtml;
  /** Which navigation link is the current page. */
  nav?: NavItem;
}

// One link per operation, from the operations list, then the history.
const NAV: ReadonlyArray<{ item: NavItem; href: string; label: string }> = [
  ...OPERATION_INFO.map((info) => ({ item: info.name, href: info.path, label: info.navLabel })),
  { item: 'history', href: '/', label: 'History' },
];

/** Renders a whole HTML document in the shared layout: header, navigation, main, footer. */
export function page(options: PageOptions): string {
  const links = NAV.map(({ item, href, label }) =>
    item === options.nav ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`,
  );
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · textops</title>
<link rel="stylesheet" href="${stylesheetHref()}">
<link rel="icon" href="${iconHref()}" type="image/svg+xml">
<script src="${scriptHref()}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="/">text<span>ops</span></a>
<nav aria-label="Main">${links}</nav>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site">textops · spelling correction, space restoration and translation, with a saved history</footer>
</body>
</html>`}\n`;
}

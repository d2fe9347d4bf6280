/**
 * The history page: the saved records, newest first, with search, filters, paging both ways and
 * export links. A wide screen shows a table; below 40rem the same rows are laid out as cards
 * (time · operation · tag, then original → result) by the stylesheet, so nothing scrolls sideways.
 * Each row's time opens the record page, where the texts are shown in full.
 * Every value from the database goes through the escaping `html` template.
 */
import { html, page, type SafeHtml } from '../http/html.ts';
import { OPERATIONS, type Page, type SavedRecord } from '../db/store.ts';
import { OPERATION_INFO } from '../records/operations.ts';
import { formatCount, formatTime, operationLabel, plural, translationDirection } from '../records/format.ts';
import { DEFAULT_PAGE_SIZE } from './query.ts';
import { dayOf, historyHref, isFiltered, type HistoryQuery } from './history-query.ts';
import { encodeCursor } from './query.ts';

// Long texts are cut in the list (the page stays small and quick); the record page has them whole.
const CELL_CHARS = 200;

export interface HistoryOptions {
  query: HistoryQuery;
  page: Page;
  total: number;
  /** Renders one table row; `cachedRows()` gives one that reuses earlier rows. */
  renderRow: RowRenderer;
}

/** The whole history page. */
export function historyPage({ query, page: result, total, renderRow }: HistoryOptions): string {
  const records = result.records;
  return page({ title: 'History', nav: 'history', body: html`
<h1>History</h1>
<nav class="operations" aria-label="Operations">${OPERATION_INFO.map((info) => html`<a href="${info.path}"><strong>${info.title}</strong><span>${info.summary}</span></a>`)}</nav>
${filters(query)}
<div class="summary"><p class="count" data-testid="count">${countLine(query, records.length, total)}</p>
<p class="exports">Export: <a href="${historyHref('/records.csv', query)}">CSV</a> · <a href="${historyHref('/records.json', query)}">JSON feed</a></p></div>
${records.length === 0 ? html`<p class="empty">${emptyLine(query)}</p>` : table(records, renderRow)}
${pager(query, result)}` });
}

/** "1 record", "26–39 of 39 records", "3 records match these filters". */
function countLine(query: HistoryQuery, shown: number, total: number): string {
  const filtered = isFiltered(query);
  if (shown === 0 || (shown === total && query.start === 1)) {
    return `${plural(total, 'record')}${filtered ? (total === 1 ? ' matches' : ' match') + ' these filters' : ''}`;
  }
  const first = Math.min(query.start, total);
  const last = Math.min(query.start + shown - 1, total);
  return `${formatCount(first)}–${formatCount(last)} of ${plural(total, 'record')}${filtered ? ' matching these filters' : ''}`;
}

/** Why the list is empty, naming the filters. */
function emptyLine(query: HistoryQuery): string {
  if (!isFiltered(query)) return 'Nothing here yet: the texts you process are saved here.';
  return `No records match ${describeFilters(query)}.`;
}

function describeFilters(query: HistoryQuery): string {
  const parts: string[] = [];
  if (query.tag !== undefined) parts.push(`tag “${query.tag}”`);
  if (query.tagPrefix !== undefined) parts.push(`tags starting with “${query.tagPrefix}”`);
  if (query.operation !== undefined) parts.push(`operation ${operationLabel(query.operation)}`);
  if (query.text !== undefined) parts.push(`the words “${query.text}”`);
  if (query.since !== undefined) parts.push(`from ${dayOf(query.since)}`);
  if (query.until !== undefined) parts.push(`until ${dayOf(query.until - 86_400_000)}`);
  return parts.join(', ');
}

function filters(query: HistoryQuery): SafeHtml {
  const active = isFiltered(query);
  return html`<form class="filters card" method="get" action="/" role="search" aria-label="Search the history">
<div class="field wide"><label for="q">Words</label><input id="q" name="q" type="search" dir="auto" value="${query.text ?? ''}" aria-describedby="q-hint"><span class="hint" id="q-hint">In either text; words of 3+ letters, each may be the start of a word.</span></div>
<details class="more">
<summary>More filters${active ? html`: <strong>${describeFilters(query)}</strong>` : ''}</summary>
<div class="more-fields">
<div class="field"><label for="tag_prefix">Tag starts with</label><input id="tag_prefix" name="tag_prefix" type="search" dir="auto" value="${query.tagPrefix ?? query.tag ?? ''}"></div>
<div class="field"><label for="op">Operation</label><select id="op" name="op">
<option value="">Any</option>
${OPERATIONS.map((op) => (op === query.operation ? html`<option value="${op}" selected>${operationLabel(op)}</option>` : html`<option value="${op}">${operationLabel(op)}</option>`))}
</select></div>
<div class="field"><label for="since">From (UTC)</label><input id="since" name="since" type="date" value="${query.since === undefined ? '' : dayOf(query.since)}"></div>
<div class="field"><label for="until">Until (UTC)</label><input id="until" name="until" type="date" value="${query.until === undefined ? '' : dayOf(query.until - 86_400_000)}"></div>
</div>
</details>
<div class="actions"><button type="submit">Search</button>${active ? html`<a class="button secondary" href="/">Clear</a>` : ''}</div>
</form>`;
}

function table(records: readonly SavedRecord[], renderRow: RowRenderer): SafeHtml {
  return html`<div class="table-wrap"><table class="records">
<caption class="visually-hidden">Saved records, newest first</caption>
<thead><tr><th scope="col">Time (UTC)</th><th scope="col">Operation</th><th scope="col">Tag</th><th scope="col">Original</th><th scope="col">Result</th></tr></thead>
<tbody>
${records.map(renderRow)}
</tbody></table></div>`;
}

function pager(query: HistoryQuery, result: Page): SafeHtml {
  const records = result.records;
  const first = records[0];
  // The plain history knows newer rows exist when it was given an older-than cursor; search says so itself.
  const previous = result.previous !== undefined ? result.previous : query.after !== undefined && first !== undefined ? { createdAt: first.createdAt.getTime(), id: first.id } : null;
  const newerStart = Math.max(1, query.start - query.limit);
  const olderStart = query.start + records.length;
  return html`<nav class="pager" aria-label="Pages">
${previous === null ? html`<span></span>` : html`<a rel="prev" href="${historyHref('/', query, { before: encodeCursor(previous), start: newerStart })}">← Newer</a>`}
${result.next === null ? '' : html`<a rel="next" href="${historyHref('/', query, { after: encodeCursor(result.next), start: olderStart })}">Older →</a>`}
</nav>`;
}

export type RowRenderer = (record: SavedRecord) => SafeHtml;

/**
 * A row renderer with a cache of its own (one per store: ids are only unique within a database).
 * Records never change once saved, so a row's markup can be reused by every later view; the newest
 * rows are the ones the history shows again and again. Bounded, oldest entry out first.
 */
export function cachedRows(size = 2_000): RowRenderer {
  const cache = new Map<number, SafeHtml>();
  return (record) => {
    const cached = cache.get(record.id);
    if (cached !== undefined) return cached;
    const markup = row(record);
    if (cache.size >= size) cache.delete(cache.keys().next().value as number);
    cache.set(record.id, markup);
    return markup;
  };
}

/** One record's row (a card on a phone). */
function row(record: SavedRecord): SafeHtml {
  return html`<tr>
<td class="time"><a href="/records/${record.id}" title="Open record ${record.id}"><time datetime="${record.createdAt.toISOString()}">${formatTime(record.createdAt).replace(' UTC', '')}</time></a></td>
<td class="op">${operationLabel(record.operation)}${record.sourceLanguage === null ? '' : html` <span class="badge">${translationDirection(record.sourceLanguage)}</span>`}</td>
<td class="tags">${record.tag === '' ? html`<span class="muted"><span aria-hidden="true">—</span><span class="visually-hidden">no tag</span></span>` : html`<a class="tag" href="${tagHref(record.tag)}" dir="auto">${record.tag}</a>`}</td>
<td class="text original" dir="auto">${clip(record.original)}</td>
<td class="text result" dir="auto">${clip(record.processed)}</td>
</tr>`;
}

/** The history of one exact tag. */
export function tagHref(tag: string): string {
  return historyHref('/', { limit: DEFAULT_PAGE_SIZE, tag });
}

function clip(text: string): string {
  if (text.length <= CELL_CHARS) return text;
  // Never cut between the two halves of a surrogate pair (an emoji, say).
  const high = text.charCodeAt(CELL_CHARS - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? CELL_CHARS - 1 : CELL_CHARS;
  return `${text.slice(0, end)}…`;
}

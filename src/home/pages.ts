/**
 * The history page: the saved records, newest first, as a table with filters and paging.
 * Every value from the database goes through the escaping `html` template.
 */
import { html, page, type SafeHtml } from '../http/html.ts';
import { OPERATIONS, type Page, type PageQuery, type SavedRecord } from '../db/store.ts';
import { OPERATION_INFO } from '../api/operations.ts';
import { formatTime } from '../api/pages.ts';
import { DEFAULT_PAGE_SIZE, encodeCursor } from './query.ts';

// Long texts are cut in the table (the page stays small and quick); the full text is in the JSON feed.
const CELL_CHARS = 200;

export interface HistoryOptions {
  query: PageQuery;
  page: Page;
  total: number;
  /** Renders one table row; `cachedRows()` gives one that reuses earlier rows. */
  renderRow: RowRenderer;
}

/** The whole history page. */
export function historyPage({ query, page: result, total, renderRow }: HistoryOptions): string {
  const filtered = query.tag !== undefined || query.operation !== undefined;
  return page({ title: 'History', nav: 'history', body: html`
<h1>History</h1>
<p class="lead">Every text processed here, newest first.</p>
<div class="operations">${OPERATION_INFO.map((info) => html`<a href="${info.path}"><strong>${info.title}</strong>${info.summary}</a>`)}</div>
${filters(query)}
<p class="count" data-testid="count">${total === 1 ? '1 record' : `${total.toLocaleString('en-US')} records`}${filtered ? ' match these filters' : ''}${query.after === undefined ? '' : ' (showing an older page)'}.</p>
${result.records.length === 0 ? html`<p class="empty">Nothing here yet.</p>` : table(result.records, renderRow)}
<p class="pager">${query.after === undefined ? '' : html`<a href="${link(query, undefined)}">Newest</a>`}
${result.next === null ? '' : html` <a rel="next" href="${link(query, encodeCursor(result.next))}">Older records →</a>`}</p>` });
}

function filters(query: PageQuery): SafeHtml {
  return html`<form class="filters card" method="get" action="/">
<div><label for="tag">Tag</label><input id="tag" name="tag" type="search" value="${query.tag ?? ''}"></div>
<div><label for="op">Operation</label><select id="op" name="op">
<option value="">any</option>
${OPERATIONS.map((op) => (op === query.operation ? html`<option value="${op}" selected>${op}</option>` : html`<option value="${op}">${op}</option>`))}
</select></div>
<div class="actions"><button type="submit">Filter</button>${query.tag !== undefined || query.operation !== undefined ? html`<a class="button secondary" href="/">Clear</a>` : ''}</div>
</form>`;
}

function table(records: readonly SavedRecord[], renderRow: RowRenderer): SafeHtml {
  return html`<div class="table-wrap"><table class="records">
<thead><tr><th scope="col">Time (UTC)</th><th scope="col">Tag</th><th scope="col">Operation</th><th scope="col">Original</th><th scope="col">Result</th></tr></thead>
<tbody>
${records.map(renderRow)}
</tbody></table></div>`;
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

/** One record's table row. */
function row(record: SavedRecord): SafeHtml {
  return html`<tr>
<td class="time"><time datetime="${record.createdAt.toISOString()}">${formatTime(record.createdAt).replace(' UTC', '')}</time></td>
<td>${record.tag === '' ? html`<span class="muted">—</span>` : html`<a class="tag" href="${link({ limit: DEFAULT_PAGE_SIZE, tag: record.tag }, undefined)}">${record.tag}</a>`}</td>
<td>${record.operation}${record.sourceLanguage === null ? '' : html` <span class="badge" title="detected language">${record.sourceLanguage} → en</span>`}</td>
<td class="text">${clip(record.original)}</td>
<td class="text">${clip(record.processed)}</td>
</tr>`;
}

function clip(text: string): string {
  if (text.length <= CELL_CHARS) return text;
  // Never cut between the two halves of a surrogate pair (an emoji, say).
  const high = text.charCodeAt(CELL_CHARS - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? CELL_CHARS - 1 : CELL_CHARS;
  return `${text.slice(0, end)}…`;
}

/** A link to the history with the same filters and the given cursor. */
function link(query: PageQuery, after: string | undefined): string {
  const params = new URLSearchParams();
  if (query.tag !== undefined) params.set('tag', query.tag);
  if (query.operation !== undefined) params.set('op', query.operation);
  if (query.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(query.limit));
  if (after !== undefined) params.set('after', after);
  const search = params.toString();
  return search === '' ? '/' : `/?${search}`;
}

export { link as historyLink };

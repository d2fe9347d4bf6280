/**
 * The api's HTML pages: one form per operation, and the result page that shows the original
 * and the processed text side by side with the changes highlighted.
 *
 * Plain HTML forms that work without JavaScript; every value goes through the escaping `html`
 * template, so a tag or text full of markup is shown, never run.
 */
import { html, page, type SafeHtml } from '../http/html.ts';
import { editedSegments, type Edit } from '../engines/edits.ts';
import type { SavedRecord } from '../db/store.ts';
import { MAX_TAG_CHARS } from './submission.ts';
import type { OperationInfo } from './operations.ts';

export interface FormOptions {
  maxTextChars: number;
  /** Shown above the form, e.g. that translation is not configured. */
  notice?: string;
  /** Values to put back in the fields. */
  tag?: string;
  text?: string;
}

/** The operation's form page (GET /api/spell and friends). */
export function formPage(info: OperationInfo, options: FormOptions): string {
  return page({ title: info.title, nav: info.name, body: html`
<h1>${info.title}</h1>
<p class="lead">${info.summary}</p>
${options.notice === undefined ? '' : html`<p class="notice" role="status">${options.notice}</p>`}
${form(info, options)}` });
}

function form(info: OperationInfo, options: FormOptions): SafeHtml {
  return html`<form class="operation card" method="post" action="${info.path}" accept-charset="utf-8">
<div><label for="id">Tag <span class="hint">Optional; saved with the result so you can find it in the history.</span></label>
<input id="id" name="id" type="text" maxlength="${MAX_TAG_CHARS}" autocomplete="off" value="${options.tag ?? ''}" placeholder="e.g. note7"></div>
<div><label for="text">Text <span class="hint">Up to ${options.maxTextChars.toLocaleString('en-US')} characters.</span></label>
<textarea id="text" name="text" rows="8" required maxlength="${options.maxTextChars}" placeholder="${info.placeholder}">${options.text ?? ''}</textarea></div>
<button type="submit">${info.action}</button>
</form>`;
}

export interface ResultOptions {
  record: SavedRecord;
  edits: readonly Edit[] | null;
  maxTextChars: number;
}

/** The page shown after a form post: original and result side by side, the saved record, links on. */
export function resultPage(info: OperationInfo, options: ResultOptions): string {
  const { record, edits } = options;
  const changes = edits === null ? null : edits.length;
  return page({ title: `${info.title}: result`, nav: info.name, body: html`
<h1>${info.title}: result</h1>
<p class="notice" role="status">Saved${record.tag === '' ? '' : html` as <strong>${record.tag}</strong>`} at
<time datetime="${record.createdAt.toISOString()}">${formatTime(record.createdAt)}</time>
${record.sourceLanguage === null ? '' : html` · detected language <strong>${record.sourceLanguage}</strong>`}
${changes === null ? '' : html` · ${changes === 0 ? 'no changes' : changes === 1 ? '1 change' : `${changes} changes`}`}.</p>
<div class="compare">
<section><h2>Original</h2><pre class="text">${highlightOriginal(record.original, edits)}</pre></section>
<section><h2>Result</h2><pre class="text" data-testid="result">${highlightResult(record.processed, record.original, edits)}</pre></section>
</div>
<p class="actions"><a class="button secondary" href="${info.path}">${info.action} again</a>${record.tag === '' ? '' : html`<a class="button secondary" href="/?${new URLSearchParams({ tag: record.tag }).toString()}">Records tagged “${record.tag}”</a>`}<a class="button secondary" href="/">All history</a></p>
<h2>Another text</h2>
${form(info, { maxTextChars: options.maxTextChars, tag: record.tag })}` });
}

function highlightOriginal(original: string, edits: readonly Edit[] | null): SafeHtml | string {
  if (edits === null || edits.length === 0) return original;
  const pieces: SafeHtml[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.length === 0) continue;
    pieces.push(html`${original.slice(at, edit.offset)}<del>${original.slice(edit.offset, edit.offset + edit.length)}</del>`);
    at = edit.offset + edit.length;
  }
  pieces.push(html`${original.slice(at)}`);
  return html`${pieces}`;
}

function highlightResult(processed: string, original: string, edits: readonly Edit[] | null): SafeHtml | string {
  if (edits === null || edits.length === 0) return processed;
  return html`${editedSegments(original, edits).map((piece) =>
    !piece.changed ? piece.text : piece.was === '' ? html`<ins class="space" title="space inserted">${piece.text}</ins>` : html`<ins title="was: ${piece.was}">${piece.text}</ins>`,
  )}`;
}

/** "2026-11-26 04:27:16 UTC": unambiguous, sortable, the same for every reader. */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

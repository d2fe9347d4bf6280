/**
 * The record page, /records/:id: one saved record in full. The result comes first, in one column,
 * with the changes marked inline (a second column drifts out of line on long texts); the original
 * is one click below. Under it each change reads "beleive → believe" as text, with up to three
 * ranked alternatives; the reader may pick one, or keep the original word, and save the reviewed
 * text as a new record that names this one as its source (records are never changed: see README).
 *
 * Prose is set in the body font. A restored space is underlined, not boxed (a shaded box on a blank
 * reads as a missing glyph). Copy needs the script; Download is a plain link to /records/:id.txt.
 */
import { html, page, type SafeHtml } from '../http/html.ts';
import { editedSegments } from '../engines/edits.ts';
import type { FullRecord, StoredEdit } from '../db/store.ts';
import { operationInfo } from '../records/operations.ts';
import { formatTime, operationLabel, plural, translationDirection } from '../records/format.ts';
import { MAX_REVIEWED } from './review.ts';
import { sourceField } from '../http/source-field.ts';
import { tagHref } from './pages.ts';

/** The whole record page. */
export function recordPage(record: FullRecord): string {
  const info = operationInfo(record.operation);
  const edits = record.edits;
  const undetected = record.operation === 'translate' && record.sourceLanguage === null;
  const same = record.original === record.processed && !undetected;
  return page({ title: `${operationLabel(record.operation)} record ${record.id}`, nav: 'history', body: html`
<h1>${info.title}: record ${record.id}</h1>
${meta(record)}
${undetected ? retranslate(record) : ''}
${same ? html`<p class="notice">The result is the same as the original${record.operation === 'translate' ? ': the text may already be in English' : ': nothing needed changing'}.</p>` : ''}
<section class="card" aria-labelledby="result-title">
<h2 id="result-title">Result${edits === null ? '' : html` <span class="muted">· ${plural(edits.length, 'change')}</span>`}</h2>
<div class="text prose" id="result" dir="auto" data-testid="result">${markResult(record.original, record.processed, edits)}</div>
<p class="actions"><button type="button" class="secondary" data-copy="result" hidden>Copy</button><a class="button secondary" href="/records/${record.id}.txt" download>Download .txt</a><span class="muted" id="result-copied" role="status"></span></p>
</section>
<details class="card original"><summary><h2>Original</h2></summary>
<div class="text prose" dir="auto">${markOriginal(record.original, edits)}</div>
</details>
${edits !== null && edits.length > 0 ? review(record, edits) : ''}
<p class="actions"><a class="button" href="${info.path}">${info.action}: a new text</a>${record.tag === '' ? '' : html`<a class="button secondary" href="${tagHref(record.tag)}">Records tagged “${record.tag}”</a>`}<a class="button secondary" href="/">All history</a></p>` });
}

/** When the provider could not tell the language: the same text again, with the language chosen. */
function retranslate(record: FullRecord): SafeHtml {
  return html`<form class="card" method="post" action="/api/translate" accept-charset="utf-8" aria-labelledby="retranslate-title">
<h2 id="retranslate-title">The language was not detected</h2>
<input type="hidden" name="text" value="${record.original}"><input type="hidden" name="id" value="${record.tag}">
${sourceField()}
<button type="submit">Translate again</button>
</form>`;
}

function meta(record: FullRecord): SafeHtml {
  return html`<dl class="meta">
<dt>Saved</dt><dd><time datetime="${record.createdAt.toISOString()}">${formatTime(record.createdAt)}</time></dd>
<dt>Tag</dt><dd>${record.tag === '' ? html`<span class="muted">none</span>` : html`<a class="tag" dir="auto" href="${tagHref(record.tag)}">${record.tag}</a>`}</dd>
${record.sourceLanguage === null ? '' : html`<dt>Language</dt><dd>${translationDirection(record.sourceLanguage)}</dd>`}
${record.sourceId === null ? '' : html`<dt>Reviewed from</dt><dd><a href="/records/${record.sourceId}">record ${record.sourceId}</a></dd>`}
<dt>Engine</dt><dd>${record.engine}</dd>
</dl>`;
}

/** The result with each change marked; without stored changes, the plain text. */
function markResult(original: string, processed: string, edits: readonly StoredEdit[] | null): SafeHtml | string {
  if (edits === null || edits.length === 0) return processed;
  return html`${editedSegments(original, edits).map((piece) => {
    if (!piece.changed) return piece.text;
    if (piece.was === '') return html`<ins class="space" title="space inserted">${piece.text}</ins>`;
    return html`<ins title="was: ${piece.was}">${piece.text}</ins>`;
  })}`;
}

/** The original with each changed span struck through. */
function markOriginal(original: string, edits: readonly StoredEdit[] | null): SafeHtml | string {
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

/** The list of changes as a form: keep the suggestion, pick an alternative, or keep the original. */
function review(record: FullRecord, edits: readonly StoredEdit[]): SafeHtml {
  const listed = edits.slice(0, MAX_REVIEWED);
  return html`<form class="review card" method="post" action="/records/${record.id}/review" aria-labelledby="changes-title">
<h2 id="changes-title">Changes</h2>
<p class="hint">Choose a word for each change, then save the reviewed text as a new record (this one stays as it is).</p>
<ol class="changes">
${listed.map((edit, i) => change(record.original, edit, i))}
</ol>
${edits.length > listed.length ? html`<p class="muted">${plural(edits.length - listed.length, 'more change')} stay as suggested.</p>` : ''}
<button type="submit">Save reviewed text</button>
</form>`;
}

function change(original: string, edit: StoredEdit, i: number): SafeHtml {
  const was = original.slice(edit.offset, edit.offset + edit.length);
  const shown = (word: string) => (word === '' || word === ' ' ? 'a space' : word);
  const label = was === '' ? html`space inserted before “${original.slice(edit.offset, edit.offset + 12)}”` : html`<del>${was}</del> → <ins>${shown(edit.replacement)}</ins>`;
  const name = `c${i}`;
  return html`<li><fieldset><legend>${label}</legend>
<label><input type="radio" name="${name}" value="r" checked> ${shown(edit.replacement)}${confidence(edit.confidence)} <span class="muted">(suggested)</span></label>
${(edit.alternatives ?? []).slice(0, 3).map((alt, j) => html`<label><input type="radio" name="${name}" value="a${j}"> ${alt.word}${confidence(alt.confidence)}</label>`)}
<label><input type="radio" name="${name}" value="k"> ${was === '' ? 'no space' : html`keep “${was}”`} <span class="muted">(original)</span></label>
</fieldset></li>`;
}

function confidence(value: number | undefined): SafeHtml | string {
  return value === undefined ? '' : html` <span class="muted">${Math.round(value * 100)}%</span>`;
}

/**
 * The api's HTML pages: one form per operation (also re-shown, text kept, when a submit is
 * refused), and the browser view of GET /api. Results are shown by home's record page, where a
 * submit redirects (Post/Redirect/Get).
 *
 * Plain HTML forms that work without JavaScript; every value goes through the escaping `html`
 * template. The text field has no `maxlength`, which would silently cut a long paste: the limit is
 * shown, counted live by the script, and enforced by the server, which says by how much.
 */
import { html, page, type SafeHtml } from '../http/html.ts';
import { formatCount } from '../records/format.ts';
import { MAX_TAG_CHARS } from '../records/validate.ts';
import type { OperationInfo } from '../records/operations.ts';
import { sourceField } from '../http/source-field.ts';

export interface FieldError {
  /** A plain title for the page and the field ("Text too long: 25,000 of 20,000 characters"). */
  title: string;
  /** The server's explanation. */
  detail: string;
}

export interface FormOptions {
  maxTextChars: number;
  /** Shown above the form, e.g. that translation is not available. */
  notice?: string;
  /** The form cannot be used on this server (translation without a provider). */
  disabled?: boolean;
  /** Values to put back in the fields. */
  tag?: string;
  text?: string;
  /** Why the last submit was refused, shown next to the text. */
  error?: FieldError;
  /** Space restoration: whether the web-names box was ticked. */
  splitWebNames?: boolean;
}

/** The operation's form page (GET /api/spell and friends, and a refused POST). */
export function formPage(info: OperationInfo, options: FormOptions): string {
  const title = options.error === undefined ? info.title : `${options.error.title} · ${info.title}`;
  return page({ title, nav: info.name, body: html`
<h1>${info.title}</h1>
<p class="lead">${info.summary}</p>
${options.notice === undefined ? '' : html`<p class="notice" role="status">${options.notice}</p>`}
${form(info, options)}` });
}

function form(info: OperationInfo, options: FormOptions): SafeHtml {
  const error = options.error;
  const describedBy = `text-hint text-count${error === undefined ? '' : ' text-error'}`;
  const fields = html`<div><label for="text">Text <span class="hint" id="text-hint">Up to ${formatCount(options.maxTextChars)} characters. Ctrl+Enter sends.</span></label>
<textarea id="text" name="text" rows="8" required autofocus dir="auto" spellcheck="false" data-max-chars="${options.maxTextChars}" aria-describedby="${describedBy}"${error === undefined ? '' : html` aria-invalid="true"`} placeholder="${info.placeholder}">${options.text ?? ''}</textarea>
<p class="counter" id="text-count" aria-live="polite"></p>
<p class="field-error" id="text-error" role="alert"${error === undefined ? html` hidden` : ''}>${error === undefined ? '' : html`<strong>${error.title}.</strong> ${error.detail}`}</p></div>
<div><label for="id">Tag <span class="hint" id="id-hint">Optional; saved with the result so you can find it in the history.</span></label>
<input id="id" name="id" type="text" maxlength="${MAX_TAG_CHARS}" autocomplete="off" dir="auto" aria-describedby="id-hint" value="${options.tag ?? ''}" placeholder="e.g. note7"></div>
${info.name === 'translate' ? sourceField() : ''}
${info.name === 'space' ? splitWebNamesField(options.splitWebNames === true) : ''}
<button type="submit">${info.action}</button>`;
  return html`<form class="operation card" method="post" action="${info.path}" accept-charset="utf-8">
${options.disabled === true ? html`<fieldset disabled>${fields}</fieldset>` : fields}
</form>`;
}

/** Space restoration's one option: split the name parts of domains, handles and hashtags into words. */
function splitWebNamesField(checked: boolean): SafeHtml {
  return html`<div class="check"><input id="splitWebNames" name="splitWebNames" type="checkbox" value="true" aria-describedby="splitWebNames-hint"${checked ? html` checked` : ''}>
<label for="splitWebNames">Split web names <span class="hint" id="splitWebNames-hint">Also split the names in domains, @handles and # words (#throwbackthursday → #throwback thursday); otherwise they keep their shape.</span></label></div>`;
}

export interface ApiIndexEntry {
  info: OperationInfo;
  available: boolean;
}

/** GET /api for a browser: what each operation does and how to call it. */
export function apiIndexPage(entries: readonly ApiIndexEntry[], maxTextChars: number): string {
  return page({ title: 'API', body: html`
<h1>The textops API</h1>
<p class="lead">Each operation takes a <code>text</code> (required, up to ${formatCount(maxTextChars)} characters) and an optional tag <code>id</code>, as a form or as JSON, and saves one record. JSON answers <code>201 Created</code> with the record and its <code>Location</code>.</p>
<div class="table-wrap"><table>
<caption class="visually-hidden">Operations</caption>
<thead><tr><th scope="col">Operation</th><th scope="col">Endpoint</th><th scope="col">Available</th></tr></thead>
<tbody>
${entries.map(({ info, available }) => html`<tr><td><a href="${info.path}">${info.title}</a><br><span class="muted">${info.summary}</span></td><td><code>POST ${info.path}</code></td><td>${available ? 'yes' : 'not on this server'}</td></tr>`)}
</tbody></table></div>
<h2>Example</h2>
<pre class="code" tabindex="0"><code>curl -s ${'<this server>'}/api/spell -H 'content-type: application/json' \\
  -d '{"id":"note7","text":"Speling is dificult"}'</code></pre>
<p>The history is at <a href="/">/</a> (JSON: <a href="/records.json">/records.json</a>, CSV: <a href="/records.csv">/records.csv</a>); one record at <code>/records/ID</code> (JSON: <code>/records/ID.json</code>). This page as JSON: send <code>Accept: application/json</code>.</p>` });
}

/**
 * The translation's source-language field, shared by the api's translate form and home's record
 * page (which offers "translate again" when detection failed): one fragment, so both forms send
 * the same `source` field with the same choices.
 */
import { html, type SafeHtml } from './html.ts';
import { sourceLanguageChoices } from '../records/source-languages.ts';

/** The translation's source language: detected by default, or chosen when detection fails. */
export function sourceField(selected?: string): SafeHtml {
  return html`<div><label for="source">From <span class="hint" id="source-hint">The language is detected; choose it if detection fails.</span></label>
<select id="source" name="source" aria-describedby="source-hint"><option value="">Detect the language</option>
${sourceLanguageChoices().map(({ code, name }) => (code === selected ? html`<option value="${code}" selected>${name}</option>` : html`<option value="${code}">${name}</option>`))}
</select></div>`;
}

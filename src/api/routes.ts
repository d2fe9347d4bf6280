/**
 * The api service: every route under /api, as data.
 *
 * Each operation has a form (GET) and a submit (POST, form or JSON). A submit validates the
 * fields, runs the operation, saves one record (with the engine's changes) and answers: 201 with
 * the record as JSON and its Location, or, for a browser, 303 to the record page (Post/Redirect/Get).
 * A browser whose text was refused (400, 413) gets the form back with its text and the reason.
 * The record is saved only after the operation succeeded, in one insert, so a failed translation
 * or an unreachable database leaves nothing half-saved.
 */
import type { Route } from '../http/router.ts';
import type { RequestContext } from '../http/context.ts';
import { HttpError } from '../http/errors.ts';
import { readFields } from '../http/body.ts';
import { sendHtml, sendJson, sendJsonText } from '../http/respond.ts';
import { wantsJson } from '../http/negotiate.ts';
import type { EncodedEdits, Operation, SavedRecord, Store } from '../db/store.ts';
import type { TextEngines } from '../engines/pool.ts';
import type { EngineRunOptions } from '../engines/run.ts';
import type { Translator } from './translate/translator.ts';
import { OPERATION_INFO, operationInfo } from '../records/operations.ts';
import { parseSubmission, SUBMISSION_FIELDS } from './submission.ts';
import { parseSourceLanguage } from './source-language.ts';
import { parseSpaceOptions } from './space-options.ts';
import { apiIndexPage, formPage, type FieldError } from './pages.ts';
import { seeOther } from '../http/redirect.ts';
import { formatCount } from '../records/format.ts';
import { recordJson } from '../records/record-json.ts';
import { MAX_TAG_CHARS } from '../records/validate.ts';
import { countCodePoints } from '../code-points.ts';
import { storeCall } from '../http/store-call.ts';
import { engineCall } from './engine-call.ts';
import { checkedTranslation } from './translate/output.ts';

export interface ApiDeps {
  store: Store;
  engines: TextEngines;
  translator: Translator | null;
  maxTextChars: number;
  maxBodyBytes: number;
}

interface Outcome {
  processed: string;
  edits: EncodedEdits | null;
  sourceLanguage: string | null;
  engine: string;
}

// For people: the variables to set are in the README and in the start-up log, not on the page.
const TRANSLATE_UNAVAILABLE = 'Translation is not available on this server.';
// Not configured stays not configured until a restart: clients should not retry soon.
const TRANSLATE_RETRY_AFTER_SECONDS = 3600;

/** The api routes: /api, and a form and a submit per operation (app/ adds the health checks). */
export function apiRoutes(deps: ApiDeps): Route[] {
  const routes: Route[] = [
    { method: 'GET', path: '/api', handler: async (ctx) => showIndex(ctx, deps) },
  ];
  for (const info of OPERATION_INFO) {
    routes.push({ method: 'GET', path: info.path, handler: (ctx) => showForm(ctx, info.name, deps) });
    routes.push({ method: 'POST', path: info.path, handler: (ctx) => submit(ctx, info.name, deps) });
  }
  return routes;
}

function apiIndex(deps: ApiDeps): unknown {
  return {
    operations: OPERATION_INFO.map((info) => ({
      name: info.name,
      path: info.path,
      title: info.title,
      description: info.summary,
      available: info.name !== 'translate' || deps.translator !== null,
      request: {
        id: `optional tag, up to ${MAX_TAG_CHARS} characters`,
        text: `required, up to ${deps.maxTextChars} characters`,
        ...(info.name === 'space' ? { splitWebNames: 'optional boolean, default false: also split the name parts of domains, @handles and #hashtags into words' } : {}),
      },
    })),
    history: '/records.json',
  };
}

// /api is for programs first: HTML only for a client that asks for it (a browser), JSON otherwise.
// ctx.wantsJson is always true here (a machine path: its errors are problem+json whatever Accept
// says), so the page itself asks Accept, as any other path would.
async function showIndex(ctx: RequestContext, deps: ApiDeps): Promise<void> {
  if (!wantsJson(ctx.req) && /\btext\/html\b/.test(ctx.req.headers.accept ?? '')) {
    const entries = OPERATION_INFO.map((info) => ({ info, available: info.name !== 'translate' || deps.translator !== null }));
    sendHtml(ctx, 200, apiIndexPage(entries, deps.maxTextChars));
    return;
  }
  sendJson(ctx, 200, apiIndex(deps));
}

async function showForm(ctx: RequestContext, operation: Operation, deps: ApiDeps): Promise<void> {
  const unavailable = operation === 'translate' && deps.translator === null;
  sendHtml(ctx, 200, formPage(operationInfo(operation), { maxTextChars: deps.maxTextChars, notice: unavailable ? TRANSLATE_UNAVAILABLE : undefined, disabled: unavailable }));
}

async function submit(ctx: RequestContext, operation: Operation, deps: ApiDeps): Promise<void> {
  const fields = await readFields(ctx.req, { limitBytes: deps.maxBodyBytes, fields: SUBMISSION_FIELDS });
  let submission: ReturnType<typeof parseSubmission>;
  try {
    submission = parseSubmission(fields, deps.maxTextChars);
  } catch (error) {
    if (ctx.wantsJson || !(error instanceof HttpError) || (error.status !== 400 && error.status !== 413)) throw error;
    const form = { maxTextChars: deps.maxTextChars, tag: fields.id ?? fields.tag ?? '', text: fields.text ?? '', splitWebNames: fields.splitWebNames === 'true', error: fieldError(error, fields.text ?? '', deps.maxTextChars) };
    sendHtml(ctx, error.status, formPage(operationInfo(operation), form));
    return;
  }
  const { tag, text } = submission;
  const source = operation === 'translate' ? parseSourceLanguage(fields.source) : undefined;
  const options = operation === 'space' ? parseSpaceOptions(fields) : {};
  const outcome = await perform(operation, text, deps, source, ctx.signal, options);
  // A client that hung up while its text was processed gets nothing saved: nobody will read the answer.
  if (ctx.signal.aborted) throw ctx.signal.reason;
  const record = await storeCall(() =>
    deps.store.save({ tag, operation, original: text, processed: outcome.processed, sourceLanguage: outcome.sourceLanguage, engine: outcome.engine, edits: outcome.edits }),
  );
  ctx.log.debug('record saved', { recordId: record.id, operation, chars: text.length });
  const location = `/records/${record.id}`;
  if (ctx.wantsJson) {
    sendJsonText(ctx, 201, createdJson(record, outcome.edits), { Location: location });
    return;
  }
  seeOther(ctx, location);
}

/** The 201 body: the record as JSON and its edits, spliced in as the encoded string they already are. */
function createdJson(record: SavedRecord, edits: EncodedEdits | null): string {
  const json = JSON.stringify(recordJson(record));
  return `${json.slice(0, -1)},"edits":${edits === null ? 'null' : edits.encoded}}\n`;
}

/** The plain title and detail a refused browser submit shows next to the text. */
function fieldError(error: HttpError, text: string, maxTextChars: number): FieldError {
  if (error.status === 413) return { title: `Text too long: ${formatCount(countCodePoints(text))} of ${formatCount(maxTextChars)} characters`, detail: error.message };
  if (text.trim() === '') return { title: 'The text is empty', detail: error.message };
  return { title: 'This cannot be sent as it is', detail: error.message };
}

// English may take more characters than the source (Chinese to English often three or four times as many).
const maxTranslationChars = (maxTextChars: number): number => maxTextChars * 4;

async function perform(operation: Operation, text: string, deps: ApiDeps, source: string | undefined, signal: AbortSignal, options: EngineRunOptions): Promise<Outcome> {
  if (operation === 'translate') {
    if (deps.translator === null) throw new HttpError(503, TRANSLATE_UNAVAILABLE, { headers: { 'Retry-After': String(TRANSLATE_RETRY_AFTER_SECONDS) } });
    const result = checkedTranslation(await deps.translator.translate(text, signal, source), deps.translator.engine, maxTranslationChars(deps.maxTextChars));
    return { processed: result.text, edits: null, sourceLanguage: result.sourceLanguage, engine: deps.translator.engine };
  }
  const output = await engineCall(() => deps.engines.run(operation, text, signal, options));
  return { processed: output.text, edits: output.edits, sourceLanguage: null, engine: output.engine };
}

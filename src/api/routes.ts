/**
 * The api service: every route under /api, as data.
 *
 * Each operation has a form (GET) and a submit (POST, form or JSON). A submit validates the
 * fields, runs the operation, saves one record and answers: 201 with the record as JSON, or the
 * result page as HTML. The record is saved only after the operation succeeded, in one insert,
 * so a failed translation or an unreachable database leaves nothing half-saved.
 */
import type { Route } from '../http/router.ts';
import type { RequestContext } from '../http/context.ts';
import { HttpError } from '../http/errors.ts';
import { readFields } from '../http/body.ts';
import { sendHtml, sendJson } from '../http/respond.ts';
import type { Operation, Store } from '../db/store.ts';
import type { TextEngines } from '../engines/pool.ts';
import type { Edit } from '../engines/edits.ts';
import type { Translator } from './translate/translator.ts';
import { OPERATION_INFO, operationInfo } from './operations.ts';
import { parseSubmission, SUBMISSION_FIELDS } from './submission.ts';
import { formPage, resultPage } from './pages.ts';
import { recordJson } from './record-json.ts';
import { storeCall } from './store-call.ts';
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
  edits: Edit[] | null;
  sourceLanguage: string | null;
  engine: string;
}

const TRANSLATE_UNCONFIGURED =
  'Translation is not configured on this server: set GOOGLE_TRANSLATE_API_KEY (or GOOGLE_APPLICATION_CREDENTIALS) for Google Cloud Translation, or LIBRETRANSLATE_URL for a LibreTranslate server.';

/** The api routes: /api, its health checks, and a form and a submit per operation. */
export function apiRoutes(deps: ApiDeps): Route[] {
  const routes: Route[] = [
    { method: 'GET', path: '/api', handler: async (ctx) => sendJson(ctx, 200, apiIndex(deps)) },
    { method: 'GET', path: '/api/healthz', handler: async (ctx) => sendJson(ctx, 200, { status: 'ok' }) },
    { method: 'GET', path: '/api/readyz', handler: (ctx) => readiness(ctx, deps.store) },
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
      request: { id: 'optional tag, up to 100 characters', text: `required, up to ${deps.maxTextChars} characters` },
    })),
    history: '/records.json',
  };
}

/** Readiness: the database answers. Shared with home. */
export async function readiness(ctx: RequestContext, store: Store): Promise<void> {
  await storeCall(() => store.ping());
  await sendJson(ctx, 200, { status: 'ready', database: store.kind });
}

async function showForm(ctx: RequestContext, operation: Operation, deps: ApiDeps): Promise<void> {
  const notice = operation === 'translate' && deps.translator === null ? TRANSLATE_UNCONFIGURED : undefined;
  await sendHtml(ctx, 200, formPage(operationInfo(operation), { maxTextChars: deps.maxTextChars, notice }));
}

async function submit(ctx: RequestContext, operation: Operation, deps: ApiDeps): Promise<void> {
  const fields = await readFields(ctx.req, { limitBytes: deps.maxBodyBytes, fields: SUBMISSION_FIELDS });
  const { tag, text } = parseSubmission(fields, deps.maxTextChars);
  const outcome = await perform(operation, text, deps, ctx.signal);
  // A client that hung up while its text was processed gets nothing saved: nobody will read the answer.
  if (ctx.signal.aborted) throw ctx.signal.reason;
  const record = await storeCall(() =>
    deps.store.save({ tag, operation, original: text, processed: outcome.processed, sourceLanguage: outcome.sourceLanguage, engine: outcome.engine }),
  );
  ctx.log.debug('record saved', { recordId: record.id, operation, chars: text.length });
  if (ctx.wantsJson) {
    await sendJson(ctx, 201, { ...recordJson(record), edits: outcome.edits });
    return;
  }
  await sendHtml(ctx, 201, resultPage(operationInfo(operation), { record, edits: outcome.edits, maxTextChars: deps.maxTextChars }));
}

// English may take more characters than the source (Chinese to English often three or four times as many).
const maxTranslationChars = (maxTextChars: number): number => maxTextChars * 4;

async function perform(operation: Operation, text: string, deps: ApiDeps, signal: AbortSignal): Promise<Outcome> {
  if (operation === 'translate') {
    if (deps.translator === null) throw new HttpError(503, TRANSLATE_UNCONFIGURED);
    const result = checkedTranslation(await deps.translator.translate(text, signal), deps.translator.engine, maxTranslationChars(deps.maxTextChars));
    return { processed: result.text, edits: null, sourceLanguage: result.sourceLanguage, engine: deps.translator.engine };
  }
  const output = await engineCall(() => deps.engines.run(operation, text, signal));
  return { processed: output.text, edits: output.edits, sourceLanguage: null, engine: output.engine };
}

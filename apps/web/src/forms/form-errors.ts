import { type AppMessage, readToken } from '@switchoff/domain';
import { errorAppMessage, errorCode, readAppMessage } from '../errors';

/** Messages by key: a top-level field (`reason`) or a full path (`rows.3.online`). */
export type Messages = Record<string, AppMessage[]>;

/** Why a form was refused, in the shape every form shows. */
export type FormErrors = {
  /** By top-level field, to show next to each input ("" is the whole form). */
  fields: Messages;
  /** By full path, for grids (`rows.3.online`). */
  paths: Messages;
  /** Refusals that concern no field (FORBIDDEN, NOT_FOUND, a network failure …). */
  form: readonly AppMessage[];
  /** A save on a stale version: the server's "Modificato da … — ricarica la pagina". */
  conflict: AppMessage | null;
  /** The tRPC code of a server refusal; null for the form's own checks. */
  code: string | null;
};

export const NO_ERRORS: FormErrors = { fields: {}, paths: {}, form: [], conflict: null, code: null };

/** A zod issue of the domain's schemas: its message is a token of a code. */
export type Issue = { path: readonly PropertyKey[]; message: string };

const sameMessage = (a: AppMessage, b: AppMessage) =>
  a.code === b.code && JSON.stringify(a.params) === JSON.stringify(b.params);

function group(issues: readonly Issue[], key: (path: readonly PropertyKey[]) => string): Messages {
  const grouped: Messages = {};
  for (const issue of issues) {
    const list = (grouped[key(issue.path)] ??= []);
    const message = readToken(issue.message);
    if (!list.some((m) => sameMessage(m, message))) list.push(message);
  }
  return grouped;
}

/** The form's own checks (the domain's zod issues), grouped as the server groups them. */
export function errorsFromIssues(issues: readonly Issue[]): FormErrors {
  const fields = group(issues, (path) => String(path[0] ?? ''));
  const { '': whole, ...rest } = fields;
  return {
    fields: rest,
    paths: group(issues, (path) => path.map(String).join('.')),
    form: whole ?? [],
    conflict: null,
    code: null,
  };
}

function readMessages(value: unknown): Messages {
  if (typeof value !== 'object' || value === null) return {};
  const messages: Messages = {};
  for (const [key, list] of Object.entries(value)) {
    if (Array.isArray(list)) messages[key] = list.flatMap((m: unknown) => readAppMessage(m) ?? []);
  }
  return messages;
}

function dataOf(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null || !('data' in error)) return {};
  const { data } = error;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/** A stale version: CONFLICT about no field, or about `version` (of the form or of one grid row). */
function isVersionConflict(code: string | null, fields: Messages, paths: Messages): boolean {
  if (code !== 'CONFLICT') return false;
  const keys = [...Object.keys(fields), ...Object.keys(paths)].filter((k) => k !== '');
  return keys.length === 0 || keys.some((k) => k === 'version' || k.endsWith('.version'));
}

/**
 * A server refusal as the form shows it: per-field messages from `error.data.fieldErrors` and
 * `pathErrors`, a version conflict with the server's own message, or a message for the form
 * (`server.unreachable` when the server could not be reached at all).
 */
export function errorsFromServer(error: unknown): FormErrors {
  const code = errorCode(error);
  const message = errorAppMessage(error);
  if (code === null) return { ...NO_ERRORS, form: [message] };
  const data = dataOf(error);
  const { '': whole, ...fields } = readMessages(data.fieldErrors);
  const paths = readMessages(data.pathErrors);
  if (isVersionConflict(code, fields, paths)) {
    return { fields: {}, paths, form: [], conflict: message, code };
  }
  const hasFields = Object.keys(fields).length > 0;
  return {
    fields,
    paths,
    // With per-field messages the summary lists those; otherwise the server's message says why.
    form: whole ?? (hasFields ? [] : [message]),
    conflict: null,
    code,
  };
}

/** The messages of a refusal of an action without a form (a button), however the server gave them. */
export function refusalMessages(error: unknown): readonly AppMessage[] {
  const found = errorsFromServer(error);
  if (found.conflict) return [found.conflict];
  return found.form.length ? found.form : Object.values(found.fields).flat();
}

export function hasErrors(errors: FormErrors): boolean {
  return (
    errors.form.length > 0 ||
    errors.conflict !== null ||
    Object.keys(errors.fields).length > 0 ||
    Object.keys(errors.paths).length > 0
  );
}

/** Anything that validates like a zod schema (the domain's schemas), without importing zod here. */
export type Validator = {
  safeParse: (value: unknown) => { success: true } | { success: false; error: { issues: readonly Issue[] } };
};

/**
 * `first` (issues found before the schema: a number the parser could not read, in its words,
 * "not a whole number") and the schema's issues at other paths, so each field says one thing.
 */
export function beforeSchema(first: readonly Issue[], schema: readonly Issue[]): Issue[] {
  const taken = new Set(first.map((issue) => issue.path.join('.')));
  return [...first, ...schema.filter((issue) => !taken.has(issue.path.join('.')))];
}

/** Runs a domain schema on what the form would send, after the `first` issues; null when all pass. */
export function validateWith(schema: Validator, input: unknown, first: readonly Issue[] = []): FormErrors | null {
  const result = schema.safeParse(input);
  const issues = beforeSchema(first, result.success ? [] : result.error.issues);
  return issues.length === 0 ? null : errorsFromIssues(issues);
}

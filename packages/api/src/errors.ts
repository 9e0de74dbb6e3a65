import type { FieldIssue } from '@switchoff/domain/schemas';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';

/** Throws NOT_FOUND with a message a person can read. */
export function notFound(message: string): never {
  throw new TRPCError({ code: 'NOT_FOUND', message });
}

/**
 * The cause of a refusal that concerns given fields, shaped like a zod error (`issues`), so the
 * error formatter hands the form one message per field whether zod or a business rule refused.
 */
export class FieldIssues extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues[0]?.message ?? 'Dati non validi');
    this.name = 'FieldIssues';
    this.issues = issues;
  }
}

/** Refuses an input for one or more fields (BAD_REQUEST unless said); the message is the first issue's. */
export function refuseFields(issues: FieldIssue[], code: TRPC_ERROR_CODE_KEY = 'BAD_REQUEST'): never {
  const cause = new FieldIssues(issues);
  throw new TRPCError({ code, message: cause.message, cause });
}

/** Refuses one field. */
export function refuseField(
  field: string | (string | number)[],
  message: string,
  code: TRPC_ERROR_CODE_KEY = 'BAD_REQUEST',
): never {
  return refuseFields([{ path: Array.isArray(field) ? field : [field], message }], code);
}

/** Throws when today-dependent rules (shared with the forms) found something to refuse. */
export function refuseIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) refuseFields(issues);
}

/** SQLite's answers when another connection holds the database (a long write, an import elsewhere). */
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT']);

/** Whether an error, or one it wraps (drizzle wraps SQLite's), says the database is busy. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let at = error, depth = 0; at instanceof Error && depth < 10; at = at.cause, depth += 1) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && BUSY_CODES.has(code)) return true;
  }
  return false;
}

/**
 * A SERVICE_UNAVAILABLE caused by a busy database carries this, so HTTP says Retry-After (503,
 * never 500: the request was fine, the database was taken by another write).
 */
export class DatabaseBusy extends Error {
  readonly retryAfterSeconds = 5;
  constructor() {
    super('database busy');
    this.name = 'DatabaseBusy';
  }
}

/** What a caller is told when the database stayed busy for the whole busy timeout. */
export const DATABASE_BUSY_MESSAGE =
  'Il database è occupato da un’altra scrittura (per esempio un’importazione): riprova tra qualche secondo';

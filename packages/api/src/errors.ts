import {
  type AppMessage,
  appMessage,
  italianText,
  type MessageCode,
  type MessageToken,
  type ParamsOf,
  readToken,
  token,
} from '@switchoff/domain';
import type { FieldIssue } from '@switchoff/domain/schemas';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';

/**
 * The cause of a refusal said as a code (`appError`): the error formatter sends its code and
 * parameters (`data.appError`), the SPA says it in the visitor's language.
 */
export class AppErrorCause extends Error {
  readonly appMessage: AppMessage;
  constructor(message: AppMessage) {
    super(italianText(message));
    this.name = 'AppErrorCause';
    this.appMessage = message;
  }
}

type ParamsArg<C extends MessageCode> = ParamsOf<C> extends undefined ? [] : [params: ParamsOf<C>];

/**
 * A refusal as a code of the catalogue (`messages.ts` in `@switchoff/domain`) and its parameters:
 * `throw appError('BAD_REQUEST', 'milestone.alreadyReached')`,
 * `throw appError('NOT_FOUND', 'comune.notFound', { istat })`. Its `message` is the Italian text.
 */
export function appError<C extends MessageCode>(
  status: TRPC_ERROR_CODE_KEY,
  code: C,
  ...params: ParamsArg<C>
): TRPCError {
  const cause = new AppErrorCause(appMessage(code, ...params));
  return new TRPCError({ code: status, message: cause.message, cause });
}

/** Throws `status` with a message made by `token()` (a code and its parameters). */
export function refuse(status: TRPC_ERROR_CODE_KEY, message: MessageToken): never {
  const cause = new AppErrorCause(readToken(message));
  throw new TRPCError({ code: status, message: cause.message, cause });
}

/** Throws NOT_FOUND with the message of a code. */
export function notFound(message: MessageToken): never {
  return refuse('NOT_FOUND', message);
}

/**
 * The cause of a refusal that concerns given fields, shaped like a zod error (`issues`), so the
 * error formatter hands the form one message per field whether zod or a business rule refused.
 */
export class FieldIssues extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(italianText(issues[0]?.message ?? token('input.invalid')));
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
  message: MessageToken,
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
export class DatabaseBusy extends AppErrorCause {
  readonly retryAfterSeconds = 5;
  constructor() {
    super(appMessage('server.databaseBusy'));
    this.name = 'DatabaseBusy';
  }
}

/** What a caller is told when the database stayed busy for the whole busy timeout. */
export const DATABASE_BUSY_MESSAGE = italianText(appMessage('server.databaseBusy'));

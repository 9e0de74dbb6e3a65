import type { ServerResponse } from 'node:http';
import { DatabaseBusy, isDatabaseBusy } from '@switchoff/api/server';
import { type AppMessage, appMessage, italianText } from '@switchoff/domain';

/**
 * A refusal of an Express route (downloads, open data, the guards) as JSON, like the API's: the
 * Italian text for a person (`error`) and its code and parameters for a program (`appError`),
 * which the SPA says in the visitor's language.
 */
export function sendRefusal(
  res: ServerResponse,
  status: number,
  message: AppMessage,
  extra: Record<string, unknown> = {},
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: italianText(message), appError: message, ...extra }));
}

/** SQLite's busy code anywhere in the chain, or the API's 503 for it (a caller's TRPCError). */
function saysBusy(error: unknown): boolean {
  if (isDatabaseBusy(error)) return true;
  for (let at = error, depth = 0; at instanceof Error && depth < 10; at = at.cause, depth += 1) {
    if (at instanceof DatabaseBusy) return true;
  }
  return false;
}

/**
 * When `error` says another connection kept the database busy for the whole busy timeout,
 * answers 503 with Retry-After and says so (the request was fine: never a 500) and returns true.
 */
export function answerDatabaseBusy(res: ServerResponse, error: unknown): boolean {
  if (!saysBusy(error)) return false;
  res.setHeader('Retry-After', String(new DatabaseBusy().retryAfterSeconds));
  sendRefusal(res, 503, appMessage('server.databaseBusy'));
  return true;
}

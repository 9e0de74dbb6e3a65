import { type AppMessage, appMessage, MAX_BATCH_CALLS, readToken } from '@switchoff/domain';
import type { TRPCError } from '@trpc/server';
import { AppErrorCause } from './errors';

type Issue = { path: readonly PropertyKey[]; message: AppMessage };

/**
 * The issues behind a refusal, whoever raised them: zod (whose errors are not `Error`s in v4,
 * so tRPC wraps them keeping `issues`), a standard-schema validator, or a business rule
 * (`FieldIssues`). Their messages are tokens of the domain's codes.
 */
function issuesOf(cause: unknown): Issue[] | null {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause)) return null;
  const { issues } = cause as { issues: unknown };
  if (!Array.isArray(issues)) return null;
  return issues.flatMap((i: unknown) => {
    if (typeof i !== 'object' || i === null) return [];
    const { path, message } = i as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    const segments = Array.isArray(path)
      ? path.map((p: unknown) =>
          typeof p === 'object' && p !== null && 'key' in p ? (p as { key: PropertyKey }).key : p,
        )
      : [];
    return [
      {
        path: segments.filter((p): p is PropertyKey => ['string', 'number', 'symbol'].includes(typeof p)),
        message: readToken(message),
      },
    ];
  });
}

function groupIssues(issues: Issue[], key: (path: readonly PropertyKey[]) => string) {
  const grouped: Record<string, AppMessage[]> = {};
  for (const issue of issues) {
    const field = key(issue.path);
    (grouped[field] ??= []).push(issue.message);
  }
  return grouped;
}

/**
 * tRPC's own refusals of a request, before any procedure runs, said as codes: a batch over
 * MAX_BATCH_CALLS and an address that names no procedure (their texts are tRPC's, in English).
 */
function transportRefusal(error: TRPCError): AppMessage | null {
  if (error.code === 'BAD_REQUEST' && error.message.startsWith('Batch call exceeds'))
    return appMessage('server.batchTooLarge', { max: MAX_BATCH_CALLS });
  if (error.code === 'NOT_FOUND' && error.message.startsWith('No procedure found')) return appMessage('api.notFound');
  return null;
}

/**
 * What the API adds to every error it sends: `appError`, the refusal as a code of the domain's
 * catalogue with its parameters (the SPA translates it; an error nobody described is
 * `server.unexpected`), and the issues per field for forms and grids.
 */
export function errorData(error: TRPCError) {
  const issues = issuesOf(error.cause);
  const described =
    error.cause instanceof AppErrorCause ? error.cause.appMessage : (issues?.[0]?.message ?? transportRefusal(error));
  return {
    appError: described ?? appMessage('server.unexpected'),
    // One message per field, so a form can show each next to its input ("" for the whole form).
    fieldErrors: issues ? groupIssues(issues, (path) => String(path[0] ?? '')) : null,
    // The same by full path ("rows.3.online"), for grids.
    pathErrors: issues ? groupIssues(issues, (path) => path.map(String).join('.')) : null,
  };
}

/**
 * A stand-in for the server at the fetch level: the real tRPC client (httpBatchLink) sends its
 * requests here, and each procedure answers from a handler, or with an error shaped exactly as
 * the server's error formatter shapes it (code, httpStatus, appError, fieldErrors, pathErrors).
 */

import { type AppMessage, appMessage, italianText } from '@switchoff/domain';

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

const STATUS: Record<ErrorCode, { http: number; rpc: number }> = {
  BAD_REQUEST: { http: 400, rpc: -32600 },
  UNAUTHORIZED: { http: 401, rpc: -32001 },
  FORBIDDEN: { http: 403, rpc: -32003 },
  NOT_FOUND: { http: 404, rpc: -32004 },
  CONFLICT: { http: 409, rpc: -32009 },
  TOO_MANY_REQUESTS: { http: 429, rpc: -32029 },
  INTERNAL_SERVER_ERROR: { http: 500, rpc: -32603 },
};

/** What a handler throws to answer with a tRPC error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly appError: AppMessage;
  readonly fieldErrors: Record<string, AppMessage[]> | null;
  readonly pathErrors: Record<string, AppMessage[]> | null;
  constructor(
    code: ErrorCode,
    message: AppMessage,
    issues: { fieldErrors?: Record<string, AppMessage[]>; pathErrors?: Record<string, AppMessage[]> } = {},
  ) {
    super(italianText(message));
    this.code = code;
    this.appError = message;
    this.fieldErrors = issues.fieldErrors ?? null;
    this.pathErrors = issues.pathErrors ?? issues.fieldErrors ?? null;
  }
}

/** Answers a procedure (`auth.me`, `services.get` …) given its input. */
export type Handler = (input: unknown) => unknown;

/** A handler that always refuses with `code` and `message`, as the server's procedure would. */
export function refusing(code: ErrorCode, message: AppMessage): Handler {
  return () => {
    throw new ApiError(code, message);
  };
}
export type Handlers = Record<string, Handler>;
export type Call = { path: string; input: unknown };

function errorBody(error: ApiError, path: string) {
  const status = STATUS[error.code];
  return {
    error: {
      message: error.message,
      code: status.rpc,
      data: {
        code: error.code,
        httpStatus: status.http,
        path,
        appError: error.appError,
        fieldErrors: error.fieldErrors,
        pathErrors: error.pathErrors,
      },
    },
  };
}

async function answer(handlers: Handlers, path: string, input: unknown) {
  const handler = handlers[path];
  if (!handler) return errorBody(new ApiError('NOT_FOUND', appMessage('server.unexpected')), path);
  try {
    return { result: { data: (await handler(input)) ?? null } };
  } catch (error) {
    if (error instanceof ApiError) return errorBody(error, path);
    throw error;
  }
}

/** A `fetch` for `createApiClient` that answers every batched call from `handlers`, recording it in `calls`. */
export function createMockFetch(handlers: Handlers, calls: Call[] = []): typeof fetch {
  return async (url, init) => {
    const address = new URL(String(url), 'http://localhost');
    const paths = decodeURIComponent(address.pathname.replace(/^\/api\/trpc\//, '')).split(',');
    const raw = init?.method === 'POST' ? String(init.body ?? '{}') : (address.searchParams.get('input') ?? '{}');
    const inputs = JSON.parse(raw) as Record<string, unknown>;
    const results = await Promise.all(
      paths.map((path, index) => {
        const input = inputs[String(index)];
        calls.push({ path, input });
        return answer(handlers, path, input);
      }),
    );
    const failed = results.find((r): r is ReturnType<typeof errorBody> => 'error' in r);
    const status = results.length === 1 && failed ? failed.error.data.httpStatus : 200;
    return new Response(JSON.stringify(results), { status, headers: { 'content-type': 'application/json' } });
  };
}

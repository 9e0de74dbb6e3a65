import { type AppMessage, appMessage, isMessageCode, type MessageParam } from '@switchoff/domain';

/** The tRPC error code of a failed query (`NOT_FOUND`, `BAD_REQUEST` …), or null. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = error.data;
  if (typeof data !== 'object' || data === null || !('code' in data)) return null;
  return typeof data.code === 'string' ? data.code : null;
}

/**
 * Why a call failed, as a code of the domain's catalogue: the API's `data.appError`; a failure
 * that never reached the API is `server.unreachable`, a code this SPA does not know
 * `server.unexpected`.
 */
export function errorAppMessage(error: unknown): AppMessage {
  if (errorCode(error) === null) return appMessage('server.unreachable');
  const data = (error as { data: { appError?: unknown } }).data;
  return readAppMessage(data.appError) ?? appMessage('server.unexpected');
}

/** A message as the API sent it (`{ code, params }`), or null when it is not one. */
export function readAppMessage(value: unknown): AppMessage | null {
  if (typeof value !== 'object' || value === null || !('code' in value)) return null;
  const { code, params } = value as { code: unknown; params?: unknown };
  if (typeof code !== 'string' || !isMessageCode(code)) return null;
  const entries = typeof params === 'object' && params !== null ? Object.entries(params) : [];
  const values = entries.filter((entry): entry is [string, MessageParam] =>
    ['string', 'number'].includes(typeof entry[1]),
  );
  return { code, params: Object.fromEntries(values) };
}

/**
 * Client errors are answers, not outages: retrying them would only delay the message. A 429 (a
 * budget spent) is not retried either: each retry would spend it again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  const answers = ['NOT_FOUND', 'BAD_REQUEST', 'FORBIDDEN', 'UNAUTHORIZED', 'TOO_MANY_REQUESTS'];
  if (code !== null && answers.includes(code)) return false;
  return failureCount < 2;
}

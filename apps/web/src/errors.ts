/** The tRPC error code of a failed query (`NOT_FOUND`, `BAD_REQUEST` …), or null. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = error.data;
  if (typeof data !== 'object' || data === null || !('code' in data)) return null;
  return typeof data.code === 'string' ? data.code : null;
}

export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
}

/** Client errors are answers, not outages: retrying them would only delay the message. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_REQUEST' || code === 'FORBIDDEN' || code === 'UNAUTHORIZED') {
    return false;
  }
  return failureCount < 2;
}

import type { Context, ProcedureMeta } from '@switchoff/api';
import { DatabaseBusy, LoginRateLimited, ReadBudgetExceeded } from '@switchoff/api/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import type { NextFunction, Request, Response } from 'express';

/** Kept, but asked again every time (an ETag makes that a 304): data change whenever editors work. */
export const PUBLIC_ANSWER = 'no-cache';
/** Answers for a logged-in person: never kept. */
export const PRIVATE_ANSWER = 'private, no-store';
/** The Vary tRPC's adapter gives every answer. */
export const TRPC_VARY = 'trpc-accept, accept';
/** Vary of a public read: tRPC's own and Cookie, since a logged-in person's answer differs. */
export const PUBLIC_VARY = `${TRPC_VARY}, Cookie`;

/** The meta a procedure declared (`.meta({ publicRead: true })` in packages/api). */
function metaOf(call: TRPCRequestInfo['calls'][number]): ProcedureMeta {
  return (call.procedure?._def.meta ?? {}) as ProcedureMeta;
}

/**
 * The caching headers of a tRPC answer, for its `responseMeta`: public (kept, revalidated by
 * ETag, varying with the cookie) when every call is a query its procedure declares a public
 * read, nobody presented a session cookie and nothing failed; private for a logged-in person;
 * otherwise (a refusal, login and logout, who am I) none, so the /api default, no-store, stays.
 */
export function trpcCacheHeaders(p: {
  info: TRPCRequestInfo | undefined;
  ctx: Context | undefined;
  errors: number;
}): Headers {
  const headers = new Headers();
  const calls = p.info?.calls ?? [];
  if (p.ctx?.user) headers.set('Cache-Control', PRIVATE_ANSWER);
  else if (
    p.errors === 0 &&
    !p.ctx?.session.token &&
    calls.length > 0 &&
    calls.every((call) => call.procedure?._def.type === 'query' && metaOf(call).publicRead === true)
  ) {
    headers.set('Cache-Control', PUBLIC_ANSWER);
    // Added to tRPC's own Vary, which makes PUBLIC_VARY.
    headers.set('Vary', 'Cookie');
  }
  return headers;
}

/**
 * tRPC writes its answer with `res.write` and `res.end`; this gathers a public answer and hands
 * it to Express's `res.send`, which gives it an ETag and answers 304 when the request's
 * If-None-Match still matches (`req.fresh`). Other answers pass through as tRPC writes them.
 */
export function etagPublicAnswers(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'GET') {
    next();
    return;
  }
  const { write, end } = res;
  const chunks: Buffer[] = [];
  const gather = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  res.write = ((chunk: unknown) => {
    gather(chunk);
    return true;
  }) as Response['write'];
  res.end = ((chunk?: unknown) => {
    res.write = write;
    res.end = end;
    if (typeof chunk !== 'function') gather(chunk);
    const body = Buffer.concat(chunks);
    if (res.statusCode === 200 && res.getHeader('cache-control') === PUBLIC_ANSWER) return res.send(body);
    return res.end(body);
  }) as Response['end'];
  next();
}

/**
 * Seconds until a rate-limited login, an expensive read over the caller's budget, or a write the
 * busy database refused, may be tried again (Retry-After).
 */
export function retryAfterSeconds(errors: readonly { cause?: unknown }[], now: Date): number | null {
  for (const error of errors) {
    if (error.cause instanceof LoginRateLimited) {
      return Math.max(1, Math.ceil((error.cause.retryAt.getTime() - now.getTime()) / 1000));
    }
    if (error.cause instanceof DatabaseBusy || error.cause instanceof ReadBudgetExceeded) {
      return error.cause.retryAfterSeconds;
    }
  }
  return null;
}

import { createCaller, createContextInner } from '@switchoff/api';
import type { Db } from '@switchoff/db';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { PUBLIC_ANSWER, PUBLIC_READS, sendBody } from './http-cache';
import { SESSION_COOKIE } from './session-cookie';

type Caller = ReturnType<typeof createCaller>;
type Procedure = (input: unknown) => Promise<unknown>;

/** The caller's procedure at a path like "comuni.overview" (only public reads get here). */
function procedureAt(caller: Caller, path: string): Procedure | null {
  const [area, name] = path.split('.');
  if (area === undefined || name === undefined) return null;
  const found = (caller as unknown as Record<string, Record<string, unknown> | undefined>)[area]?.[name];
  return typeof found === 'function' ? (found as Procedure) : null;
}

/** The inputs of a GET as tRPC reads them: `?input=` (one call) or `?batch=1&input={"0":…}`; null when unreadable. */
function inputsOf(url: URL, count: number): unknown[] | null {
  const raw = url.searchParams.get('input');
  try {
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    if (url.searchParams.get('batch') !== '1') return count === 1 ? [parsed] : null;
    const byIndex = (parsed ?? {}) as Record<string, unknown>;
    return Array.from({ length: count }, (_, i) => byIndex[String(i)]);
  } catch {
    return null;
  }
}

/**
 * Public reads answered without tRPC's fetch-style HTTP machinery (a Request, a Response and
 * their streams per call): a GET by nobody logged in (no session cookie) whose procedures are
 * all public reads is called in process, and the answer is the JSON tRPC would send —
 * `{"result":{"data":…}}`, an array of them for a batch — with the same headers. Anything else,
 * and any call that fails, goes on to tRPC, which answers with its own error shapes.
 */
export function publicReads(options: { db: Db; today?: (() => string) | undefined; now: () => Date; operator: string | null }): RequestHandler {
  // Nobody is logged in on this path, so every call has the same context (its clock is read at
  // each call): one caller, and each procedure looked up once.
  const caller = createCaller(createContextInner({ db: options.db, today: options.today, now: options.now, operator: options.operator }));
  const procedures = new Map<string, Procedure | null>();
  const procedureOf = (path: string): Procedure | null => {
    let found = procedures.get(path);
    if (found === undefined) {
      found = procedureAt(caller, path);
      procedures.set(path, found);
    }
    return found;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.get('trpc-accept') !== undefined) return next();
    if ((req.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`)) return next();
    const paths = req.path.slice(req.path.lastIndexOf('/') + 1).split(',');
    if (!paths.every((path) => PUBLIC_READS.has(path))) return next();
    const url = new URL(req.originalUrl, 'http://local');
    const batch = url.searchParams.get('batch') === '1';
    const inputs = inputsOf(url, paths.length);
    if (inputs === null) return next();
    const calls = paths.map((path, i) => {
      const procedure = procedureOf(path);
      return procedure === null ? Promise.reject(new Error(`no procedure ${path}`)) : procedure(inputs[i]);
    });
    Promise.all(calls).then(
      (results) => {
        // tRPC's envelope, {"result":{"data":…}}, written around each answer.
        const envelopes = results.map((data) => (data === undefined ? '{"result":{}}' : `{"result":{"data":${JSON.stringify(data)}}}`));
        res.statusCode = 200;
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Vary', 'trpc-accept, accept');
        res.setHeader('Cache-Control', PUBLIC_ANSWER);
        sendBody(req, res, batch ? `[${envelopes.join(',')}]` : (envelopes[0] ?? ''));
      },
      () => next(),
    );
  };
}


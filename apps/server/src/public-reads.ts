import type { IncomingMessage, ServerResponse } from 'node:http';
import { createCaller, createContextInner } from '@switchoff/api';
import type { Db } from '@switchoff/db';
import { setSecurityHeaders } from './guards';
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
function inputsOf(query: URLSearchParams, count: number): unknown[] | null {
  const raw = query.get('input');
  try {
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    if (query.get('batch') !== '1') return count === 1 ? [parsed] : null;
    const byIndex = (parsed ?? {}) as Record<string, unknown>;
    return Array.from({ length: count }, (_, i) => byIndex[String(i)]);
  } catch {
    return null;
  }
}

const PREFIX = '/api/trpc/';

/** Handles a request, or calls `fallback` (the Express app) for it. */
export type FastPath = (req: IncomingMessage, res: ServerResponse, fallback: () => void) => void;

/**
 * Public reads answered before Express and without tRPC's fetch-style HTTP machinery (a
 * Request, a Response and their streams per call), which together cost about as much as the
 * read itself: a GET of /api/trpc/… by nobody logged in (no session cookie) whose procedures
 * are all public reads is called in process, and the answer is the JSON tRPC would send —
 * `{"result":{"data":…}}`, an array of them for a batch — with the headers the app would set
 * (security headers, Cache-Control, Vary, ETag). Anything else, and any call that fails, goes
 * to the Express app, where tRPC answers with its own error shapes.
 */
export function publicReads(options: {
  db: Db;
  today?: (() => string) | undefined;
  now: () => Date;
  operator: string | null;
  /** Whether the request came over HTTPS, as Express's req.secure (trust proxy) decides it. */
  isSecure: (req: IncomingMessage) => boolean;
}): FastPath {
  // Nobody is logged in on this path, so every call has the same context (its clock is read at
  // each call): one caller, and each procedure looked up once.
  const caller = createCaller(
    createContextInner({ db: options.db, today: options.today, now: options.now, operator: options.operator }),
  );
  const procedures = new Map<string, Procedure | null>();
  const procedureOf = (path: string): Procedure | null => {
    let found = procedures.get(path);
    if (found === undefined) {
      found = procedureAt(caller, path);
      procedures.set(path, found);
    }
    return found;
  };
  return (req, res, fallback) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !url.startsWith(PREFIX) || req.headers['trpc-accept'] !== undefined) return fallback();
    if ((req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`)) return fallback();
    const queryAt = url.indexOf('?');
    const pathname = url.slice(PREFIX.length, queryAt === -1 ? undefined : queryAt);
    const paths = pathname.split(',');
    if (!paths.every((path) => PUBLIC_READS.has(path))) return fallback();
    const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
    const batch = query.get('batch') === '1';
    const inputs = inputsOf(query, paths.length);
    if (inputs === null) return fallback();
    const calls = paths.map((path, i) => {
      const procedure = procedureOf(path);
      return procedure === null ? Promise.reject(new Error(`no procedure ${path}`)) : procedure(inputs[i]);
    });
    Promise.all(calls)
      .then(
        (results) => {
          // tRPC's envelope, {"result":{"data":…}}, written around each answer.
          const envelopes = results.map((data) =>
            data === undefined ? '{"result":{}}' : `{"result":{"data":${JSON.stringify(data)}}}`,
          );
          res.statusCode = 200;
          setSecurityHeaders(res, options.isSecure(req));
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Vary', 'trpc-accept, accept');
          res.setHeader('Cache-Control', PUBLIC_ANSWER);
          sendBody(req, res, batch ? `[${envelopes.join(',')}]` : (envelopes[0] ?? ''));
        },
        () => fallback(),
      )
      .catch((error: unknown) => {
        // Writing the answer failed (not the procedure): tRPC answers if nothing was sent yet.
        console.error('public read:', error);
        if (res.headersSent) {
          res.destroy();
          return;
        }
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        fallback();
      });
  };
}

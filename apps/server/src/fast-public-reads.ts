import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { appRouter, createCaller, createContextInner, type ProcedureMeta } from '@switchoff/api';
import type { Db } from '@switchoff/db';
import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { getErrorShape, getTRPCErrorFromUnknown } from '@trpc/server/unstable-core-do-not-import';
import etag from 'etag';
import fresh from 'fresh';
import { ANSWER_BROTLI_QUALITY, acceptedEncoding, compressBody } from './compression';
import { setSecurityHeaders } from './guards';
import { PUBLIC_ANSWER, PUBLIC_VARY, retryAfterSeconds, TRPC_VARY } from './http-cache';
import { SESSION_COOKIE } from './session-cookie';

type Procedure = (input: unknown) => Promise<unknown>;
type Definition = { _def: { type: string; meta?: ProcedureMeta } };

/** Handles a request, or calls `fallback` (the Express app) for it. */
export type FastPath = (req: IncomingMessage, res: ServerResponse, fallback: () => void) => void;

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

/** Whether a request came over HTTPS, as Express's req.secure decides it with its compiled trust proxy function. */
function isSecure(req: IncomingMessage, trust: (address: string | undefined, hop: number) => boolean): boolean {
  const proto = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  if (!trust(req.socket.remoteAddress, 0)) return proto === 'https';
  const header = req.headers['x-forwarded-proto'];
  const forwarded = (Array.isArray(header) ? header[0] : header) || proto;
  return forwarded.split(',')[0]?.trim() === 'https';
}

const PREFIX = '/api/trpc/';

/**
 * The one shortcut of the HTTP path, kept because it is measured: tRPC's Express adapter builds
 * a fetch Request, its Headers, abort signals, a Response and a web stream for every call, and
 * Express its own request and middleware chain; for a cheap read that is more than the read.
 * In one process on the bench's quick database, a public read cost 1.2–1.4 ms of CPU through
 * Express and the adapter and 0.7–0.9 ms here; at national scale this path is what holds
 * 2,000 public reads/s (BENCHMARKS.md).
 *
 * A GET of /api/trpc/… by nobody logged in (no session cookie), of at most `maxBatchSize`
 * calls, each a query that declares `publicRead` and not `expensive` (expensive reads go
 * through the adapter, which counts them against the address's budget), is called in process
 * with tRPC's own caller (the same input parsing and middleware) and answered as tRPC answers,
 * `{"result":{"data":…}}`, with what the app gives every answer: the security headers, the
 * caching policy of http-cache.ts, Express's ETag function and freshness check (`etag`,
 * `fresh`: 304 when unchanged), brotli or gzip as the client accepts (compression.ts). A
 * request whose calls fail is answered here too, once, as the adapter answers it: each failed
 * call's error shape from the router's own error formatter, tRPC's status (207 for a batch that
 * partly failed), `no-store`, and Retry-After where the database was busy. Anything else goes
 * to the Express app.
 */
export function fastPublicReads(options: {
  db: Db;
  today?: (() => string) | undefined;
  now: () => Date;
  operator: string | null;
  maxBatchSize: number;
  /** Express's compiled "trust proxy" (app.get('trust proxy fn')), for HSTS. */
  trust: (address: string | undefined, hop: number) => boolean;
}): FastPath {
  // Nobody is logged in on this path and no cheap read uses the caller's address: one context
  // (its clocks are read at each call), one caller, each procedure looked up once.
  const context = createContextInner({
    db: options.db,
    today: options.today,
    now: options.now,
    operator: options.operator,
  });
  const caller = createCaller(context) as unknown as Record<string, Record<string, unknown> | undefined>;
  const definitions = appRouter._def.procedures as unknown as Record<string, Definition | undefined>;
  const found = new Map<string, Procedure | null>();
  const cheapPublicRead = (path: string): Procedure | null => {
    let procedure = found.get(path);
    if (procedure === undefined) {
      const def = definitions[path]?._def;
      const [area = '', name = ''] = path.split('.');
      const callable = caller[area]?.[name];
      const cheap = def?.type === 'query' && def.meta?.publicRead === true && def.meta.expensive !== true;
      procedure = cheap && typeof callable === 'function' ? (callable as Procedure) : null;
      found.set(path, procedure);
    }
    return procedure;
  };

  /**
   * The answer whole: the security headers, the caching policy, and for a public answer its
   * ETag and 304 when the request's copy still matches (nothing compressed then); otherwise the
   * body in one call of brotli or gzip when the client accepts one (compression.ts), which for a
   * body already in hand costs a third to a half of the `compression` middleware's stream and
   * its wrapping of the response (BENCHMARKS.md, "The HTTP side of a public read"). The same
   * Vary either way: the answer varies with Accept-Encoding, whether this one was compressed or not.
   */
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    answer: { status: number; body: Buffer; public: boolean },
  ) => {
    res.statusCode = answer.status;
    setSecurityHeaders(res, isSecure(req, options.trust));
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', answer.public ? PUBLIC_ANSWER : 'no-store');
    res.setHeader('Vary', `${answer.public ? PUBLIC_VARY : TRPC_VARY}, Accept-Encoding`);
    if (answer.public) {
      const tag = etag(answer.body, { weak: true });
      res.setHeader('ETag', tag);
      if (fresh(req.headers, { etag: tag })) {
        res.statusCode = 304;
        res.removeHeader('Content-Type');
        res.end();
        return;
      }
    }
    const encoding = acceptedEncoding(req, answer.body.length);
    const body = encoding === null ? answer.body : compressBody(answer.body, encoding, ANSWER_BROTLI_QUALITY);
    if (encoding !== null) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  };

  /** tRPC's answer to calls of which some failed: each error through the router's formatter, never run again. */
  const failed = (
    res: ServerResponse,
    calls: { paths: string[]; inputs: unknown[]; batch: boolean },
    settled: PromiseSettledResult<unknown>[],
  ) => {
    const { paths, inputs } = calls;
    const errors: TRPCError[] = [];
    const envelopes = settled.map((outcome, i) => {
      if (outcome.status === 'fulfilled') return { result: { data: outcome.value } };
      const error = getTRPCErrorFromUnknown(outcome.reason);
      errors.push(error);
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${paths[i] ?? '?'}:`, error);
      const config = appRouter._def._config;
      return { error: getErrorShape({ config, error, type: 'query', path: paths[i], input: inputs[i], ctx: context }) };
    });
    const retryAfter = retryAfterSeconds(errors, options.now());
    if (retryAfter !== null) res.setHeader('Retry-After', String(retryAfter));
    const body = Buffer.from(JSON.stringify(calls.batch ? envelopes : envelopes[0]));
    return { status: getHTTPStatusCode(envelopes), body, public: false };
  };

  return (req, res, fallback) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !url.startsWith(PREFIX) || req.headers['trpc-accept'] !== undefined) return fallback();
    if ((req.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`)) return fallback();
    const queryAt = url.indexOf('?');
    const paths = url.slice(PREFIX.length, queryAt === -1 ? undefined : queryAt).split(',');
    if (paths.length > options.maxBatchSize) return fallback();
    const procedures = paths.map(cheapPublicRead);
    const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
    const inputs = inputsOf(query, paths.length);
    if (inputs === null || procedures.some((p) => p === null)) return fallback();
    const batch = query.get('batch') === '1';
    Promise.allSettled(procedures.map((procedure, i) => (procedure as Procedure)(inputs[i])))
      .then((settled) => {
        if (settled.some((outcome) => outcome.status === 'rejected')) {
          send(req, res, failed(res, { paths, inputs, batch }, settled));
          return;
        }
        const envelopes = settled.map((outcome) => {
          const data = outcome.status === 'fulfilled' ? outcome.value : undefined;
          return data === undefined ? '{"result":{}}' : `{"result":{"data":${JSON.stringify(data)}}}`;
        });
        const body = Buffer.from(batch ? `[${envelopes.join(',')}]` : (envelopes[0] ?? ''));
        send(req, res, { status: 200, body, public: true });
      })
      .catch((error: unknown) => {
        // Writing the answer failed (not the procedure): the app answers if nothing was sent yet.
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

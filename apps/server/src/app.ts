import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { join } from 'node:path';
import { appRouter, checkHealth } from '@switchoff/api';
import {
  createReadBudget,
  EXPENSIVE_READS,
  type JobRunner,
  type Licence,
  type ReadBudgetRate,
  resolveLicence,
  WRITE_WAIT,
} from '@switchoff/api/server';
import { type Db, setBusyTimeout } from '@switchoff/db';
import { appMessage, CSV_LIMITS, MAX_BATCH_CALLS } from '@switchoff/domain';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import compression from 'compression';
import express from 'express';
import { calendarsRouter } from './calendars';
import { createExpressContext } from './context';
import { downloadsRouter } from './downloads';
import { errorPages } from './error-pages';
import { fastPublicReads } from './fast-public-reads';
import { crossSiteGuard, requireJsonPost, securityHeaders } from './guards';
import { etagPublicAnswers, retryAfterSeconds, trpcCacheHeaders } from './http-cache';
import type { ServerJobRunner } from './job-threads';
import { unsubscribeRouter } from './mail/unsubscribe-router';
import { openDataRouter } from './opendata';
import { answerDatabaseBusy, sendRefusal } from './refusals';
import { pageEntryPath, renderedPages } from './rendered-pages';

export type AppOptions = {
  db: Db;
  /** Folder of the built SPA; when absent the server answers the API only. */
  webDir?: string | undefined;
  today?: () => string;
  /** The clock sessions and login limits run on. */
  now?: () => Date;
  /** Express "trust proxy" (see TRUST_PROXY in config.ts): whose X-Forwarded-For/-Proto to believe. */
  trustProxy?: boolean | number | string;
  /** Licence of open data (SWITCHOFF_LICENSE); CC-BY-4.0 when absent. */
  licence?: Licence;
  /** Public address for the catalogue's links (SWITCHOFF_PUBLIC_URL); null: each request's own. */
  publicUrl?: string | null;
  /** Slug of the consortium running the installation (SWITCHOFF_OPERATOR); null: the first one. */
  operator?: string | null;
  /** SWITCHOFF_PUBLISH_DEMO=1: the catalogue lists the demo's data too, said to be illustrative. */
  publishDemo?: boolean;
  /** Cheap public reads answered before Express and tRPC's adapter (fast-public-reads.ts); off: every call through both. */
  fastPublicReads?: boolean;
  /** Expensive reads (meta `expensive`) each address or account may make: a burst, then a rate. */
  expensiveReads?: ReadBudgetRate;
  /** How long a client may take to send its headers, and its whole request. */
  requestLimits?: RequestLimits;
  /** Where imports and the browser's backups run: worker threads (job-threads.ts) in the server; in place when absent (tests). */
  jobs?: (JobRunner & Partial<Pick<ServerJobRunner, 'backup'>>) | null;
  /** How long `db` waits for another connection's lock at a time, and in all (WRITE_WAIT; shorter in tests). */
  writeWait?: { attemptMs: number; budgetMs: number };
};

/**
 * The largest request body, from the import limit: a CSV import travels inside a JSON body as
 * one string, where JSON escapes each quote and line break with a backslash and UTF-8 takes two
 * bytes for an accented letter (the test files come to 1.04-1.18 bytes a character). 1.6 bytes a
 * character (16 MB) leaves room for that and the rest of the call, so that a file within the
 * import limit reaches the API, which says what is wrong with it, instead of a bare 413.
 */
const MAX_BODY_BYTES = Math.ceil(CSV_LIMITS.chars * 1.6);

export type RequestLimits = { headersTimeoutMs: number; requestTimeoutMs: number };

/**
 * A client has 10 s to send its headers and 60 s for its whole request (a 10 MB import on a slow
 * line), then gets 408 and its connection closes, so slow clients cannot hold sockets for good.
 * What a request may ask is bounded elsewhere: 10 calls a batch, the expensive reads' budget,
 * the body's size (MAX_BODY_BYTES), inputs capped by their schemas (a report covers at most 60
 * months).
 */
export const REQUEST_LIMITS: RequestLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 60_000 };

/** The server's request handler; `listen` starts an HTTP server on it (port 0: any free port). */
export type App = RequestListener & { listen: (port: number) => Server };

/**
 * The HTTP application: tRPC at /api/trpc, staff downloads at /api/export and /api/backup,
 * open data at /opendata, /healthz, and the built SPA with its fallback. Every answer worth it
 * is compressed (brotli or gzip, as the client accepts) by the `compression` middleware, but a
 * visitor's public read, which fast-public-reads.ts compresses whole in one call (compression.ts).
 */
export function createApp({
  db,
  webDir,
  today,
  now = () => new Date(),
  trustProxy = false,
  licence = resolveLicence(null),
  publicUrl = null,
  operator = null,
  publishDemo = false,
  fastPublicReads: fast = true,
  expensiveReads = EXPENSIVE_READS,
  requestLimits = REQUEST_LIMITS,
  jobs = null,
  writeWait = WRITE_WAIT,
}: AppOptions): App {
  // SQLite's busy handler would hold this thread: a short wait, then tries again after a timer (trpc.ts).
  setBusyTimeout(db, writeWait.attemptMs);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  // Expensive reads left to each caller: one budget for the API and the rendered pages.
  const readBudget = createReadBudget(expensiveReads);
  app.use(compression());
  app.use(securityHeaders);
  app.use(crossSiteGuard);

  app.get('/healthz', (_req, res) => {
    try {
      res.json(checkHealth(db));
    } catch (error) {
      if (answerDatabaseBusy(res, error)) return;
      console.error('healthz:', error);
      sendRefusal(res, 503, appMessage('server.unexpected'), { ok: false });
    }
  });

  app.use('/api', (_req, res, next) => {
    // Answers may be about the logged-in person: never kept, unless said otherwise below.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(
    '/api/trpc',
    requireJsonPost,
    etagPublicAnswers,
    createExpressMiddleware({
      router: appRouter,
      createContext: createExpressContext({
        db,
        today,
        now,
        operator,
        readBudget,
        jobs,
        writeWaitMs: writeWait.budgetMs,
      }),
      maxBodySize: MAX_BODY_BYTES,
      maxBatchSize: MAX_BATCH_CALLS,
      responseMeta({ ctx, info, errors }) {
        // Public reads are kept and revalidated with their ETag; a logged-in person's never.
        const headers = trpcCacheHeaders({ info, ctx, errors: errors.length });
        const retryAfter = retryAfterSeconds(errors, now());
        if (retryAfter !== null) headers.set('Retry-After', String(retryAfter));
        return { headers };
      },
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'}:`, error);
      },
    }),
  );
  app.use('/api', downloadsRouter({ db, today, now, operator, backup: jobs?.backup }));
  app.use('/api', (_req, res) => {
    sendRefusal(res, 404, appMessage('api.notFound'));
  });

  app.use(unsubscribeRouter({ db }));
  app.use(calendarsRouter({ db, today, now, publicUrl }));
  app.use('/opendata', openDataRouter({ db, today, licence, publicUrl, operator, publishDemo }));

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // Vite names built assets by content hash: they never change, so cache them for good.
    app.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
    app.use(express.static(webDir, { index: false, maxAge: 0 }));
    const entryPath = pageEntryPath(webDir);
    if (entryPath !== null) {
      app.get('/{*splat}', renderedPages({ db, webDir, entryPath, today, now, operator, readBudget }));
    }
    // The SPA's shell, which the browser draws: staff screens, logged-in people, a failed render.
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDir, 'index.html'));
    });
  }
  app.use(errorPages);
  const shortcut = fast
    ? fastPublicReads({
        db,
        today,
        now,
        operator,
        maxBatchSize: MAX_BATCH_CALLS,
        trust: app.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean,
      })
    : null;
  const handler: RequestListener =
    shortcut === null ? (req, res) => app(req, res) : (req, res) => shortcut(req, res, () => app(req, res));
  const serve = () =>
    createServer(
      {
        headersTimeout: requestLimits.headersTimeoutMs,
        requestTimeout: requestLimits.requestTimeoutMs,
        // How often Node looks for requests over their time (30 s by default).
        connectionsCheckingInterval: Math.min(1000, requestLimits.headersTimeoutMs / 2),
      },
      handler,
    );
  return Object.assign(handler, { listen: (port: number) => serve().listen(port) });
}

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { appRouter, checkHealth } from '@switchoff/api';
import { DatabaseBusy, type Licence, LoginRateLimited, resolveLicence } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import express from 'express';
import { createExpressContext } from './context';
import { downloadsRouter } from './downloads';
import { crossSiteGuard, requireJsonPost, securityHeaders } from './guards';
import { trpcCacheControl } from './http-cache';
import { openDataRouter } from './opendata';
import { publicReads } from './public-reads';
import { staticAssets } from './static-assets';
import { trpcHandler } from './trpc-http';

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
  /** Public reads answered before Express, without tRPC's HTTP layer (publicReads); off: every call through both. */
  fastPublicReads?: boolean;
};

/** A CSV import travels inside a JSON body: up to 10 MB of text, escaped. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Seconds until a rate-limited login, or a write the busy database refused, may be tried again (Retry-After). */
function retryAfterSeconds(errors: readonly { cause?: unknown }[], now: Date): number | null {
  for (const error of errors) {
    if (error.cause instanceof LoginRateLimited) {
      return Math.max(1, Math.ceil((error.cause.retryAt.getTime() - now.getTime()) / 1000));
    }
    if (error.cause instanceof DatabaseBusy) return error.cause.retryAfterSeconds;
  }
  return null;
}

/** The server's request handler; `listen` starts an HTTP server on it (port 0: any free port). */
export type App = RequestListener & { listen: (port: number) => Server };

/** Whether a request came over HTTPS, as Express's req.secure decides it (with its trust proxy setting). */
function requestIsSecure(app: express.Express, req: IncomingMessage): boolean {
  const proto = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const trust = app.get('trust proxy fn') as (address: string | undefined, hop: number) => boolean;
  if (!trust(req.socket.remoteAddress, 0)) return proto === 'https';
  const header = req.headers['x-forwarded-proto'];
  const forwarded = (Array.isArray(header) ? header[0] : header) || proto;
  return forwarded.split(',')[0]?.trim() === 'https';
}

/**
 * The HTTP application: tRPC at /api/trpc, staff downloads at /api/export and /api/backup,
 * open data at /opendata, /healthz, and the built SPA with its fallback. Public reads are
 * answered before Express (publicReads): its routing costs about as much as a read.
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
  fastPublicReads = true,
}: AppOptions): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders);
  app.use(crossSiteGuard);

  app.get('/healthz', (_req, res) => {
    try {
      res.json(checkHealth(db));
    } catch (error) {
      res.status(503).json({ ok: false, error: error instanceof Error ? error.message : String(error) });
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
    trpcHandler({
      router: appRouter,
      createContext: createExpressContext({ db, today, now, operator }),
      maxBodySize: MAX_BODY_BYTES,
      responseMeta({ ctx, paths, type, errors }) {
        const headers: Record<string, string> = {};
        const retryAfter = retryAfterSeconds(errors, now());
        if (retryAfter !== null) headers['Retry-After'] = String(retryAfter);
        // Public reads are kept and revalidated with their ETag; a logged-in person's never.
        const cacheControl = trpcCacheControl({ type, paths, loggedIn: Boolean(ctx?.user), errors: errors.length });
        if (cacheControl !== null) headers['Cache-Control'] = cacheControl;
        return { headers };
      },
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'}:`, error);
      },
    }),
  );
  app.use('/api', downloadsRouter({ db, today, now, operator }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'Risorsa API sconosciuta' });
  });

  app.use('/opendata', openDataRouter({ db, today, licence, publicUrl, operator }));

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // Vite names built assets by content hash: they never change, so cache them for good
    // (compressed once per process with brotli or gzip, as the browser accepts).
    app.use('/assets', staticAssets(join(webDir, 'assets')));
    app.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
    app.use(express.static(webDir, { index: false, maxAge: 0 }));
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDir, 'index.html'));
    });
  }
  const fast = fastPublicReads
    ? publicReads({ db, today, now, operator, isSecure: (req) => requestIsSecure(app, req) })
    : null;
  const handler: RequestListener =
    fast === null ? (req, res) => app(req, res) : (req, res) => fast(req, res, () => app(req, res));
  return Object.assign(handler, { listen: (port: number) => createServer(handler).listen(port) });
}

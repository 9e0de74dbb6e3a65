import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appRouter, checkHealth, createContextInner } from '@switchoff/api';
import type { Db } from '@switchoff/db';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express from 'express';

export type AppOptions = {
  db: Db;
  /** Folder of the built SPA; when absent the server answers the API only. */
  webDir?: string | undefined;
  today?: () => string;
};

/** The HTTP application: tRPC at /api/trpc, /healthz, and the built SPA with its fallback. */
export function createApp({ db, webDir, today }: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });

  app.get('/healthz', (_req, res) => {
    try {
      res.json(checkHealth(db));
    } catch (error) {
      res.status(503).json({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });

  app.use(
    '/api/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: () => createContextInner({ db, today }),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'}:`, error);
      },
    }),
  );
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'Risorsa API sconosciuta' });
  });

  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // Vite names built assets by content hash: they never change, so cache them for good.
    app.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
    app.use(express.static(webDir, { index: false, maxAge: 0 }));
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDir, 'index.html'));
    });
  }
  return app;
}

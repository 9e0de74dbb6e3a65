import type { Licence } from '@switchoff/api/server';
import { buildCatalogue, type OpenDataFile, openDataFile } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { todayIso } from '@switchoff/domain';
import { TRPCError } from '@trpc/server';
import express, { type Request, type Response } from 'express';
import { openDataPage } from './opendata-page';

export type OpenDataOptions = {
  db: Db;
  today?: (() => string) | undefined;
  licence: Licence;
  /** SWITCHOFF_PUBLIC_URL; null: the address the request came to. */
  publicUrl: string | null;
  operator: string | null;
};

/** Open data change when editors work: browsers and proxies keep them five minutes, then ask again (ETag). */
export const OPEN_DATA_CACHE = 'public, max-age=300';

function baseUrl(req: Request, publicUrl: string | null): string {
  return publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function send(res: Response, file: OpenDataFile, licence: Licence): void {
  res.setHeader('Cache-Control', OPEN_DATA_CACHE);
  res.setHeader('ETag', file.etag);
  res.setHeader('Link', `<${licence.url}>; rel="license"`);
  res.setHeader('X-License', licence.id);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `inline; filename="${file.filename}"`);
  // Express answers 304 when If-None-Match names the ETag set above (req.fresh); the app's
  // compression middleware compresses the rest (a comune's monthly CSV is hundreds of KB).
  res.send(Buffer.from(file.body));
}

function refuse(res: Response, error: unknown): void {
  if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
    res.status(404).json({ error: error.message, documentazione: '/opendata' });
    return;
  }
  console.error('opendata:', error);
  res.status(500).json({ error: 'Errore interno' });
}

function pageOf(req: Request): number {
  const raw = req.query.page;
  if (raw === undefined) return 1;
  return typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
}

/**
 * Open data, public and without login, at stable addresses:
 * - /opendata: what is published, every column, the licence;
 * - /opendata/comuni/:istat/{servizi,fasi,dati-mensili,milestone}.{csv,json};
 * - /opendata/consorzi/:slug/… the same for every comune of a consortium;
 * - /opendata/catalogo.rdf and /opendata/catalogo.jsonld: the DCAT-AP_IT catalogue (?page=N).
 * Public items only; every answer carries an ETag (hash of the body, 304 on If-None-Match),
 * Cache-Control, the licence (Link rel="license", X-License) and CORS for any origin.
 */
export function openDataRouter(options: OpenDataOptions): express.Router {
  const { db, licence } = options;
  const today = options.today ?? (() => todayIso());
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    next();
  });

  router.get('/', (req, res) => {
    res.setHeader('Cache-Control', OPEN_DATA_CACHE);
    res.type('html').send(openDataPage({ baseUrl: baseUrl(req, options.publicUrl), licence }));
  });

  for (const format of ['rdf', 'jsonld'] as const) {
    router.get(`/catalogo.${format}`, (req, res) => {
      try {
        const file = buildCatalogue(db, {
          baseUrl: baseUrl(req, options.publicUrl),
          licence,
          format,
          page: pageOf(req),
          operator: options.operator,
        });
        send(res, file, licence);
      } catch (error) {
        refuse(res, error);
      }
    });
  }

  router.get('/comuni/:istat/:file', (req, res) => {
    try {
      send(
        res,
        openDataFile(db, { target: { istat: req.params.istat }, file: req.params.file, today: today(), licence }),
        licence,
      );
    } catch (error) {
      refuse(res, error);
    }
  });

  router.get('/consorzi/:slug/:file', (req, res) => {
    try {
      send(
        res,
        openDataFile(db, { target: { consortium: req.params.slug }, file: req.params.file, today: today(), licence }),
        licence,
      );
    } catch (error) {
      refuse(res, error);
    }
  });

  router.use((_req, res) => {
    res
      .status(404)
      .json({ error: 'Indirizzo di dati aperti sconosciuto: l’elenco è su /opendata', documentazione: '/opendata' });
  });
  return router;
}

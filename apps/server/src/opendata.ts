import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Licence } from '@switchoff/api/server';
import {
  buildCatalogue,
  catalogueMissing,
  errorData,
  type OpenDataFile,
  openDataFile,
  refuse as refusal,
} from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { appMessage, italianText, readToken, todayIso, token } from '@switchoff/domain';
import { OPEN_DATASETS } from '@switchoff/domain/formats';
import { TRPCError } from '@trpc/server';
import express, { type NextFunction, type Request, type Response } from 'express';
import { openDataPage } from './opendata-page';
import { answerDatabaseBusy, sendRefusal } from './refusals';

export type OpenDataOptions = {
  db: Db;
  today?: (() => string) | undefined;
  licence: Licence;
  /** SWITCHOFF_PUBLIC_URL; null: the address the request came to. */
  publicUrl: string | null;
  operator: string | null;
  /** SWITCHOFF_PUBLISH_DEMO=1: the catalogue lists the demo's illustrative data too. */
  publishDemo?: boolean;
};

/** Open data change when editors work: browsers and proxies keep them five minutes, then ask again (ETag). */
export const OPEN_DATA_CACHE = 'public, max-age=300';

function baseUrl(req: Request, publicUrl: string | null): string {
  return publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** Headers a page on another site may read from an answer (CORS): the ETag to revalidate, the licence. */
export const OPEN_DATA_EXPOSED = 'ETag, Link, X-License';
/** Smaller bodies are sent as they are, as the compression middleware does. */
const COMPRESS_FROM_BYTES = 1024;

/** The coding the client takes, brotli first (the compression middleware's own preference). */
function codingFor(req: Request, size: number): 'br' | 'gzip' | null {
  if (size < COMPRESS_FROM_BYTES) return null;
  for (const coding of ['br', 'gzip'] as const) if (req.acceptsEncodings(coding) === coding) return coding;
  return null;
}

/**
 * Sends a file compressed here rather than by the compression middleware (which leaves an answer
 * that already has a Content-Encoding alone), so that each coding has its own strong ETag, as RFC
 * 9110 (8.8.3) wants of different representations: the body's hash, then "-br" or "-gzip".
 */
function send(req: Request, res: Response, file: OpenDataFile, licence: Licence): void {
  const plain = Buffer.from(file.body);
  const coding = codingFor(req, plain.length);
  res.setHeader('Cache-Control', OPEN_DATA_CACHE);
  res.vary('Accept-Encoding');
  res.setHeader('ETag', coding ? `${file.etag.slice(0, -1)}-${coding}"` : file.etag);
  res.setHeader('Link', `<${licence.url}>; rel="license"`);
  res.setHeader('X-License', licence.id);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `inline; filename="${file.filename}"`);
  if (coding) res.setHeader('Content-Encoding', coding);
  // Express answers 304 when If-None-Match names the ETag set above (req.fresh), without compressing.
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const body =
    coding === 'br'
      ? brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
      : coding === 'gzip'
        ? gzipSync(plain)
        : plain;
  res.send(body);
}

/** Where the list of datasets and columns is, in every refusal. */
const DOCUMENTATION = { documentazione: '/opendata' };

function refuse(res: Response, error: unknown): void {
  if (answerDatabaseBusy(res, error)) return;
  if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) {
    sendRefusal(res, error.code === 'NOT_FOUND' ? 404 : 400, errorData(error).appError, DOCUMENTATION);
    return;
  }
  console.error('opendata:', error);
  sendRefusal(res, 500, appMessage('server.unexpected'));
}

/** CORS for any origin: every answer says what may be read, and a preflight (OPTIONS) is answered. */
function allowAnyOrigin(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', OPEN_DATA_EXPOSED);
  if (req.method !== 'OPTIONS') {
    next();
    return;
  }
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  const asked = req.get('access-control-request-headers');
  if (asked) res.setHeader('Access-Control-Allow-Headers', asked);
  res.setHeader('Access-Control-Max-Age', '86400');
  res.setHeader('Allow', 'GET, HEAD, OPTIONS');
  res.status(204).end();
}

/** The catalogue page asked for: 1 when not said; anything but a whole number is refused (400). */
function pageOf(req: Request): number {
  const raw = req.query.page;
  if (raw === undefined) return 1;
  if (typeof raw === 'string' && /^\d{1,6}$/.test(raw)) return Number(raw);
  return refusal('BAD_REQUEST', token('catalogue.pageInvalid', { page: String(raw).slice(0, 40) }));
}

/**
 * Open data, public and without login, at stable addresses:
 * - /opendata: what is published, every column, the licence;
 * - /opendata/comuni/:istat/{servizi,fasi,dati-mensili,milestone}.{csv,json};
 * - /opendata/consorzi/:slug/… the same for every comune of a consortium;
 * - /opendata/catalogo.rdf and /opendata/catalogo.jsonld: the DCAT-AP_IT catalogue (?page=N), and
 *   /opendata/catalogo, its URI, and …/comuni/:istat/servizi, a dataset's, which resolve too.
 * Public items only; every answer carries an ETag (hash of the body, 304 on If-None-Match),
 * Cache-Control, the licence (Link rel="license", X-License) and CORS for any origin.
 */
export function openDataRouter(options: OpenDataOptions): express.Router {
  const { db, licence } = options;
  const today = options.today ?? (() => todayIso());
  // Strict: "…/servizi.csv/" is not the file, it is an unknown address (404).
  const router = express.Router({ strict: true });
  router.use(allowAnyOrigin);

  router.get('/', (req, res) => {
    res.setHeader('Cache-Control', OPEN_DATA_CACHE);
    const missing = catalogueMissing(db, { operator: options.operator, publishDemo: options.publishDemo ?? false });
    const noCatalogue = missing === null ? null : italianText(readToken(missing));
    res.type('html').send(openDataPage({ baseUrl: baseUrl(req, options.publicUrl), licence, noCatalogue }));
  });

  const catalogue = (format: 'rdf' | 'jsonld') => (req: Request, res: Response) => {
    try {
      const file = buildCatalogue(db, {
        baseUrl: baseUrl(req, options.publicUrl),
        licence,
        format,
        page: pageOf(req),
        operator: options.operator,
        today: today(),
        publishDemo: options.publishDemo ?? false,
      });
      send(req, res, file, licence);
    } catch (error) {
      refuse(res, error);
    }
  };
  router.get('/catalogo.rdf', catalogue('rdf'));
  router.get('/catalogo.jsonld', catalogue('jsonld'));
  // The catalogue's own URI, which its agents, contact points and places are fragments of: RDF/XML,
  // or JSON-LD for a client that asks for it.
  router.get('/catalogo', (req, res) =>
    catalogue(req.accepts(['application/rdf+xml', 'application/ld+json']) === 'application/ld+json' ? 'jsonld' : 'rdf')(
      req,
      res,
    ),
  );

  const file =
    (target: (req: Request) => { istat: string } | { consortium: string }) => (req: Request, res: Response) => {
      // A dataset's URI in the catalogue (…/servizi) answers with its JSON file, which describes it too.
      const name = String(req.params.file ?? '');
      const asked = (OPEN_DATASETS as readonly string[]).includes(name) ? `${name}.json` : name;
      try {
        send(req, res, openDataFile(db, { target: target(req), file: asked, today: today(), licence }), licence);
      } catch (error) {
        refuse(res, error);
      }
    };
  router.get(
    '/comuni/:istat/:file',
    file((req) => ({ istat: String(req.params.istat ?? '') })),
  );
  router.get(
    '/consorzi/:slug/:file',
    file((req) => ({ consortium: String(req.params.slug ?? '') })),
  );

  router.use((_req, res) => {
    sendRefusal(res, 404, appMessage('opendata.addressUnknown'), DOCUMENTATION);
  });
  return router;
}

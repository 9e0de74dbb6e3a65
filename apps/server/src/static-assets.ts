import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { chooseEncoding, type Encoding, etagOf, matchesEtag } from './http-cache';

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** What express.static says of hashed assets with `immutable` and a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Compressed = { etag: string; type: string; bodies: Partial<Record<Encoding, Promise<Buffer>>>; raw: Buffer };

/**
 * The SPA's hashed assets (JS, CSS, SVG) compressed for browsers that accept it: each file is
 * compressed once per process, off the event loop, at the best level (it never changes: its
 * name is its hash), and kept in memory. Anything else — fonts and images, which are compressed
 * already, small files, clients that accept no encoding — falls through to express.static.
 */
export function staticAssets(dir: string): RequestHandler {
  const cache = new Map<string, Promise<Compressed | null>>();

  const load = (name: string): Promise<Compressed | null> => {
    let found = cache.get(name);
    if (found === undefined) {
      const type = COMPRESSIBLE[extname(name)];
      found =
        type === undefined
          ? Promise.resolve(null)
          : stat(join(dir, name)).then(
              async (info) => {
                if (!info.isFile() || info.size < MIN_BYTES) return null;
                const raw = await readFile(join(dir, name));
                return { etag: etagOf(raw), type, bodies: {}, raw };
              },
              () => null,
            );
      cache.set(name, found);
    }
    return found;
  };

  const encoded = (file: Compressed, encoding: Encoding): Promise<Buffer> => {
    let body = file.bodies[encoding];
    if (body === undefined) {
      body =
        encoding === 'br'
          ? brotli(file.raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: file.raw.length,
              },
            })
          : gzipAsync(file.raw, { level: constants.Z_BEST_COMPRESSION });
      file.bodies[encoding] = body;
    }
    return body;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    // Hashed file names only: no folders, nothing hidden.
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return next();
    const encoding = chooseEncoding(req.get('accept-encoding'));
    if (encoding === null) return next();
    load(name)
      .then(async (file) => {
        if (file === null) return next();
        res.setHeader('Cache-Control', IMMUTABLE);
        res.setHeader('ETag', file.etag);
        res.setHeader('Vary', 'Accept-Encoding');
        if (matchesEtag(req.get('if-none-match'), file.etag)) {
          res.status(304).end();
          return;
        }
        const body = await encoded(file, encoding);
        res.setHeader('Content-Type', file.type);
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', body.length);
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(next);
  };
}

import type { RenderedPage } from '@switchoff/api/server';
import etag from 'etag';
import type { Request, Response } from 'express';
import { acceptedEncoding, compressBody, type Encoding, KEPT_BROTLI_QUALITY } from './compression';
import { PUBLIC_ANSWER } from './http-cache';

/**
 * A rendered page ready to be sent again and again: its bytes and ETag, computed once, and its
 * brotli and gzip forms, each made the first time a browser accepts it. A kept page then costs
 * a lookup and a write, not a hash and a compression of 100–200 KB on every request.
 */
export type PreparedPage = {
  status: number;
  body: Buffer;
  etag: string;
  encoded: Partial<Record<Encoding, Buffer>>;
};

export function preparePage(page: RenderedPage): PreparedPage {
  const body = Buffer.from(page.html);
  // Express's own ETag (weak, from length and hash), so a page keeps the ETag it had before.
  return { status: page.status, body, etag: etag(body, { weak: true }), encoded: {} };
}

/** Made once and kept: brotli at the quality of kept bodies (compression.ts), gzip at zlib's default level. */
function encode(page: PreparedPage, encoding: Encoding): Buffer {
  const made = page.encoded[encoding] ?? compressBody(page.body, encoding, KEPT_BROTLI_QUALITY);
  page.encoded[encoding] = made;
  return made;
}

/**
 * A page the server rendered for a visitor: public like a public read (kept, revalidated every
 * time, varying with the cookie), 304 when the request's If-None-Match still matches, otherwise
 * in the best encoding the browser accepts (the compression middleware leaves an encoded body alone).
 */
export function sendPreparedPage(req: Request, res: Response, page: PreparedPage): void {
  res.status(page.status);
  res.setHeader('Cache-Control', PUBLIC_ANSWER);
  res.vary('Cookie');
  res.vary('Accept-Encoding');
  res.type('html');
  res.setHeader('ETag', page.etag);
  // req.fresh compares If-None-Match with the ETag, for a 2xx status only (a 404 page is sent whole).
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  // Brotli first, as the compression middleware: Express's `acceptsEncodings` follows the client's
  // order, which gave Chromium (`gzip, deflate, br, zstd`) the gzip form.
  const encoding = acceptedEncoding(req, page.body.length);
  const body = encoding === null ? page.body : encode(page, encoding);
  if (encoding !== null) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

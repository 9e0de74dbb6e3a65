import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Public reads: the same answer for everyone who is not logged in, so a browser (or a proxy)
 * may keep them and ask again with If-None-Match. Everything else on /api is about a person.
 */
export const PUBLIC_READS: ReadonlySet<string> = new Set([
  'consortia.list',
  'consortia.portfolio',
  'consortia.serviceAcross',
  'national.summary',
  'italy.comune',
  'italy.search',
  'comuni.list',
  'comuni.overview',
  'services.get',
  'milestones.roadmap',
  'reports.council',
]);

/** Kept, but asked again every time (an ETag makes that a 304): data change whenever editors work. */
export const PUBLIC_ANSWER = 'no-cache';
/** Answers for a logged-in person: never kept. */
export const PRIVATE_ANSWER = 'private, no-store';

/**
 * The Cache-Control of a tRPC answer: public for queries that are all public reads, asked by
 * nobody logged in, and answered without error; private for anyone logged in; otherwise (a
 * refusal, login and logout, who am I) the /api default, no-store.
 */
export function trpcCacheControl(p: {
  type: string;
  paths: readonly string[] | undefined;
  loggedIn: boolean;
  errors: number;
}): string | null {
  if (p.loggedIn) return PRIVATE_ANSWER;
  if (
    p.type === 'query' &&
    p.errors === 0 &&
    p.paths !== undefined &&
    p.paths.length > 0 &&
    p.paths.every((path) => PUBLIC_READS.has(path))
  ) {
    return PUBLIC_ANSWER;
  }
  return null;
}

/** Whether an If-None-Match header names this entity tag (a list, weak tags, or "*"). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === bare;
  });
}

/** A weak entity tag of a body: the same for every encoding of it. */
export function etagOf(body: Buffer | string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Bodies shorter than this go as they are: compressing them saves nothing worth a header. */
const MIN_COMPRESSED_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

/** The encoding to answer with: brotli when accepted, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * Compresses a body for an answer made on the spot (JSON, CSV): brotli at quality 4, which is
 * about as fast as gzip and smaller; gzip at its default level.
 */
export function compress(body: Buffer, encoding: Encoding, quality = 4): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body);
}

function appendVary(res: ServerResponse, values: readonly string[]): void {
  const current = res.getHeader('vary');
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const value of values) if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
  res.setHeader('Vary', list.join(', '));
}

/**
 * Sends a whole body: with an ETag and 304 on If-None-Match when the answer is public (and sets
 * no cookie), compressed when the client accepts it.
 */
export function sendBody(req: IncomingMessage, res: ServerResponse, body: Buffer | string): void {
  const isPublic = res.statusCode === 200 && res.getHeader('cache-control') === PUBLIC_ANSWER;
  if (isPublic && res.getHeader('set-cookie') !== undefined) res.setHeader('Cache-Control', PRIVATE_ANSWER);
  else if (isPublic) {
    const etag = etagOf(body);
    res.setHeader('ETag', etag);
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      appendVary(res, ['Cookie', 'Accept-Encoding']);
      res.statusCode = 304;
      res.removeHeader('content-type');
      res.end();
      return;
    }
  }
  appendVary(res, isPublic ? ['Cookie', 'Accept-Encoding'] : ['Accept-Encoding']);
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const encoding = length >= MIN_COMPRESSED_BYTES ? chooseEncoding(req.headers['accept-encoding']) : null;
  const sent = encoding === null ? body : compress(typeof body === 'string' ? Buffer.from(body) : body, encoding);
  if (encoding !== null) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', typeof sent === 'string' ? length : sent.length);
  res.end(req.method === 'HEAD' ? undefined : sent);
}

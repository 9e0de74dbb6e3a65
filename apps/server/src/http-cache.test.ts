import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRouter } from '@switchoff/api';
import { createTestWorld, PUBLIC_READ_PATHS, TEST_TODAY } from '@switchoff/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { addEditor, baseUrlOf, loginAsEditor } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';

/**
 * What a browser sends to revalidate an answer it keeps. fetch() would add `Cache-Control:
 * no-cache` to a request with If-None-Match, which asks for a full answer (a reload).
 */
const REVALIDATING = { 'cache-control': 'max-age=0' };

const overview = `/api/trpc/comuni.overview?input=${encodeURIComponent('{"istat":"019001"}')}`;
/** What every answer carries, public reads included. */
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'permissions-policy',
];
const BIG_SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});`;

describe('HTTP caching and compression', () => {
  let base = '';
  let close = () => {};
  let cookie = '';
  let world: ReturnType<typeof createTestWorld>;

  beforeAll(async () => {
    world = createTestWorld();
    const { db } = world;
    await addEditor(db);
    const webDir = mkdtempSync(join(tmpdir(), 'switchoff-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Switch-off</title>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), BIG_SCRIPT);
    const server = createApp({ db, webDir, today: () => TEST_TODAY }).listen(0);
    base = await baseUrlOf(server);
    close = () => server.close();
    const login = await loginAsEditor(base);
    cookie = (login.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '').split(';')[0] ?? '';
  });
  afterAll(() => close());

  it('marks a public read revalidate-every-time with an ETag of its body, and answers 304 when it has not changed', async () => {
    const first = await fetch(`${base}${overview}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    for (const header of SECURITY_HEADERS) expect(first.headers.get(header), header).not.toBeNull();
    expect(first.headers.get('vary')).toContain('Cookie');
    await first.text();
    const again = await fetch(`${base}${overview}`, { headers: { 'if-none-match': etag, ...REVALIDATING } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const batched = await fetch(
      `${base}/api/trpc/comuni.overview,national.summary?batch=1&input=${encodeURIComponent('{"0":{"istat":"019001"}}')}`,
    );
    expect(batched.headers.get('cache-control')).toBe('no-cache');
  });

  it('never lets a cache keep what a logged-in person reads, nor refusals and who-am-I', async () => {
    const mine = await fetch(`${base}${overview}`, { headers: { cookie } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.headers.get('etag')).toBeNull();
    const missing = await fetch(`${base}/api/trpc/comuni.overview?input=${encodeURIComponent('{"istat":"999999"}')}`);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const me = await fetch(`${base}/api/trpc/auth.me`);
    expect(me.headers.get('cache-control')).toBe('no-store');
    // A public read batched with a private one is private.
    const mixed = await fetch(
      `${base}/api/trpc/comuni.overview,auth.me?batch=1&input=${encodeURIComponent('{"0":{"istat":"019001"}}')}`,
    );
    expect(mixed.headers.get('cache-control')).toBe('no-store');
  });

  it('compresses answers with brotli or gzip as the client accepts, the same JSON either way', async () => {
    const plain = await (await fetch(`${base}${overview}`, { headers: { 'accept-encoding': 'identity' } })).text();
    for (const encoding of ['br', 'gzip'] as const) {
      const res = await fetch(`${base}${overview}`, { headers: { 'accept-encoding': encoding } });
      // fetch decompresses by itself; the header says what travelled.
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(await res.text()).toBe(plain);
    }
  });

  it('serves hashed scripts compressed, for good', async () => {
    const res = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe(BIG_SCRIPT);
    const gz = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const etag = gz.headers.get('etag') ?? '';
    expect(
      (
        await fetch(`${base}/assets/app-abc123.js`, {
          headers: { 'accept-encoding': 'gzip', 'if-none-match': etag, ...REVALIDATING },
        })
      ).status,
    ).toBe(304);
    expect((await fetch(`${base}/assets/missing.js`, { headers: { 'accept-encoding': 'br' } })).status).toBe(404);
  });

  it('keeps nothing for a visitor who still sends a session cookie, even an ended one', async () => {
    const stale = await fetch(`${base}${overview}`, { headers: { cookie: `${SESSION_COOKIE}=scaduto` } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('cache-control')).toBe('no-store');
    expect(stale.headers.get('etag')).toBeNull();
    expect(stale.headers.get('set-cookie')).toContain(`${SESSION_COOKIE}=;`);
  });

  it('sends HSTS on public reads over HTTPS exactly as Express decides it (X-Forwarded-Proto only from a trusted proxy)', async () => {
    for (const trustProxy of [true, false]) {
      const server = createApp({ db: world.db, today: () => TEST_TODAY, trustProxy }).listen(0);
      const at = await baseUrlOf(server);
      try {
        const headers = { 'x-forwarded-proto': 'https' };
        const [read, health] = await Promise.all([
          fetch(`${at}${overview}`, { headers }),
          fetch(`${at}/healthz`, { headers }),
        ]);
        expect(read.status).toBe(200);
        const expected = trustProxy ? 'max-age=31536000' : null;
        expect(read.headers.get('strict-transport-security'), `trust proxy ${trustProxy}`).toBe(expected);
        expect(health.headers.get('strict-transport-security'), `trust proxy ${trustProxy}`).toBe(expected);
      } finally {
        server.close();
      }
    }
  });

  it('treats as public reads exactly the queries that declare it', () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string; meta?: { publicRead?: boolean } } }
    >;
    const declared = Object.entries(procedures).filter(([, p]) => p._def.meta?.publicRead === true);
    expect(declared.map(([path]) => path).sort()).toEqual([...PUBLIC_READ_PATHS].sort());
    for (const [path, procedure] of declared) expect(procedure._def.type, path).toBe('query');
  });

  it('negotiates the encoding with the client: brotli first, gzip when brotli is refused, none for identity', async () => {
    const encodingFor = async (accept: string) =>
      (await fetch(`${base}${overview}`, { headers: { 'accept-encoding': accept } })).headers.get('content-encoding');
    expect(await encodingFor('gzip, deflate, br')).toBe('br');
    expect(await encodingFor('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(await encodingFor('identity')).toBeNull();
  });
});

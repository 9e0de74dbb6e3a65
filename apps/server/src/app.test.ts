import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestWorld, TEST_TODAY } from '@switchoff/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { baseUrlOf } from './http.testing';

describe('the HTTP application', () => {
  let base = '';
  let close = () => {};

  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'switchoff-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Switch-off</title>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    const server = createApp({ db: createTestWorld().db, webDir, today: () => TEST_TODAY }).listen(0);
    base = await baseUrlOf(server);
    close = () => server.close();
  });
  afterAll(() => close());

  it('answers /healthz after a real query', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves a procedure over HTTP', async () => {
    const input = encodeURIComponent(JSON.stringify({ istat: '019001' }));
    const res = await fetch(`${base}/api/trpc/comuni.overview?input=${input}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { comune: { name: string } } } };
    expect(body.result.data.comune.name).toBe('Alfa');
  });

  it('answers 404 with the reason (in Italian, and as a code) for an unknown comune, and 400 for a malformed code', async () => {
    const unknown = await fetch(`${base}/api/trpc/comuni.overview?input=${encodeURIComponent('{"istat":"999999"}')}`);
    expect(unknown.status).toBe(404);
    const refused = (await unknown.json()) as { error: { message: string; data: { appError: unknown } } };
    expect(refused.error.message).toBe('Nessun comune con codice ISTAT 999999');
    expect(refused.error.data.appError).toEqual({ code: 'comune.notFound', params: { istat: '999999' } });
    const malformed = await fetch(`${base}/api/trpc/comuni.overview?input=${encodeURIComponent('{"istat":"abc"}')}`);
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { error: { data: { fieldErrors: Record<string, unknown[]> } } };
    expect(body.error.data.fieldErrors.istat?.[0]).toEqual({ code: 'istatCode', params: {} });
  });

  it('serves the SPA for its routes and caches hashed assets for good', async () => {
    const page = await fetch(`${base}/comuni/019001/roadmap`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Switch-off</title>');
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('answers an unknown API path with 404, not the SPA', async () => {
    const res = await fetch(`${base}/api/nothing`);
    expect(res.status).toBe(404);
  });
});

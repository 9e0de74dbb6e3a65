import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestWorld, INTERNAL_MARKERS, TEST_TODAY } from '@switchoff/api/testing';
import { ensureRegistry } from '@switchoff/db/national';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { baseUrlOf } from './http.testing';

// The built web app (`pnpm build`): the SPA in dist/, its server entry in dist-ssr/.
const webDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
const STATE = 'id="so-page-state"';
/** A browser's revalidation (fetch() alone would add `Cache-Control: no-cache`, asking for a full answer). */
const REVALIDATING = { 'cache-control': 'max-age=0' };

describe('public pages rendered by the server', () => {
  let base = '';
  let close = () => {};
  const { db } = createTestWorld({ withPeople: true });
  const page = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

  beforeAll(async () => {
    if (!existsSync(join(webDir, '..', 'dist-ssr', 'entry-server.js'))) throw new Error('Build the web app first');
    // Every comune of Italy, as the server knows them: the world tracks Alfa (019001).
    ensureRegistry(db);
    const server = createApp({ db, webDir, today: () => TEST_TODAY }).listen(0);
    base = await baseUrlOf(server);
    close = () => server.close();
  });
  afterAll(() => close());

  it('writes a comune overview with its title, figures and tables, and the answers it was drawn from', async () => {
    const res = await page('/comuni/019001');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<title>Alfa – panoramica | Switch-off</title>');
    expect(html).toMatch(/<h1[^>]*>Alfa<\/h1>/);
    expect(html).toContain('<table');
    expect(html).toContain(STATE);
    expect(html).toContain('"comuni","overview"');
  });

  it('reads as a visitor: nothing internal in the page or in its answers', async () => {
    const html = await (await page('/comuni/019001')).text();
    for (const marker of INTERNAL_MARKERS) expect(html).not.toContain(marker);
  });

  it('keeps a page by its ETag: 304 while nothing changed, the same bytes for the same data', async () => {
    const first = await page('/comuni/019001');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('vary')).toContain('Cookie');
    expect((await page('/comuni/019001', { ...REVALIDATING, 'If-None-Match': etag })).status).toBe(304);
    expect((await page('/comuni/019001')).headers.get('etag')).toBe(etag);
  });

  it('sends a page in the encoding the browser accepts: the same page and ETag in each', async () => {
    const answers = [];
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await page('/comuni/019001', { 'accept-encoding': encoding });
      expect(res.headers.get('content-encoding')).toBe(encoding === 'identity' ? null : encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      answers.push({ etag: res.headers.get('etag'), html: await res.text() });
    }
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    expect(new Set(answers.map((a) => a.html)).size).toBe(1);
    expect(answers[0]?.html).toMatch(/<h1[^>]*>Alfa<\/h1>/);
  });

  it("sends a browser's page in brotli, the smaller form, when it takes both", async () => {
    const browser = await page('/comuni/019001', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(browser.headers.get('content-encoding')).toBe('br');
    const gzip = await page('/comuni/019001', { 'accept-encoding': 'gzip' });
    expect(Number(browser.headers.get('content-length'))).toBeLessThan(Number(gzip.headers.get('content-length')));
  });

  it('renders again once the data changed, by this process or another', async () => {
    expect(await (await page('/comuni/019001')).text()).toMatch(/<h1[^>]*>Alfa<\/h1>/);
    db.$client.prepare("UPDATE comuni SET name = 'Alfa Nuova' WHERE istat_code = '019001'").run();
    expect(await (await page('/comuni/019001')).text()).toMatch(/<h1[^>]*>Alfa Nuova<\/h1>/);
    db.$client.prepare("UPDATE comuni SET name = 'Alfa' WHERE istat_code = '019001'").run();
    expect(await (await page('/comuni/019001')).text()).toMatch(/<h1[^>]*>Alfa<\/h1>/);
  });

  it('answers 404, with the not-found page, for an unknown address and an unknown comune', async () => {
    for (const path of ['/pagina-che-non-esiste', '/comuni/999999']) {
      const res = await page(path);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain('Pagina non trovata');
      expect(html).toContain(STATE);
    }
  });

  it('leaves staff screens and logged-in people to the browser: the SPA shell, not kept', async () => {
    for (const [path, headers] of [
      ['/amministrazione/utenti', {}],
      ['/comuni/019001/importa', {}],
      ['/comuni/019001', { Cookie: 'switchoff_session=whatever' }],
    ] as const) {
      const res = await page(path, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('etag')).not.toBeNull();
      expect(await res.text()).not.toContain(STATE);
    }
  });

  it('escapes what could close the page’s state script', async () => {
    const html = await (await page('/comuni/019001?q=%3C/script%3E%3Cscript%3E')).text();
    const state = html.slice(html.indexOf(STATE));
    expect(state.slice(STATE.length, state.indexOf('</script>'))).not.toContain('<');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newVisitor } from './chromium';
import { follow, textOf, watchErrors } from './journey';
import { COMUNE_NAME, ISTAT, PUBLIC_SCREENS } from './screen-list';

const base = inject('baseUrl');

/** The document of the not-found screen answers 404, which Chromium reports on the console. */
const NOT_FOUND_DOCUMENT = /Failed to load resource: the server responded with a status of 404/;

/** Waits until React has taken over the server's HTML (the SPA marks the document). */
async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}

describe('public screens rendered by the server', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser);
    page = await context.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const screen of PUBLIC_SCREENS) {
    it(`${screen.name}: the first answer holds the page, which hydrates without an error`, async () => {
      errors.length = 0;
      const response = await page.goto(new URL(screen.path, base).href, { waitUntil: 'domcontentloaded' });
      expect(response?.status()).toBe(screen.name === 'not-found' ? 404 : 200);
      const html = (await response?.text()) ?? '';
      expect(html).toMatch(/<main[^>]*>.*<h1/s);
      expect(html).toContain('id="so-page-state"');
      await waitForHydration(page);
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('hydrated');
      expect(await page.evaluate(() => document.documentElement.dataset.hydrationError)).toBeUndefined();
      const expected = screen.name === 'not-found' ? errors.filter((e) => !NOT_FOUND_DOCUMENT.test(e)) : errors;
      expect(expected).toEqual([]);
    });
  }

  it('stays in the app after the first page: the next screens are drawn by the browser, no new document', async () => {
    errors.length = 0;
    await page.goto(new URL(`/comuni/${ISTAT}`, base).href);
    await waitForHydration(page);
    await page.evaluate(() => {
      (window as { firstDocument?: boolean }).firstDocument = true;
    });
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await follow(page, page.locator('main').getByRole('link', { name: 'Mensa scolastica', exact: true }).first());
    await follow(page, page.locator('main').getByRole('link', { name: COMUNE_NAME, exact: true }).first());
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}`);
    expect(documents).toEqual([]);
    expect(await page.evaluate(() => (window as { firstDocument?: boolean }).firstDocument)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws the maps on the server; a map reached by a click asks the API for its drawing, never a boundary file', async () => {
    errors.length = 0;
    const response = await page.goto(new URL('/italia', base).href, { waitUntil: 'domcontentloaded' });
    // The first answer holds the drawing: every region a link around its outline.
    expect(
      ((await response?.text()) ?? '').match(/<a href="\/regioni\/\d\d\?misura=[^"]*"[^>]*><path d="M/g),
    ).toHaveLength(20);
    await waitForHydration(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const lombardia = page.getByRole('group', { name: /^Mappa di Italia/ }).getByRole('link', { name: /^Lombardia/ });
    await lombardia.hover();
    expect(await textOf(page.locator('.choropleth-readout'))).toMatch(/^Lombardia/);
    await follow(page, lombardia);
    expect(new URL(page.url()).pathname).toBe('/regioni/03');
    await page
      .getByRole('group', { name: /^Mappa di Lombardia/ })
      .getByRole('link', { name: /^Cremona/ })
      .waitFor();
    expect(requests.filter((url) => url.includes('italy.drawing'))).toHaveLength(1);
    expect(requests.filter((url) => url.includes('.topo') || url.includes('/geo/'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names what it draws as the server did: a drawing redrawn after hydration still finds its patterns', async () => {
    errors.length = 0;
    await page.goto(new URL(`/comuni/${ISTAT}/servizi/cambio-residenza`, base).href);
    await waitForHydration(page);
    // The browser's ids (React's useId) are the server's only when both render the same tree.
    await page.getByRole('button', { name: 'Ultimi 12 mesi' }).click();
    await page.getByRole('button', { name: 'Ultimi 36 mesi' }).click();
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('#root [fill^="url(#"]')]
        .map((element) => element.getAttribute('fill')?.slice(5, -1) ?? '')
        .filter((id) => document.getElementById(id) === null),
    );
    expect(missing).toEqual([]);
    expect(await page.locator('.take-up-svg rect[fill^="url(#"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('answers 304 to a page revalidated with its ETag, and a fresh page to a changed one', async () => {
    const url = new URL(`/comuni/${ISTAT}`, base).href;
    const first = await context.request.get(url);
    const etag = first.headers().etag ?? '';
    expect(etag).not.toBe('');
    expect(first.headers()['cache-control']).toBe('no-cache');
    const again = await context.request.get(url, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    const other = await context.request.get(url, { headers: { 'If-None-Match': 'W/"something-else"' } });
    expect(other.status()).toBe(200);
  });
});

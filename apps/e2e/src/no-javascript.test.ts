import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser } from './chromium';
import { mainText, textOf } from './journey';
import { COMUNE_NAME, PUBLIC_SCREENS, SERVER_SCREENS } from './screen-list';
import { saveScreenshot } from './screens';

const base = inject('baseUrl');

/**
 * What each screen must show with JavaScript off: its heading, texts of its content, at least so
 * many tables, and on a map page at least so many areas drawn, each a link (the server drew the map).
 */
const EXPECTED: Record<string, { h1: string | RegExp; texts: string[]; tables: number; mapAreas?: number }> = {
  home: { h1: /Switch-off|comuni/i, texts: ['Consorzio.IT'], tables: 0 },
  portfolio: { h1: /Consorzio\.IT/, texts: [COMUNE_NAME], tables: 1 },
  'service-across': { h1: /Mensa scolastica/, texts: [COMUNE_NAME], tables: 1 },
  'comune-overview': { h1: COMUNE_NAME, texts: ['Mensa scolastica', 'Tappe', 'Piattaforme nazionali'], tables: 4 },
  'comune-untracked': { h1: 'Agliè', texts: ['PNRR'], tables: 1 },
  'map-italy': { h1: /Italia/, texts: ['Lombardia'], tables: 1, mapAreas: 20 },
  'map-region': { h1: /Lombardia/, texts: ['Cremona'], tables: 1, mapAreas: 12 },
  'map-province': { h1: /Cremona/, texts: [COMUNE_NAME], tables: 1, mapAreas: 113 },
  'map-province-switchoff': { h1: /Cremona/, texts: [COMUNE_NAME], tables: 1, mapAreas: 113 },
  'service-switched-off': { h1: 'Mensa scolastica', texts: ['Solo digitale', '2017'], tables: 2 },
  'service-hybrid': { h1: /residenza/i, texts: ['Stadio attuale', 'Ibrido'], tables: 2 },
  roadmap: { h1: /Roadmap/, texts: ['Mensa scolastica solo online', 'Subentro in ANPR'], tables: 1 },
  'council-report': { h1: /Ripalta Cremasca: lo switch-off/, texts: ['Tappe'], tables: 2 },
  'not-found': { h1: 'Pagina non trovata', texts: ['Torna alla home'], tables: 0 },
  login: { h1: 'Accedi', texts: ['Email', 'Password'], tables: 0 },
  opendata: { h1: /Dati aperti/, texts: ['CSV'], tables: 1 },
};

describe('public screens without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: DESKTOP, locale: 'it-IT', javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const screen of [...PUBLIC_SCREENS, ...SERVER_SCREENS]) {
    it(`${screen.name}: headings, figures, tables and links are on the page`, async () => {
      const expected = EXPECTED[screen.name];
      if (!expected) throw new Error(`no expectation for ${screen.name}`);
      await page.goto(new URL(screen.path, base).href);
      const h1 = await textOf(page.locator('main h1, h1'));
      if (typeof expected.h1 === 'string') expect(h1).toBe(expected.h1);
      else expect(h1).toMatch(expected.h1);
      const text = await mainText(page);
      for (const wanted of expected.texts) expect(text).toContain(wanted);
      expect(text).not.toContain('Caricamento in corso');
      expect(await page.locator('main table:visible').count()).toBeGreaterThanOrEqual(expected.tables);
      expect(await page.locator('main a[href]').count()).toBeGreaterThan(0);
      if (expected.mapAreas !== undefined) {
        const map = page.locator('main svg[role="group"]');
        expect(await map.locator('a[href] path[d^="M"]').count()).toBeGreaterThanOrEqual(expected.mapAreas);
        expect((await map.boundingBox())?.height ?? 0).toBeGreaterThan(200);
        expect(text).not.toContain('Caricamento dei confini');
      }
      await saveScreenshot(page, 'no-javascript', screen.name);
    });
  }
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newVisitor } from './chromium';
import { csvRecords } from './csv';
import { follow, mainText, screenshotter, textOf, watchErrors } from './journey';
import { COMUNE_NAME, CONSORTIUM, ISTAT } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');

describe('a public visitor', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let shot: (name: string) => Promise<string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newVisitor(browser);
    page = await context.newPage();
    errors = watchErrors(page);
    shot = screenshotter(page, 'journey-public');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts on the home page and opens the consortium', async () => {
    await openScreen(page, base, '/');
    await shot('home');
    await follow(page, page.locator('main').getByRole('link', { name: 'Consorzio.IT', exact: true }).first());
    expect(new URL(page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}`);
    expect(await textOf(page.locator('main h1'))).toContain('Consorzio.IT');
    expect(await mainText(page)).toContain(COMUNE_NAME);
    await shot('portfolio');
  });

  it('opens Ripalta Cremasca from the portfolio: stages, no internal data', async () => {
    await follow(page, page.locator('main').getByRole('link', { name: COMUNE_NAME, exact: true }).first());
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}`);
    expect(await textOf(page.locator('main h1'))).toBe(COMUNE_NAME);
    const text = await mainText(page);
    expect(text).toContain('Mensa scolastica');
    expect(text).toContain('Dati illustrativi');
    expect(await page.locator('main .internal-badge, main .internal-note').count()).toBe(0);
    expect(text).not.toContain('Formazione dello sportello assistito anagrafe');
    await shot('comune-overview');
  });

  it('opens a service, digital-only since 2017, and compares it across the consortium', async () => {
    await follow(page, page.locator('main').getByRole('link', { name: 'Mensa scolastica', exact: true }).first());
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}/servizi/mensa-scolastica`);
    expect(await textOf(page.locator('main .service-stage'))).toContain('Solo digitale');
    expect(await mainText(page)).toContain('2017');
    await shot('service');

    await follow(page, page.getByRole('link', { name: 'Confronta con gli altri comuni del consorzio' }));
    expect(new URL(page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}/servizi/mensa-scolastica`);
    expect(await mainText(page)).toContain(COMUNE_NAME);
    await shot('service-across');
    await page.goBack();
    await page.waitForURL((url) => url.pathname.endsWith('/servizi/mensa-scolastica'));
  });

  it('reads the roadmap: the switch-offs done, no internal milestone', async () => {
    await follow(page, page.getByRole('link', { name: 'Vedi la roadmap completa' }).first());
    expect(new URL(page.url()).pathname).toBe(`/comuni/${ISTAT}/roadmap`);
    const text = await mainText(page);
    expect(text).toContain('Mensa scolastica solo online');
    expect(text).toContain('Subentro in ANPR');
    expect(text).not.toContain('Formazione dello sportello assistito anagrafe');
    await shot('roadmap');
  });

  it('downloads the comune’s open data from the links on its page', async () => {
    await openScreen(page, base, `/comuni/${ISTAT}`);
    // Found by their stable addresses, which are the point: the wording around them may change.
    const servicesLink = page.locator(`main a[href="/opendata/comuni/${ISTAT}/servizi.csv"]`);
    await servicesLink.scrollIntoViewIfNeeded();
    await shot('open-data-links');
    expect(await servicesLink.getAttribute('aria-label')).toMatch(/CSV/);
    const services = await context.request.get(new URL(`/opendata/comuni/${ISTAT}/servizi.csv`, base).href);
    expect(services.status()).toBe(200);
    expect(services.headers()['content-type']).toMatch(/^text\/csv/);
    const canteen = csvRecords(await services.text()).find((row) => row.servizio === 'mensa-scolastica');
    expect(canteen).toMatchObject({ istat: ISTAT, comune: COMUNE_NAME, fase: 'switched_off' });

    expect(await page.locator(`main a[href="/opendata/comuni/${ISTAT}/dati-mensili.csv"]`).count()).toBe(1);
    const monthly = await context.request.get(new URL(`/opendata/comuni/${ISTAT}/dati-mensili.csv`, base).href);
    expect(monthly.status()).toBe(200);
    const months = csvRecords(await monthly.text()).filter((row) => row.servizio === 'mensa-scolastica');
    expect(months.length).toBeGreaterThan(12);

    // What each column means, linked from the same section.
    await page.locator('main a[href="/opendata"]').first().click();
    await page.waitForURL((url) => url.pathname === '/opendata');
    expect(await textOf(page.locator('h1'))).toContain('Dati aperti');
    await shot('opendata');
  });

  it('met no script error on the way', () => {
    expect(errors).toEqual([]);
  });
});

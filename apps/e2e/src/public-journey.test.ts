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
    const section = page.locator('main section', { has: page.getByRole('heading', { name: 'Dati aperti', exact: true }) });
    await section.scrollIntoViewIfNeeded();
    await shot('open-data-links');
    const servicesHref = await section.getByRole('link', { name: 'Servizi e canali, CSV', exact: true }).getAttribute('href');
    expect(servicesHref).toBe(`/opendata/comuni/${ISTAT}/servizi.csv`);
    const services = await context.request.get(new URL(servicesHref ?? '', base).href);
    expect(services.status()).toBe(200);
    expect(services.headers()['content-type']).toMatch(/^text\/csv/);
    const canteen = csvRecords(await services.text()).find((row) => row.servizio === 'mensa-scolastica');
    expect(canteen).toMatchObject({ istat: ISTAT, comune: COMUNE_NAME, fase: 'switched_off' });

    const monthlyHref = await section.getByRole('link', { name: 'Dati mensili dei servizi, CSV', exact: true }).getAttribute('href');
    const monthly = await context.request.get(new URL(monthlyHref ?? '', base).href);
    expect(monthly.status()).toBe(200);
    const months = csvRecords(await monthly.text()).filter((row) => row.servizio === 'mensa-scolastica');
    expect(months.length).toBeGreaterThan(12);

    // What each column means, linked from the same section.
    await section.getByRole('link', { name: 'Cosa contiene ogni colonna, licenza e catalogo' }).click();
    await page.waitForURL((url) => url.pathname === '/opendata');
    expect(await textOf(page.locator('h1'))).toContain('Dati aperti');
    await shot('opendata');
  });

  it('met no script error on the way', () => {
    expect(errors).toEqual([]);
  });
});

import { describe, expect, inject, it } from 'vitest';
import { csvRecords } from './csv';
import { follow, mainText, textOf, useVisit } from './journey';
import { COMUNE_NAME, CONSORTIUM, ISTAT } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');

describe('a public visitor', () => {
  const visit = useVisit('journey-public');

  it('starts on the home page and opens the consortium', async () => {
    await openScreen(visit.page, base, '/');
    await visit.shot('home');
    await follow(
      visit.page,
      visit.page.locator('main').getByRole('link', { name: 'Consorzio.IT', exact: true }).first(),
    );
    expect(new URL(visit.page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}`);
    expect(await textOf(visit.page.locator('main h1'))).toContain('Consorzio.IT');
    expect(await mainText(visit.page)).toContain(COMUNE_NAME);
    await visit.shot('portfolio');
  });

  it('opens Ripalta Cremasca from the portfolio: stages, no internal data', async () => {
    await follow(visit.page, visit.page.locator('main').getByRole('link', { name: COMUNE_NAME, exact: true }).first());
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}`);
    expect(await textOf(visit.page.locator('main h1'))).toBe(COMUNE_NAME);
    const text = await mainText(visit.page);
    expect(text).toContain('Mensa scolastica');
    expect(text).toContain('Dati illustrativi');
    expect(await visit.page.locator('main .internal-badge, main .internal-note').count()).toBe(0);
    expect(text).not.toContain('Formazione dello sportello assistito anagrafe');
    await visit.shot('comune-overview');
  });

  it('opens a service, digital-only since 2017, and compares it across the consortium', async () => {
    await follow(
      visit.page,
      visit.page.locator('main').getByRole('link', { name: 'Mensa scolastica', exact: true }).first(),
    );
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}/servizi/mensa-scolastica`);
    expect(await textOf(visit.page.locator('main .service-stage'))).toContain('Solo digitale');
    expect(await mainText(visit.page)).toContain('2017');
    await visit.shot('service');

    await follow(visit.page, visit.page.getByRole('link', { name: 'Confronta con gli altri comuni del consorzio' }));
    expect(new URL(visit.page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}/servizi/mensa-scolastica`);
    expect(await mainText(visit.page)).toContain(COMUNE_NAME);
    await visit.shot('service-across');
    await visit.page.goBack();
    await visit.page.waitForURL((url) => url.pathname.endsWith('/servizi/mensa-scolastica'));
  });

  it('reads the roadmap: the switch-offs done, no internal milestone', async () => {
    await follow(visit.page, visit.page.getByRole('link', { name: 'Vedi la roadmap completa' }).first());
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}/roadmap`);
    const text = await mainText(visit.page);
    expect(text).toContain('Mensa scolastica solo online');
    expect(text).toContain('Subentro in ANPR');
    expect(text).not.toContain('Formazione dello sportello assistito anagrafe');
    await visit.shot('roadmap');
  });

  it('downloads the comune’s open data from the links on its page', async () => {
    await openScreen(visit.page, base, `/comuni/${ISTAT}`);
    // Found by their stable addresses, which are the point: the wording around them may change.
    const servicesLink = visit.page.locator(`main a[href="/opendata/comuni/${ISTAT}/servizi.csv"]`);
    await servicesLink.scrollIntoViewIfNeeded();
    await visit.shot('open-data-links');
    expect(await servicesLink.getAttribute('aria-label')).toMatch(/CSV/);
    const services = await visit.context.request.get(new URL(`/opendata/comuni/${ISTAT}/servizi.csv`, base).href);
    expect(services.status()).toBe(200);
    expect(services.headers()['content-type']).toMatch(/^text\/csv/);
    const canteen = csvRecords(await services.text()).find((row) => row.servizio === 'mensa-scolastica');
    expect(canteen).toMatchObject({ istat: ISTAT, comune: COMUNE_NAME, fase: 'switched_off' });

    expect(await visit.page.locator(`main a[href="/opendata/comuni/${ISTAT}/dati-mensili.csv"]`).count()).toBe(1);
    const monthly = await visit.context.request.get(new URL(`/opendata/comuni/${ISTAT}/dati-mensili.csv`, base).href);
    expect(monthly.status()).toBe(200);
    const months = csvRecords(await monthly.text()).filter((row) => row.servizio === 'mensa-scolastica');
    expect(months.length).toBeGreaterThan(12);

    // What each column means, linked from the same section.
    await visit.page.locator('main a[href="/opendata"]').first().click();
    await visit.page.waitForURL((url) => url.pathname === '/opendata');
    expect(await textOf(visit.page.locator('h1'))).toContain('Dati aperti');
    await visit.shot('opendata');
  });

  it('met no script error on the way', () => {
    expect(visit.errors).toEqual([]);
  });
});

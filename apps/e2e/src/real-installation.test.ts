import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInThroughForm } from './accounts';
import { DESKTOP, launchBrowser, newVisitor, PHONE } from './chromium';
import { csvRecords } from './csv';
import { horizontalOverflow, openScreen, saveScreenshot } from './screens';
import { type RunningServer, runBuiltCli, startBuiltServer } from './server';

/** The three comuni the consortium takes on, found in the ISTAT list as a person would search them. */
const COMUNI = [
  { istat: '019081', name: 'Ripalta Cremasca', search: 'Ripalta Cremasca' },
  { istat: '019035', name: 'Crema', search: '019035' },
  { istat: '098031', name: 'Lodi', search: 'Lodi' },
] as const;
const CATALOGUE = [
  { slug: 'mensa-scolastica', name: 'Mensa scolastica', category: 'Educazione e formazione' },
  { slug: 'tari', name: 'Pagamento TARI', category: 'Tributi, finanze e contravvenzioni' },
] as const;
const EDITOR = { email: 'redazione@consorziobassa.it', name: 'Elena Redazione', password: 'redazione-bassa-2025' };
const COUNCIL = { email: 'sindaca@ripalta.it', name: 'Sara Sindaca', password: 'sindaca-ripalta-2025' };
const FOLDER = 'journey-real-installation';
/** `pnpm switchoff init`'s options, as the README gives them. */
const INIT = {
  consortium: 'consorzio-bassa',
  name: 'Consorzio della Bassa',
  ipa: 'c_bassa',
  city: 'Lodi',
  email: 'info@consorziobassa.it',
  'admin-email': 'admin@consorziobassa.it',
};

/** Last year's twelve months of one service, as an editor's spreadsheet (Italian Excel: `;`). */
function yearCsv(service: string, year: number): string {
  const rows = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return `${service};${month};${40 + i * 5};10;${30 - i * 2}`;
  });
  return `${['servizio;mese;online;assistito;cartaceo', ...rows].join('\r\n')}\r\n`;
}

/** A full-page screenshot of the screen at 1280 px and 360 px, none scrolling sideways. */
async function shootBothWidths(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['1280', DESKTOP],
    ['360', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await horizontalOverflow(page), `${name} at ${size} px`).toBeLessThanOrEqual(0);
    await saveScreenshot(page, FOLDER, `${name}-${size}`);
  }
  await page.setViewportSize(DESKTOP);
}

describe('a real installation in the browser, from an empty database to its open data', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminPassword = '';
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    server = await startBuiltServer({ real: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * Signs a new visitor in through the login form before the tests of the describe block that
   * calls this (the password is read then), hands `use` its page, and closes it after them.
   */
  function signInForBlock(email: string, password: () => string, use: (page: Page) => void): void {
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      context = await newVisitor(browser);
      const page = await context.newPage();
      await logInThroughForm(page, server.base, email, password());
      use(page);
    });
    afterAll(async () => {
      await context?.close();
    });
  }

  it('starts empty and is set up from the command line: the consortium and its first admin', () => {
    const options = Object.entries(INIT).flatMap(([option, value]) => [`--${option}`, value]);
    const init = runBuiltCli(server.dbPath, ['init', ...options]);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    adminPassword = /shown only this once[^:]*: (\S+)/.exec(init.out)?.[1] ?? '';
    expect(adminPassword.length).toBeGreaterThanOrEqual(12);
  });

  describe('the admin', () => {
    let page: Page;
    signInForBlock(
      'admin@consorziobassa.it',
      () => adminPassword,
      (signedIn) => {
        page = signedIn;
      },
    );

    it('completes the consortium’s contact point on its screen', async () => {
      await openScreen(page, server.base, '/amministrazione/consorzi');
      await page.getByRole('link', { name: 'Modifica i dati di Consorzio della Bassa' }).click();
      const form = page.getByRole('form', { name: 'Dati di Consorzio della Bassa' });
      await form.getByLabel(/^Telefono/).fill('+39 0371 123456');
      await form.getByLabel(/^Sito web/).fill('https://www.consorziobassa.it');
      await form.getByRole('button', { name: 'Salva' }).click();
      await page.getByText('Dati di Consorzio della Bassa salvati.').waitFor();
      await shootBothWidths(page, 'consortium-edit');
      await openScreen(page, server.base, '/amministrazione/consorzi');
      expect(await page.locator('main table').innerText()).toContain('info@consorziobassa.it · +39 0371 123456');
      await shootBothWidths(page, 'consortia');
    });

    it('adds three comuni from the ISTAT search', async () => {
      await openScreen(page, server.base, '/amministrazione/comuni');
      const search = page.getByRole('combobox', { name: 'Comune da aggiungere (nome o codice ISTAT)' });
      for (const comune of COMUNI) {
        await search.fill(comune.search);
        await page
          .getByRole('option', { name: new RegExp(`^${comune.name} \\(`) })
          .first()
          .click();
        await page.getByRole('button', { name: `Aggiungi ${comune.name}` }).click();
        await page.getByText(`${comune.name} aggiunto al consorzio.`).waitFor();
      }
      const table = await page.locator('main table').innerText();
      for (const comune of COMUNI) expect(table).toContain(comune.istat);
      await shootBothWidths(page, 'comuni');
    });

    it('fills the service catalogue', async () => {
      await openScreen(page, server.base, '/amministrazione/catalogo');
      for (const entry of CATALOGUE) {
        await page.getByRole('button', { name: 'Nuova voce del catalogo' }).click();
        const form = page.getByRole('form', { name: 'Aggiungi una voce al catalogo' });
        await form.getByLabel(/^Indirizzo/).fill(entry.slug);
        await form.getByLabel(/^Servizio/).fill(entry.name);
        await form.getByLabel(/^Materia/).selectOption({ label: entry.category });
        await form.getByRole('button', { name: 'Aggiungi al catalogo' }).click();
        await page.getByText(`“${entry.name}” aggiunto al catalogo.`).waitFor();
      }
    });

    it('creates an editor and a council account for Ripalta Cremasca', async () => {
      await openScreen(page, server.base, '/amministrazione/utenti');
      for (const [person, role] of [
        [EDITOR, 'Redazione consorzio'],
        [COUNCIL, 'Sindaco/consigliere'],
      ] as const) {
        await page.getByRole('button', { name: 'Nuovo account' }).click();
        const form = page.getByRole('form', { name: 'Crea un account' });
        await form.getByLabel(/^Email/).fill(person.email);
        await form.getByLabel(/^Nome/).fill(person.name);
        await form.locator('label', { hasText: new RegExp(`^${role}`) }).click();
        if (person === COUNCIL) await form.locator('label', { hasText: 'Ripalta Cremasca (019081)' }).click();
        await form.getByLabel(/^Password/).fill(person.password);
        await form.getByRole('button', { name: 'Crea l’account' }).click();
        await page.getByText(`Account ${person.email} creato.`).waitFor();
      }
    });
  });

  describe('the editor', () => {
    let page: Page;
    signInForBlock(
      EDITOR.email,
      () => EDITOR.password,
      (signedIn) => {
        page = signedIn;
      },
    );

    it('sees what a new comune lacks, and sets up each comune’s services in one screen', async () => {
      await openScreen(page, server.base, '/comuni/019081');
      const checklist = page.getByRole('region', { name: 'Cosa manca per avviare il comune' });
      await checklist.getByRole('link', { name: 'Scegliere i servizi che il comune offre' }).click();
      await page.getByRole('heading', { name: 'Servizi di Ripalta Cremasca' }).waitFor();
      for (const comune of COMUNI) {
        await openScreen(page, server.base, `/comuni/${comune.istat}/servizi-iniziali`);
        await page.getByLabel('Il comune offre Mensa scolastica').check();
        await page.getByLabel('Fase attuale di Mensa scolastica').selectOption('digital_first');
        await page.getByLabel('Da quando Mensa scolastica è in questa fase').fill(`${year - 1}-09-01`);
        await page.getByLabel('Il comune offre Pagamento TARI').check();
        await page.getByLabel('Da quando Pagamento TARI è in questa fase').fill(`${year - 2}-01-01`);
        await page.getByRole('button', { name: 'Salva i servizi' }).click();
        await page.getByText('2 servizi aggiunti.').waitFor();
      }
    });

    it('imports a year of figures from a CSV file through the import screen', async () => {
      await openScreen(page, server.base, '/comuni/019081/importa');
      await page.getByLabel('File CSV').setInputFiles({
        name: 'mensa-ripalta.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(yearCsv('mensa-scolastica', year), 'utf8'),
      });
      await page.getByRole('button', { name: 'Mostra l’anteprima' }).click();
      await page.getByRole('heading', { name: 'Anteprima' }).waitFor();
      await page.getByText('Anteprima pronta: 12 da aggiungere').waitFor();
      await page.getByRole('button', { name: 'Applica' }).click();
      await page.getByRole('heading', { name: 'Importazione completata' }).waitFor();
      await openScreen(page, server.base, '/comuni/019081');
      const checklist = await page.getByRole('region', { name: 'Cosa manca per avviare il comune' }).innerText();
      expect(checklist).toContain('Pianificare i traguardi');
      expect(checklist).not.toContain('Inserire il primo mese di dati (da fare)');
    });
  });

  it('a council member reads the comune: its services and figures, none of them illustrative', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await logInThroughForm(page, server.base, COUNCIL.email, COUNCIL.password);
    await openScreen(page, server.base, '/comuni/019081/servizi/mensa-scolastica');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Mensa scolastica');
    expect(main).toContain('Prima il digitale');
    expect(main).not.toContain('Dati illustrativi');
    await context.close();
  });

  it('the public open data and the DCAT-AP_IT catalogue list the comune and nothing from the demo', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await openScreen(page, server.base, '/comuni/019081');
    await page.getByRole('link', { name: /dove si trova e se è già disponibile/ }).click();
    await page.waitForURL(/\/opendata#catalogo$/);
    const rdfLink = page.locator('#catalogo a', { hasText: 'catalogo.rdf' });
    const catalogue = await (await context.request.get(String(await rdfLink.getAttribute('href')))).text();
    expect(catalogue).toContain('/opendata/comuni/019081/');
    expect(catalogue).toContain('c_bassa');
    const figures = await (await context.request.get(`${server.base}/opendata/comuni/019081/dati-mensili.csv`)).text();
    expect(csvRecords(figures)).toHaveLength(12);
    for (const text of [catalogue, figures]) {
      for (const demo of ['consorzioit', 'Consorzio.IT', 'illustrativ']) expect(text).not.toContain(demo);
    }
    await saveScreenshot(page, FOLDER, 'opendata-1280');
    await context.close();
  });
});

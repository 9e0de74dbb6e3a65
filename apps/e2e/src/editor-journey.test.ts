import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, logInThroughForm } from './accounts';
import { newVisitor } from './chromium';
import { csvRecords } from './csv';
import { follow, mainText, screenshotter, textOf, useVisit } from './journey';
import { ISTAT } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');
const STAGE_REASON = 'Richiesta online aperta sul portale dei servizi; lo sportello cartaceo resta aperto.';
const MILESTONE = 'Pubblicazioni di matrimonio: richiesta online';
const REPLAN_REASON = 'Il fornitore del portale consegna il modulo online a fine primavera.';
/** Ripalta's library never reported March 2022 (a missing month in the demo): the editor enters it. */
const MISSING_MONTH = { iso: '2022-03', name: 'marzo 2022', online: '41', assisted: '7', paper: '3' };

function isoDateAfter(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function italianDate(iso: string): string {
  return new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

describe('a consortium editor at the desk', () => {
  const newPlannedDate = isoDateAfter(240);

  const visit = useVisit('journey-editor');

  it('logs in', async () => {
    await logInThroughForm(visit.page, base, DEMO.editor);
    await visit.shot('after-login');
  });

  it('records a stage change: marriage banns go hybrid', async () => {
    await openScreen(visit.page, base, `/comuni/${ISTAT}/servizi/pubblicazioni-matrimonio`);
    expect(await textOf(visit.page.locator('main .service-stage'))).toContain('Solo cartaceo');
    await visit.page.getByRole('button', { name: 'Registra un cambio di stadio' }).click();
    const form = visit.page.getByRole('form', { name: 'Registra un cambio di stadio' });
    // Bootstrap Italia draws the radio on its label, which takes the click as a person's would.
    await form.locator('label', { hasText: /^Ibrido$/ }).click();
    expect(await form.getByLabel('Ibrido', { exact: true }).isChecked()).toBe(true);
    await form.getByLabel('Motivo').fill(STAGE_REASON);
    await visit.shot('stage-change-form');
    await form.getByRole('button', { name: 'Registra il cambio' }).click();
    await visit.page.getByText('Cambio di stadio registrato.').waitFor();
    await visit.page.locator('main .service-stage', { hasText: 'Ibrido' }).waitFor();
    expect(await mainText(visit.page)).toContain(STAGE_REASON);
    await visit.shot('stage-change-saved');
  });

  it('re-plans a milestone with its reason', async () => {
    await follow(visit.page, visit.page.getByRole('link', { name: 'Vedi la roadmap completa' }).first());
    const card = visit.page.locator('article.milestone-card', {
      has: visit.page.getByRole('heading', { name: MILESTONE, exact: true }),
    });
    await card.getByRole('button', { name: 'Ripianifica', exact: true }).click();
    const form = card.getByRole('form', { name: `Ripianifica la tappa: ${MILESTONE}` });
    await form.getByLabel('Nuova data prevista').fill(newPlannedDate);
    await form.getByLabel('Motivo della ripianificazione').fill(REPLAN_REASON);
    await visit.shot('replan-form');
    await form.getByRole('button', { name: 'Ripianifica', exact: true }).click();
    await card.getByText('Tappa ripianificata.').waitFor();
    await card.locator('.replans', { hasText: REPLAN_REASON }).waitFor();
    expect(await textOf(card)).toContain(italianDate(newPlannedDate));
    await visit.shot('replan-saved');
  });

  it('enters a missing month of figures in the grid', async () => {
    await openScreen(visit.page, base, `/comuni/${ISTAT}/servizi/biblioteca/dati`);
    await visit.page.getByRole('button', { name: 'Aggiungi un mese' }).click();
    await visit.page.locator('main input[type="month"]').fill(MISSING_MONTH.iso);
    const cell = (name: string) => visit.page.getByLabel(`${name}, ${MISSING_MONTH.name}`, { exact: true });
    await cell('Online in autonomia').fill(MISSING_MONTH.online);
    await cell('Digitale assistito').fill(MISSING_MONTH.assisted);
    await cell('Cartaceo').fill(MISSING_MONTH.paper);
    await visit.shot('figures-typed');
    await visit.page.getByRole('button', { name: 'Salva i mesi modificati' }).click();
    await visit.page.getByText('Salvato 1 mese.').waitFor();
    await visit.shot('figures-saved');
  });

  it('met no script error on the way', () => {
    expect(visit.errors).toEqual([]);
  });

  describe('then a logged-out visitor', () => {
    let visitor: BrowserContext;
    let publicPage: Page;
    let publicShot: (name: string) => Promise<string>;

    beforeAll(async () => {
      visitor = await newVisitor(visit.browser);
      publicPage = await visitor.newPage();
      publicShot = screenshotter(publicPage, 'journey-editor-public');
    });
    afterAll(async () => {
      await visitor?.close();
    });

    it('sees the new stage and its reason in the service history', async () => {
      await openScreen(publicPage, base, `/comuni/${ISTAT}/servizi/pubblicazioni-matrimonio`);
      expect(await textOf(publicPage.locator('main .service-stage'))).toContain('Ibrido');
      expect(await mainText(publicPage)).toContain(STAGE_REASON);
      await publicShot('service-stage');
    });

    it('sees the re-planned milestone with its reason on the roadmap', async () => {
      await openScreen(publicPage, base, `/comuni/${ISTAT}/roadmap`);
      const card = publicPage.locator('article.milestone-card', {
        has: publicPage.getByRole('heading', { name: MILESTONE, exact: true }),
      });
      const text = await textOf(card);
      expect(text).toContain(italianDate(newPlannedDate));
      expect(text).toContain(REPLAN_REASON);
      await publicShot('roadmap');
    });

    it('finds the entered month in the service’s data table and in the open data', async () => {
      await openScreen(publicPage, base, `/comuni/${ISTAT}/servizi/biblioteca`);
      await publicPage.getByRole('button', { name: 'Tutto il periodo' }).first().click();
      await publicPage.getByRole('button', { name: 'Mostra i dati in tabella' }).first().click();
      const row = publicPage.locator('main .chart-table tr', { hasText: MISSING_MONTH.name });
      await row.first().waitFor();
      expect(await textOf(row)).toContain(MISSING_MONTH.online);
      await publicShot('service-figures-table');

      const res = await visitor.request.get(new URL(`/opendata/comuni/${ISTAT}/dati-mensili.csv`, base).href);
      const month = csvRecords(await res.text()).find(
        (r) => r.servizio === 'biblioteca' && r.mese === MISSING_MONTH.iso,
      );
      expect(month).toMatchObject({
        online: MISSING_MONTH.online,
        assistito: MISSING_MONTH.assisted,
        cartaceo: MISSING_MONTH.paper,
      });
    });
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO, logInContext, logInThroughForm } from './accounts';
import { newVisitor, PHONE } from './chromium';
import { screenshotter, textOf, useVisit } from './journey';
import { COMUNE_NAME, CONSORTIUM, ISTAT } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');
const NAME = 'Sindaca di prova';
const EMAIL = 'sindaca.prova@crema.demo';

/** The distinct rows (rounded tops) the elements of a selector sit on. */
function rowsOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const tops = [...document.querySelectorAll(css)]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => Math.round(el.getBoundingClientRect().top / 8));
    return new Set(tops).size;
  }, selector);
}

describe('an admin moves a council member to another comune', () => {
  let temporaryPassword = '';

  const visit = useVisit('journey-admin-accounts');

  it('logs in as the admin and lands on the consortium’s portfolio', async () => {
    await logInThroughForm(visit.page, base, DEMO.admin);
    expect(new URL(visit.page.url()).pathname).toBe(`/consorzi/${CONSORTIUM}`);
  });

  it('creates a council member of Crema', async () => {
    await openScreen(visit.page, base, '/amministrazione/utenti');
    expect(await visit.page.title()).toBe('Account del consorzio – Amministrazione | Switch-off');
    await visit.page.getByRole('button', { name: 'Nuovo account' }).click();
    const form = visit.page.getByRole('form', { name: 'Crea un account' });
    await form.getByLabel(/^Email/).fill(EMAIL);
    await form.getByLabel(/^Nome/).fill(NAME);
    // Bootstrap Italia draws the boxes on the labels, which take the clicks.
    await form.locator('label', { hasText: /^Sindaco\/consigliere/ }).click();
    await form.locator('label', { hasText: 'Crema (019035)' }).click();
    await form.getByRole('button', { name: 'Crea l’account' }).click();
    await visit.page.getByRole('button', { name: 'Ho annotato la password' }).click();
    const row = visit.page.locator('tr', { hasText: EMAIL });
    expect(await textOf(row)).toContain('Crema');
  });

  it('changes their comune to Ripalta Cremasca and resets their password, shown once', async () => {
    await visit.page.getByRole('button', { name: `Modifica ruolo e comuni di ${NAME}` }).click();
    const form = visit.page.getByRole('form', { name: `Ruolo e comuni di ${NAME}` });
    await form.locator('label', { hasText: 'Crema (019035)' }).click();
    await form.locator('label', { hasText: `${COMUNE_NAME} (${ISTAT})` }).click();
    expect(await form.getByLabel('Crema (019035)').isChecked()).toBe(false);
    await visit.shot('edit-comuni');
    await form.getByRole('button', { name: 'Salva ruolo e comuni' }).click();
    await visit.page.getByText(`Ruolo e comuni di ${NAME} aggiornati.`).waitFor();
    const row = visit.page.locator('tr', { hasText: EMAIL });
    await row.getByText(COMUNE_NAME).waitFor();

    await row.getByRole('button', { name: `Reimposta la password di ${NAME}` }).click();
    await visit.page.getByRole('button', { name: 'Sì, reimposta' }).click();
    const shown = visit.page.locator('.generated-password');
    await shown.getByText('È mostrata una sola volta', { exact: false }).waitFor();
    temporaryPassword = await textOf(shown.locator('code'));
    expect(temporaryPassword).toMatch(/^[\w-]{20,}$/);
    await visit.shot('password-shown');
    await shown.getByRole('button', { name: 'Ho annotato la password' }).click();
    expect(await visit.page.locator('.generated-password').count()).toBe(0);
  });

  it('the council member logs in with the new password and lands on Ripalta Cremasca', async () => {
    const mayor = await (await newVisitor(visit.browser)).newPage();
    await logInThroughForm(mayor, base, EMAIL, temporaryPassword);
    expect(new URL(mayor.url()).pathname).toBe(`/comuni/${ISTAT}`);
    // The login screen stays until the comune's code and data arrive.
    await mayor.locator('main h1', { hasText: COMUNE_NAME }).waitFor();
    expect(await mayor.title()).toBe(`${COMUNE_NAME} – panoramica | Switch-off`);
    await mayor.close();
  });

  it('keeps the header on one line and the admin tabs within two at 360 px', async () => {
    const phone = await newVisitor(visit.browser, PHONE);
    await logInContext(phone, base, DEMO.admin);
    const small = await phone.newPage();
    await openScreen(small, base, '/amministrazione/utenti');
    const slim = '.it-header-slim-wrapper .so-user-area, .it-header-slim-wrapper .so-logout, .language-switch';
    expect(await rowsOf(small, slim)).toBe(1);
    expect(await rowsOf(small, '.admin-nav .nav-item')).toBeLessThanOrEqual(2);
    await screenshotter(small, 'journey-admin-accounts-360')('users');
    await phone.close();
  });

  it('met no script error on the way', () => {
    expect(visit.errors).toEqual([]);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, logInContext } from './accounts';
import { launchBrowser, newVisitor, PHONE } from './chromium';
import { follow, mainText, screenshotter, textOf } from './journey';
import { ISTAT } from './screen-list';
import { horizontalOverflow, openScreen } from './screens';

const base = inject('baseUrl');
const SERVICE = 'Segnalazioni al comune';
const REASON = 'Le segnalazioni arrivano solo online; lo sportello assistito resta aperto il martedì.';

describe('an alert in the outbox: an editor switches a service off, the admin sees the mayor’s email', () => {
  let browser: Browser;
  let contexts: BrowserContext[];
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    contexts = [];
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pageAs(email: string, viewport?: { width: number; height: number }): Promise<Page> {
    const context = await newVisitor(browser, viewport);
    contexts.push(context);
    await logInContext(context, base, email);
    return context.newPage();
  }

  it('the editor records that Segnalazioni al comune goes digital only', async () => {
    page = await pageAs(DEMO.editor);
    await openScreen(page, base, `/comuni/${ISTAT}/servizi/segnalazioni`);
    await page.getByRole('button', { name: 'Registra un cambio di stadio' }).click();
    const form = page.getByRole('form', { name: 'Registra un cambio di stadio' });
    await form.locator('label', { hasText: /^Solo digitale \(switch-off\)$/ }).click();
    await form.getByLabel('Motivo').fill(REASON);
    await form.getByRole('button', { name: 'Registra il cambio' }).click();
    await page.getByText('Cambio di stadio registrato.').waitFor();
  });

  it('the admin finds the mayor’s alert waiting in “Email in uscita”, reached from the admin tabs', async () => {
    page = await pageAs(DEMO.admin);
    const shot = screenshotter(page, 'outbox');
    await openScreen(page, base, '/amministrazione/utenti');
    await follow(
      page,
      page
        .getByRole('navigation', { name: 'Sezioni dell’amministrazione' })
        .getByRole('link', { name: 'Email in uscita' }),
    );
    expect(new URL(page.url()).pathname).toBe('/amministrazione/email');
    const table = page.getByRole('table', { name: /Email in uscita, dalla più recente/ });
    const row = table.getByRole('row', { name: new RegExp(`Switch-off: ${SERVICE}`) }).filter({ hasText: DEMO.mayor });
    await row.first().waitFor();
    const text = await textOf(row);
    expect(text).toContain('Avviso: passaggio al solo digitale');
    // No SMTP_URL in this run: the message waits in the outbox.
    expect(text).toContain('In attesa');
    await shot('desktop');
    await page.getByRole('link', { name: /^In attesa/ }).click();
    await page.waitForURL((url) => url.search === '?stato=pending');
    await table
      .getByRole('row', { name: new RegExp(`Switch-off: ${SERVICE}`) })
      .first()
      .waitFor();
    expect(await mainText(page)).not.toContain('Nessuna email in questo stato');
  });

  it('fits a 360 px phone, and the mayor’s profile is one click from the header', async () => {
    const phone = await pageAs(DEMO.admin, PHONE);
    await openScreen(phone, base, '/amministrazione/email');
    expect(await horizontalOverflow(phone)).toBe(0);
    await screenshotter(phone, 'outbox')('phone');
    const mayor = await pageAs(DEMO.mayor, PHONE);
    await openScreen(mayor, base, `/comuni/${ISTAT}`);
    await follow(mayor, mayor.locator('header').getByRole('link', { name: 'Profilo' }));
    expect(new URL(mayor.url()).pathname).toBe('/profilo');
    expect(await mayor.getByLabel('Avvisi immediati').isChecked()).toBe(true);
    expect(await horizontalOverflow(mayor)).toBe(0);
    await screenshotter(mayor, 'profile')('phone');
    await mayor.setViewportSize({ width: 1280, height: 900 });
    await screenshotter(mayor, 'profile')('desktop');
  });
});

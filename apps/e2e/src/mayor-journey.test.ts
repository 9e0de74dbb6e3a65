import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO, logInContext, logInThroughForm } from './accounts';
import { newVisitor } from './chromium';
import { follow, mainText, textOf, useVisit } from './journey';
import { COMUNE_NAME, ISTAT } from './screen-list';
import { openScreen } from './screens';

const base = inject('baseUrl');
const STAFF_COMMENT = 'Proposta della redazione: chiudere lo sportello cartaceo del cambio di residenza da gennaio.';
const MAYOR_COMMENT = 'Ne parliamo nel consiglio comunale di marzo, con i dati dello sportello.';
const INTERNAL_MILESTONE = 'Formazione dello sportello assistito anagrafe';
const INTERNAL_NOTE = 'Serve una seconda persona allo sportello';

/** Consortium staff leave a comment for the council on one service. */
async function leaveStaffComment(browser: Browser) {
  const staff = await newVisitor(browser);
  await logInContext(staff, base, DEMO.editor);
  const res = await staff.request.post(new URL('/api/trpc/comments.add', base).href, {
    headers: { 'content-type': 'application/json' },
    data: { istat: ISTAT, service: 'cambio-residenza', body: STAFF_COMMENT },
  });
  expect(res.status()).toBe(200);
  await staff.close();
}

describe('a mayor before a council meeting', () => {
  const visit = useVisit('journey-mayor', leaveStaffComment);

  it('logs in with email and password and is shown as logged in', async () => {
    await openScreen(visit.page, base, '/accedi');
    await visit.shot('login');
    await logInThroughForm(visit.page, base, DEMO.mayor);
    expect(await textOf(visit.page.locator('header'))).toContain('Esci');
    await visit.shot('after-login');
  });

  it('opens the comune and sees that the page includes internal data', async () => {
    await openScreen(visit.page, base, '/');
    await follow(visit.page, visit.page.locator('main').getByRole('link', { name: COMUNE_NAME, exact: true }).first());
    expect(new URL(visit.page.url()).pathname).toBe(`/comuni/${ISTAT}`);
    expect(await visit.page.locator('main .internal-view-notice').count()).toBe(1);
    expect(await textOf(visit.page.locator('main .comments-section'))).toContain(STAFF_COMMENT);
    expect(await visit.page.getByRole('button', { name: 'Aggiungi un servizio' }).count()).toBe(0);
    await visit.shot('comune-overview');
  });

  it('reads the internal milestone and its note on the roadmap', async () => {
    await follow(visit.page, visit.page.getByRole('link', { name: 'Vedi la roadmap completa' }).first());
    const card = visit.page.locator('article.milestone-card', {
      has: visit.page.getByRole('heading', { name: INTERNAL_MILESTONE }),
    });
    expect(await card.count()).toBe(1);
    expect(await textOf(card.locator('.internal-badge'))).toContain('Interno');
    expect(await textOf(card.locator('.internal-note'))).toContain(INTERNAL_NOTE);
    expect(await visit.page.getByRole('button', { name: 'Ripianifica' }).count()).toBe(0);
    await visit.shot('roadmap');
  });

  it('reads the comments on a service and adds one, but cannot change the service', async () => {
    await openScreen(visit.page, base, `/comuni/${ISTAT}/servizi/cambio-residenza`);
    const comments = visit.page.locator('main .comments-section');
    expect(await textOf(comments)).toContain(STAFF_COMMENT);
    expect(await visit.page.getByRole('button', { name: 'Registra un cambio di stadio' }).count()).toBe(0);
    await comments.getByLabel('Aggiungi un commento').fill(MAYOR_COMMENT);
    await comments.getByRole('button', { name: 'Invia il commento' }).click();
    await comments.getByText(/^Commento inviato/).waitFor();
    await comments.locator('.comment-body', { hasText: MAYOR_COMMENT }).waitFor();
    expect(await textOf(comments.locator('.comment').first())).toContain(MAYOR_COMMENT);
    await visit.shot('service-comments');
  });

  it('met no script error on the way', () => {
    expect(visit.errors).toEqual([]);
  });

  it('leaves nothing internal in the public view', async () => {
    const visitor = await newVisitor(visit.browser);
    const publicPage = await visitor.newPage();
    await openScreen(publicPage, base, `/comuni/${ISTAT}/servizi/cambio-residenza`);
    const service = await mainText(publicPage);
    expect(service).not.toContain(STAFF_COMMENT);
    expect(service).not.toContain(MAYOR_COMMENT);
    await openScreen(publicPage, base, `/comuni/${ISTAT}/roadmap`);
    const roadmap = await mainText(publicPage);
    expect(roadmap).not.toContain(INTERNAL_MILESTONE);
    expect(roadmap).not.toContain(INTERNAL_NOTE);
    await visitor.close();
  });
});

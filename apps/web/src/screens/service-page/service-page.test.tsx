import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../auth/viewer';
import { renderInApp } from '../../test-utils';
import { editor, internalServicePage, mayor, otherEditor, publicServicePage } from '../../testing/fixtures';
import { ServicePageView } from './service-page';

const noChanges = () => ({ service: { slug: 'trasporto-scolastico', name: 'Trasporto scolastico' }, changes: [] });

function renderAs(me: User | null, data = internalServicePage) {
  return renderInApp(<ServicePageView data={data} />, {
    api: { 'auth.me': () => me, 'history.forService': noChanges },
  });
}

describe('service page by role', () => {
  it('shows the editor of the consortium the editing tools and the internal note', async () => {
    renderAs(editor);
    expect(await screen.findByRole('heading', { name: 'Strumenti della redazione' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Registra un cambio di stadio' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifica i dati del servizio' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inserisci o correggi i dati mensili' }).getAttribute('href')).toBe(
      '/comuni/019081/servizi/trasporto-scolastico/dati',
    );
    const note = screen.getByRole('complementary', { name: 'Nota interna' });
    expect(note.textContent).toContain('Interno — non visibile al pubblico');
    expect(note.textContent).toContain('Verificare il contratto del trasportatore');
  });

  it('lets the mayor read internal data and comment, but not edit', async () => {
    renderAs(mayor);
    const comments = await screen.findByRole('region', { name: 'Commenti' });
    expect(within(comments).getByText('Da discutere in consiglio.')).toBeTruthy();
    expect(within(comments).getByRole('button', { name: 'Invia il commento' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Storia delle modifiche' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Strumenti della redazione' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Registra un cambio di stadio' })).toBeNull();
  });

  it('shows no editing tools to the staff of another consortium', async () => {
    renderAs(otherEditor);
    await screen.findByRole('region', { name: 'Commenti' });
    expect(screen.queryByRole('button', { name: 'Registra un cambio di stadio' })).toBeNull();
  });

  it('shows the public nothing internal and nothing to change', async () => {
    const { calls } = renderAs(null, publicServicePage);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trasporto scolastico' })).toBeTruthy();
    expect(screen.queryByText(/Interno — non visibile al pubblico/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Commenti' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Storia delle modifiche' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Registra un cambio di stadio' })).toBeNull();
    expect(calls.some((c) => c.path === 'history.forService')).toBe(false);
  });
});

describe('the page heading and the freshness of the figures agree', () => {
  it('names the reference month without claiming the figures reach it when they are stale', async () => {
    renderAs(null, { ...publicServicePage, asOf: '2026-11', lastMonth: '2026-07', stale: true });
    await screen.findByRole('heading', { level: 1, name: 'Trasporto scolastico' });
    const body = document.body.textContent ?? '';
    expect(body).toContain('Mese di riferimento: novembre 2026');
    expect(body).not.toContain('Dati aggiornati a');
    expect(body).toContain('Dati non aggiornati');
  });
});

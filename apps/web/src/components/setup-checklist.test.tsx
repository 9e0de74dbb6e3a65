import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../test-utils';
import { admin, editor } from '../testing/fixtures';
import { SetupChecklist } from './setup-checklist';

const items = (done: Record<string, boolean>) =>
  ['services', 'figures', 'milestones', 'council'].map((key) => ({ key, done: done[key] ?? false }));

describe('a new comune’s checklist', () => {
  it('links each missing item to the screen that does it, and strikes what is done', async () => {
    renderInApp(<SetupChecklist istat="019081" />, {
      api: {
        'comuni.setupChecklist': () => ({ complete: false, items: items({ services: true }) }),
        'auth.me': () => admin,
      },
    });
    expect(await screen.findByRole('heading', { name: 'Cosa manca per avviare il comune' })).toBeTruthy();
    await screen.findByRole('link', { name: 'Creare un account per il consiglio comunale' });
    expect(screen.queryByRole('link', { name: 'Scegliere i servizi che il comune offre' })).toBeNull();
    expect(screen.getByText('Scegliere i servizi che il comune offre').tagName).toBe('S');
    const links = screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Inserire il primo mese di dati', '/comuni/019081/importa'],
      ['Pianificare i traguardi', '/comuni/019081/roadmap'],
      ['Creare un account per il consiglio comunale', '/amministrazione/utenti'],
    ]);
    expect(screen.getAllByText(/\(da fare\)/)).toHaveLength(3);
  });

  it('tells an editor that an admin creates the council account, instead of linking to the admins’ screen', async () => {
    renderInApp(<SetupChecklist istat="019081" />, {
      api: {
        'comuni.setupChecklist': () => ({ complete: false, items: items({ services: true }) }),
        'auth.me': () => editor,
      },
    });
    await screen.findByRole('link', { name: 'Pianificare i traguardi' });
    await waitFor(() =>
      expect(
        screen.getByText(
          /Creare un account per il consiglio comunale \(da fare: lo crea un amministratore del consorzio\)/,
        ),
      ).toBeTruthy(),
    );
    expect(screen.queryByRole('link', { name: 'Creare un account per il consiglio comunale' })).toBeNull();
  });

  it('is gone once everything is done', async () => {
    const { calls, container } = renderInApp(<SetupChecklist istat="019081" />, {
      api: { 'comuni.setupChecklist': () => ({ complete: true, items: items({}) }) },
    });
    await waitFor(() => expect(calls.some((c) => c.path === 'comuni.setupChecklist')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});

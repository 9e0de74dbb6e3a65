import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, sentInput } from '../../test-utils';
import { ApiError } from '../../testing/mock-api';
import { ComuniList } from './comuni-admin';

const ripalta = {
  istat: '019081',
  name: 'Ripalta Cremasca',
  provinceCode: 'CR',
  region: 'Lombardia',
  population: 3394,
  ipaCode: 'c_h315',
  archivedAt: null,
  version: 2,
};
const crema = { ...ripalta, istat: '019035', name: 'Crema', population: 33_000, archivedAt: '2026-11-30T10:00:00Z' };

describe('/amministrazione/comuni', () => {
  it('lists the consortium’s comuni, archived ones too, with a link to set up each one’s services', async () => {
    renderInApp(<ComuniList />, {
      api: { 'admin.comuni.list': () => ({ consortium: 'consorzio-bassa', comuni: [crema, ripalta] }) },
    });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Archiviato dal 30 novembre 2026');
    expect(rows[2]?.textContent).toContain('Attivo');
    expect(rows[2]?.textContent).toContain('3.394');
    expect(screen.getByRole('link', { name: 'Servizi di Ripalta Cremasca' }).getAttribute('href')).toBe(
      '/comuni/019081/servizi-iniziali',
    );
    expect(screen.getByRole('button', { name: 'Ripristina Crema' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archivia Ripalta Cremasca' })).toBeTruthy();
  });

  it('adds a comune found in the ISTAT list, never typed, and shows a refusal as the server says it', async () => {
    let tracked = false;
    const { calls } = renderInApp(<ComuniList />, {
      api: {
        // Once added, the list answers slowly (a loaded server): the status waits for it.
        'admin.comuni.list': async () =>
          calls.some((c) => c.path === 'admin.comuni.add')
            ? new Promise((resolve) =>
                setTimeout(() => resolve({ consortium: 'consorzio-bassa', comuni: [ripalta] }), 300),
              )
            : { consortium: 'consorzio-bassa', comuni: [] },
        'italy.search': () => ({
          hits: [{ istat: '019081', name: 'Ripalta Cremasca', provinceCode: 'CR', regionName: 'Lombardia' }],
          total: 1,
        }),
        'admin.comuni.add': () => {
          if (tracked) {
            const message = appMessage('comune.alreadyTracked', { comune: 'Ripalta Cremasca', consortium: 'Altro' });
            throw new ApiError('CONFLICT', message, { fieldErrors: { istat: [message] } });
          }
          return ripalta;
        },
      },
    });
    const search = await screen.findByRole('combobox', { name: 'Comune da aggiungere (nome o codice ISTAT)' });
    fireEvent.change(search, { target: { value: 'ripalta' } });
    fireEvent.click(await screen.findByRole('option', { name: /Ripalta Cremasca/ }));
    expect(screen.getByText('Ripalta Cremasca (CR), codice ISTAT 019081')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi Ripalta Cremasca' }));
    expect(await sentInput(calls, 'admin.comuni.add')).toEqual({ istat: '019081' });
    expect(await screen.findByText('Ripalta Cremasca aggiunto al consorzio.')).toBeTruthy();
    expect(screen.getByRole('table').textContent).toContain('019081');

    tracked = true;
    fireEvent.change(search, { target: { value: 'ripalta' } });
    fireEvent.click(await screen.findByRole('option', { name: /Ripalta Cremasca/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi Ripalta Cremasca' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Il comune di Ripalta Cremasca è già seguito da Altro');
  });

  it('archives a comune with its version, and says what archiving does', async () => {
    const { calls } = renderInApp(<ComuniList />, {
      api: {
        'admin.comuni.list': () => ({ consortium: 'consorzio-bassa', comuni: [ripalta] }),
        'admin.comuni.archive': () => ({ ...ripalta, archivedAt: '2026-12-06T10:00:00Z', version: 3 }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Archivia Ripalta Cremasca' }));
    expect(await sentInput(calls, 'admin.comuni.archive')).toEqual({
      istat: '019081',
      archived: true,
      version: 2,
    });
    expect(await screen.findByText(/Ripalta Cremasca archiviato: nascosto dagli elenchi/)).toBeTruthy();
  });
});

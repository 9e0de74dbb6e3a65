import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../format';
import { renderInApp } from '../../test-utils';
import { ApiError } from '../../testing/mock-api';
import { FiguresGridEditor } from './figures-grid';
import type { ServerRow } from './grid-model';

const month = (m: string, version: number): ServerRow => ({
  month: m,
  online: 10,
  assisted: 2,
  paper: 5,
  paymentsTotal: 8,
  paymentsPagopa: 6,
  satisfaction: [0, 0, 1, 2, 3],
  costCents: null,
  version,
  updatedAt: '2024-07-01T00:00:00.000Z',
});
const grid = {
  service: { slug: 'mensa', name: 'Mensa scolastica', takesPayment: true },
  lastMonth: '2024-06',
  rows: [month('2024-04', 1), month('2024-05', 4)],
};

function renderGrid(saveMonths: (input: unknown) => unknown, locale: Locale = 'it') {
  return renderInApp(<FiguresGridEditor istat="019081" data={grid} editable caption="Pratiche mensili" />, {
    api: { 'figures.saveMonths': saveMonths },
    locale,
  });
}

describe('monthly figures grid', () => {
  it('puts each refusal of the server on its cell and keeps what was typed', async () => {
    const { calls } = renderGrid(() => {
      const overTotal = appMessage('pagopaOverTotal');
      throw new ApiError('BAD_REQUEST', overTotal, { pathErrors: { 'rows.1.paymentsPagopa': [overTotal] } });
    });
    fireEvent.change(screen.getByLabelText('Cartaceo, maggio 2024'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Pagamenti con pagoPA, aprile 2024'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva i mesi modificati' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // May and April were sent in that order: row 1 is April.
    expect(calls.find((c) => c.path === 'figures.saveMonths')?.input).toMatchObject({
      slug: 'mensa',
      rows: [
        { month: '2024-05', paper: 7, version: 4 },
        { month: '2024-04', paymentsPagopa: 7, version: 1 },
      ],
    });
    const cell = screen.getByLabelText('Pagamenti con pagoPA, aprile 2024') as HTMLInputElement;
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(cell.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'I pagamenti pagoPA non possono superare il totale dei pagamenti',
    );
    expect(cell.value).toBe('7');
    expect((screen.getByLabelText('Cartaceo, maggio 2024') as HTMLInputElement).value).toBe('7');
    expect(screen.getByLabelText('Cartaceo, maggio 2024').getAttribute('aria-invalid')).toBeNull();
    expect(
      within(summary).getByRole('link', {
        name: 'Pagamenti con pagoPA, aprile 2024: I pagamenti pagoPA non possono superare il totale dei pagamenti',
      }),
    ).toBeTruthy();
  });

  it('checks a new month with the domain rules before sending', async () => {
    const { calls } = renderGrid(() => ({ slug: 'mensa', rows: [] }));
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi un mese' }));
    const monthInput = screen.getByLabelText('Mese') as HTMLInputElement;
    expect(monthInput.value).toBe('2024-06');
    fireEvent.change(screen.getByLabelText('Online in autonomia, giugno 2024'), { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva i mesi modificati' }));
    expect(await screen.findByText('Non può essere negativo')).toBeTruthy();
    expect(screen.getByLabelText('Online in autonomia, giugno 2024').getAttribute('aria-invalid')).toBe('true');
    // Left empty: a month with figures needs every channel, and says so on each cell.
    expect(screen.getByLabelText('Digitale assistito, giugno 2024').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(monthInput, { target: { value: '2024-05' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva i mesi modificati' }));
    expect(await screen.findByText('Il mese maggio 2024 è già nella griglia: correggi la sua riga.')).toBeTruthy();
    expect(calls.some((c) => c.path === 'figures.saveMonths')).toBe(false);
  });

  it('marks the row someone else saved meanwhile and offers to reload', async () => {
    const message =
      'Modificato da Mario Rossi <mario@consorzio.it> il 1 luglio 2024 alle ore 10:00 — ricarica la pagina';
    renderGrid(() => {
      const stale = appMessage('version.stale', {
        actor: 'Mario Rossi <mario@consorzio.it>',
        at: '2024-07-01T08:00:00Z',
      });
      throw new ApiError('CONFLICT', stale, { pathErrors: { 'rows.0.version': [stale] } });
    });
    fireEvent.change(screen.getByLabelText('Online in autonomia, maggio 2024'), { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva i mesi modificati' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(within(alert).getByRole('button', { name: 'Ricarica' })).toBeTruthy();
    expect(screen.getByText('modificata da un altro utente')).toBeTruthy();
    expect((screen.getByLabelText('Online in autonomia, maggio 2024') as HTMLInputElement).value).toBe('11');
  });

  it('says so when nothing changed', async () => {
    const { calls } = renderGrid(() => ({ slug: 'mensa', rows: [] }));
    fireEvent.click(screen.getByRole('button', { name: 'Salva i mesi modificati' }));
    expect(await screen.findByText('Nessuna riga modificata da salvare.')).toBeTruthy();
    expect(calls.some((c) => c.path === 'figures.saveMonths')).toBe(false);
  });

  it.each([
    {
      locale: 'it',
      cell: 'Online in autonomia, maggio 2024',
      save: 'Salva i mesi modificati',
      said: '"12,5" non è un numero intero: qui va un numero senza decimali (in "12,5" la virgola separa i decimali)',
    },
    {
      locale: 'en',
      cell: 'Online self-service, May 2024',
      save: 'Save the changed months',
      said: '"12,5" is not a whole number: a number without decimals is wanted here (in "12,5" the comma separates the decimals)',
    },
  ] as const)('says of 12,5 in a count that a whole number is wanted, once ($locale)', async (c) => {
    const { calls } = renderGrid(() => ({ slug: 'mensa', rows: [] }), c.locale);
    fireEvent.change(screen.getByLabelText(c.cell), { target: { value: '12,5' } });
    fireEvent.click(screen.getByRole('button', { name: c.save }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: `${c.cell}: ${c.said}` })).toBeTruthy();
    const cell = screen.getByLabelText(c.cell);
    // One message, the parser's: not also "enter a number" from the schema.
    expect(document.getElementById(cell.getAttribute('aria-describedby') ?? '')?.textContent).toBe(c.said);
    expect(calls.some((call) => call.path === 'figures.saveMonths')).toBe(false);
  });
});

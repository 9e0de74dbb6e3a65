import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, sentInput } from '../../test-utils';
import { ApiError } from '../../testing/mock-api';
import { StageChangeForm } from './stage-change-form';

const today = '2024-07-15';

function renderForm(recordStage: (input: unknown) => unknown, onDone: (message?: string) => void = () => {}) {
  return renderInApp(
    <StageChangeForm
      istat="019081"
      slug="trasporto-scolastico"
      current="hybrid"
      version={7}
      today={today}
      onDone={onDone}
    />,
    { api: { 'services.recordStage': recordStage } },
  );
}

function fill({ stage, date, reason }: { stage: string; date?: string; reason: string }) {
  fireEvent.click(screen.getByLabelText(new RegExp(`^${stage}`)));
  if (date !== undefined) fireEvent.change(screen.getByLabelText(/^Data di decorrenza/), { target: { value: date } });
  fireEvent.change(screen.getByLabelText(/^Motivo/), { target: { value: reason } });
}

describe('stage change form', () => {
  it('sends the change with the version the page was loaded with', async () => {
    const done: (string | undefined)[] = [];
    const { calls } = renderForm(
      () => ({}),
      (message) => done.push(message),
    );
    fill({ stage: 'Prima il digitale', date: '2024-09-01', reason: 'Iscrizioni solo online da settembre' });
    fireEvent.click(screen.getByRole('button', { name: 'Registra il cambio' }));
    await waitFor(() => expect(done).toEqual(['Cambio di stadio registrato.']));
    expect(calls.find((c) => c.path === 'services.recordStage')?.input).toEqual({
      istat: '019081',
      slug: 'trasporto-scolastico',
      version: 7,
      stage: 'digital_first',
      effectiveDate: '2024-09-01',
      reason: 'Iscrizioni solo online da settembre',
    });
  });

  it('checks dates with the same rules as the server, before sending', async () => {
    const { calls } = renderForm(() => ({}));
    fill({ stage: 'Prima il digitale', date: '2026-01-01', reason: 'Troppo avanti' });
    fireEvent.click(screen.getByRole('button', { name: 'Registra il cambio' }));
    const date = screen.getByLabelText(/^Data di decorrenza/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain('-error');
    expect(screen.getByRole('alert').textContent).toContain(
      'La data non può superare di oltre un anno oggi (al più 2025-07-15)',
    );
    expect(calls.some((c) => c.path === 'services.recordStage')).toBe(false);
  });

  it('shows the server’s message on the field it refused and keeps what was typed', async () => {
    renderForm(() => {
      const sameStage = appMessage('service.sameStage', { date: '2024-07-01' });
      throw new ApiError('BAD_REQUEST', sameStage, { fieldErrors: { stage: [sameStage] } });
    });
    fill({ stage: 'Prima il digitale', date: '2024-07-01', reason: 'Un motivo lungo da non perdere' });
    fireEvent.click(screen.getByRole('button', { name: 'Registra il cambio' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(
      within(summary).getByRole('link', { name: 'Nuovo stadio: Il servizio è già in questa fase al 2024-07-01' }),
    ).toBeTruthy();
    const fieldset = screen.getByRole('group', { name: /Nuovo stadio/ });
    expect(within(fieldset).getByText('Il servizio è già in questa fase al 2024-07-01')).toBeTruthy();
    expect(screen.getByLabelText(/^Motivo/).getAttribute('aria-invalid')).toBeNull();
    expect((screen.getByLabelText(/^Motivo/) as HTMLTextAreaElement).value).toBe('Un motivo lungo da non perdere');
    expect((screen.getByLabelText(/^Prima il digitale/) as HTMLInputElement).checked).toBe(true);
  });

  it('shows a conflict with the server’s message and a reload button', async () => {
    const message =
      'Modificato da Mario Rossi <mario@consorzio.it> il 15 luglio 2024 alle ore 10:12 — ricarica la pagina';
    renderForm(() => {
      throw new ApiError(
        'CONFLICT',
        appMessage('version.stale', { actor: 'Mario Rossi <mario@consorzio.it>', at: '2024-07-15T08:12:00Z' }),
      );
    });
    fill({ stage: 'Prima il digitale', reason: 'Il mio motivo' });
    fireEvent.click(screen.getByRole('button', { name: 'Registra il cambio' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Qualcun altro ha modificato questi dati');
    expect(alert.textContent).toContain(message);
    expect(within(alert).getByRole('button', { name: 'Ricarica' })).toBeTruthy();
    expect((screen.getByLabelText(/^Motivo/) as HTMLTextAreaElement).value).toBe('Il mio motivo');
  });

  it('asks before recording a step back, and says it is one', async () => {
    const { calls } = renderForm(() => ({}));
    fill({ stage: 'Solo cartaceo', reason: 'Il portale è fermo' });
    expect(screen.getByText(/È un ritorno indietro: da “Ibrido” a “Solo cartaceo”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registra il cambio' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Confermi il ritorno indietro?' });
    expect(calls.some((c) => c.path === 'services.recordStage')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, registra il ritorno indietro' }));
    expect(await sentInput(calls, 'services.recordStage')).toMatchObject({ stage: 'paper' });
  });
});

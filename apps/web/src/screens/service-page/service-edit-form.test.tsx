import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { internalServicePage } from '../../testing/fixtures';
import { ApiError, refusing } from '../../testing/mock-api';
import { ServiceEditForm } from './service-edit-form';

const service = internalServicePage.service;
const conflict = 'Modificato da Mario Rossi <mario@consorzio.it> il 15 luglio 2024 alle ore 10:12 — ricarica la pagina';
const staleVersion = appMessage('version.stale', {
  actor: 'Mario Rossi <mario@consorzio.it>',
  at: '2024-07-15T08:12:00Z',
});

describe('service details form', () => {
  it('puts the server’s messages on their fields and keeps every value typed', async () => {
    renderInApp(<ServiceEditForm istat="019081" service={service} version={7} onDone={() => {}} />, {
      api: {
        'services.update': () => {
          const tooLong = appMessage('tooLong', { max: 200 });
          throw new ApiError('BAD_REQUEST', tooLong, { fieldErrors: { office: [tooLong] } });
        },
      },
    });
    fireEvent.change(screen.getByLabelText(/^Ufficio responsabile/), {
      target: { value: 'Ufficio scuola e trasporti' },
    });
    fireEvent.click(screen.getByLabelText(/^Interno/));
    fireEvent.change(screen.getByLabelText(/^Nota interna/), { target: { value: 'Contratto in scadenza a giugno' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const office = screen.getByLabelText(/^Ufficio responsabile/) as HTMLInputElement;
    await waitFor(() => expect(office.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(office.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'Testo troppo lungo',
    );
    expect(office.value).toBe('Ufficio scuola e trasporti');
    expect((screen.getByLabelText(/^Interno/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^Nota interna/) as HTMLTextAreaElement).value).toBe(
      'Contratto in scadenza a giugno',
    );
  });

  it('after a conflict, reloading takes the other person’s changes and keeps the fields typed here', async () => {
    const { calls, rerender } = renderInApp(
      <ServiceEditForm istat="019081" service={service} version={7} onDone={() => {}} />,
      {
        api: {
          'services.update': refusing('CONFLICT', staleVersion),
        },
      },
    );
    fireEvent.change(screen.getByLabelText(/^Nota interna/), { target: { value: 'La mia nota' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(conflict);
    fireEvent.click(within(alert).getByRole('button', { name: 'Ricarica' }));
    // The page reloads the service: someone renamed the office meanwhile (version 8).
    rerender(
      <ServiceEditForm
        istat="019081"
        service={{ ...service, office: 'Ufficio istruzione', version: 8 }}
        version={8}
        onDone={() => {}}
      />,
    );
    expect((screen.getByLabelText(/^Ufficio responsabile/) as HTMLInputElement).value).toBe('Ufficio istruzione');
    expect((screen.getByLabelText(/^Nota interna/) as HTMLTextAreaElement).value).toBe('La mia nota');
    expect(screen.queryByRole('alert')).toBeNull();
    const saves = calls.filter((c) => c.path === 'services.update');
    expect(saves[0]?.input).toMatchObject({
      istat: '019081',
      slug: 'trasporto-scolastico',
      version: 7,
      internalNote: 'La mia nota',
    });
  });
});

import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { refusing } from '../../testing/mock-api';
import OutboxScreen from './outbox';
import type { OutboxPage } from './outbox-table';

const base = {
  comune: 'Ripalta Cremasca',
  createdAt: '2026-11-27T09:30:00.000Z',
  sentAt: null,
  nextAttemptAt: '2026-11-27T10:30:00.000Z',
  lastError: null,
  errorKind: null,
};
const failed = {
  ...base,
  id: 7,
  kind: 'milestone_late',
  recipient: 'sindaco@ripalta.it',
  recipientName: 'Mario Sindaco',
  subject: 'In ritardo: Avvio di PagoPA (Ripalta Cremasca)',
  state: 'failed',
  attempts: 10,
  lastError: 'Message failed: 550 5.1.1 mailbox unavailable',
  errorKind: 'refused',
};
const sent = {
  ...base,
  id: 6,
  kind: 'digest',
  recipient: 'elena@consorzio.it',
  recipientName: 'Elena Redazione',
  subject: 'Riepilogo di novembre 2026: Crema',
  state: 'sent',
  attempts: 1,
  sentAt: '2026-11-27T09:31:00.000Z',
};
const counts = { pending: 0, retrying: 0, sending: 0, sent: 1, failed: 1 };

function pageOf(rows: unknown[], total = rows.length, page = 1) {
  return { rows, counts, total, page, pageSize: 50 } as unknown as OutboxPage;
}

describe('the admins’ outbox screen', () => {
  it('lists the messages with their state, the last error in plain words and the dates', async () => {
    renderInApp(<OutboxScreen />, {
      path: '/amministrazione/email',
      api: { 'admin.outbox.list': () => pageOf([failed, sent]) },
    });
    const table = await screen.findByRole('table', { name: /Email in uscita, dalla più recente \(pagina 1 di 1\)/ });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1] as HTMLElement).getByText('Avviso: tappa in ritardo')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Non riuscita')).toBeTruthy();
    expect(
      within(rows[1] as HTMLElement).getByText(/ha rifiutato il messaggio \(per esempio un indirizzo inesistente/),
    ).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Message failed: 550 5.1.1 mailbox unavailable')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Riepilogo mensile')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText(/Inviata il 27 novembre 2026.*10:31/)).toBeTruthy();
    expect(within(rows[2] as HTMLElement).queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: /Non riuscita 1/ }).getAttribute('href')).toBe(
      '/amministrazione/email?stato=failed',
    );
  });

  it('asks the API for the chosen state and page, and offers the next page', async () => {
    const { calls } = renderInApp(<OutboxScreen />, {
      path: '/amministrazione/email?stato=failed&pagina=2',
      api: { 'admin.outbox.list': () => pageOf([failed], 120, 2) },
    });
    await screen.findByRole('table', { name: /pagina 2 di 3/ });
    expect(calls.find((c) => c.path === 'admin.outbox.list')?.input).toEqual({ state: 'failed', page: 2 });
    expect(screen.getByRole('link', { name: /Non riuscita/ }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Più recenti' }).getAttribute('href')).toBe(
      '/amministrazione/email?stato=failed',
    );
    expect(screen.getByRole('link', { name: 'Meno recenti' }).getAttribute('href')).toBe(
      '/amministrazione/email?stato=failed&pagina=3',
    );
  });

  it('"Riprova" puts a failed message back in the queue and says so; a refusal is shown', async () => {
    let retried = false;
    const { calls } = renderInApp(<OutboxScreen />, {
      path: '/amministrazione/email',
      api: {
        'admin.outbox.list': () => pageOf([retried ? { ...failed, state: 'pending', attempts: 0 } : failed]),
        'admin.outbox.retry': () => {
          retried = true;
          return { id: 7 };
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Riprova l’invio a sindaco@ripalta.it' }));
    expect(await screen.findByText(/L’email a sindaco@ripalta.it è di nuovo in coda/)).toBeTruthy();
    expect(calls.find((c) => c.path === 'admin.outbox.retry')?.input).toEqual({ id: 7 });
    await waitFor(() =>
      expect(screen.getByText('In attesa', { selector: '.outbox-state *, .outbox-state' })).toBeTruthy(),
    );
  });

  it('shows why a retry was refused, in English too', async () => {
    renderInApp(<OutboxScreen />, {
      path: '/amministrazione/email',
      locale: 'en',
      api: {
        'admin.outbox.list': () => pageOf([failed]),
        'admin.outbox.retry': refusing('NOT_FOUND', appMessage('outbox.notFound', { id: 7 })),
      },
    });
    expect(await screen.findByText('Alert: late milestone')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry sending to sindaco@ripalta.it' }));
    expect(await screen.findByText("No failed message 7 among your consortium's")).toBeTruthy();
  });
});

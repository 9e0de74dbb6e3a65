import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { mayor as councillor } from '../../testing/fixtures';
import { calendarUrlOf } from './calendar-addresses';
import ProfileScreen from './profile';

const mayor = { ...councillor, email: 'sindaco@ripalta.it', comuni: [] };
const preferences = { email: 'sindaco@ripalta.it', emailDigest: true, emailAlerts: true, language: 'it' };
const token = 'A'.repeat(43);

describe('the profile screen', () => {
  it('asks a visitor to log in', async () => {
    renderInApp(<ProfileScreen />, { path: '/profilo' });
    expect(await screen.findByRole('heading', { name: 'Accesso riservato' })).toBeTruthy();
  });

  it('saves which emails to receive and their language', async () => {
    const { calls } = renderInApp(<ProfileScreen />, {
      path: '/profilo',
      api: {
        'auth.me': () => mayor,
        'account.preferences': () => preferences,
        'account.calendars': () => [],
        'account.setPreferences': (input) => ({ ...preferences, ...(input as object) }),
      },
    });
    const alerts = (await screen.findByLabelText('Avvisi immediati')) as HTMLInputElement;
    expect(alerts.checked).toBe(true);
    expect(screen.getByText(/Le email arrivano a sindaco@ripalta.it/)).toBeTruthy();
    fireEvent.click(alerts);
    fireEvent.click(screen.getByLabelText('English'));
    fireEvent.click(screen.getByRole('button', { name: 'Salva le preferenze' }));
    expect(await screen.findByText('Preferenze salvate.')).toBeTruthy();
    expect(calls.find((c) => c.path === 'account.setPreferences')?.input).toEqual({
      emailDigest: true,
      emailAlerts: false,
      language: 'en',
    });
  });

  it('makes a calendar address, shows it once, lists it and revokes it after a confirmation', async () => {
    let list: { id: number; createdAt: string; revokedAt: string | null }[] = [];
    const { calls } = renderInApp(<ProfileScreen />, {
      path: '/profilo',
      api: {
        'auth.me': () => mayor,
        'account.preferences': () => preferences,
        'account.calendars': () => list,
        'account.createCalendar': () => {
          list = [{ id: 3, createdAt: '2026-11-27T09:30:00.000Z', revokedAt: null }];
          return { id: 3, token };
        },
        'account.revokeCalendar': () => {
          list = [{ id: 3, createdAt: '2026-11-27T09:30:00.000Z', revokedAt: '2026-11-28T08:00:00.000Z' }];
          return list;
        },
      },
    });
    expect(await screen.findByText('Non hai ancora creato un indirizzo del calendario.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Crea un indirizzo del calendario' }));
    const shown = (await screen.findByLabelText('Indirizzo del calendario')) as HTMLInputElement;
    expect(shown.value).toBe(calendarUrlOf(token));
    expect(shown.value).toMatch(/\/calendario\/A{43}\.ics$/);
    const table = await screen.findByRole('table', { name: 'I tuoi indirizzi del calendario' });
    expect(within(table).getByText('Attivo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fatto' }));
    expect(screen.queryByLabelText('Indirizzo del calendario')).toBeNull();
    fireEvent.click(within(table).getByRole('button', { name: /Revoca l’indirizzo creato il 27 novembre 2026/ }));
    const confirm = screen.getByRole('alertdialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoca' }));
    await waitFor(() => expect(within(table).getByText(/Revocato il 28 novembre 2026/)).toBeTruthy());
    expect(calls.find((c) => c.path === 'account.revokeCalendar')?.input).toEqual({ id: 3 });
  });
});

import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, sentInput } from '../../test-utils';
import { admin, consortiumComuni as comuni } from '../../testing/fixtures';
import { ApiError } from '../../testing/mock-api';
import UsersScreen from './users';

const account = (over: Record<string, unknown>) => ({
  id: 2,
  email: 'sindaco@ripalta.it',
  name: 'Mario Sindaco',
  role: 'council',
  comuni: [comuni[0]],
  disabledAt: null,
  createdAt: '2024-01-01T00:00:00Z',
  version: 3,
  ...over,
});
const self = account({ id: 1, email: admin.email, name: admin.name, role: 'admin', comuni: [] });

function renderUsers(list: unknown[], api: Record<string, (input: unknown) => unknown> = {}) {
  return renderInApp(<UsersScreen />, {
    api: {
      'auth.me': () => admin,
      'admin.users.list': () => list,
      'consortia.portfolio': () => ({ comuni }),
      ...api,
    },
  });
}

describe('changing an account', () => {
  it('changes a council member’s comuni with the version shown', async () => {
    const { calls } = renderUsers([self, account({})], { 'admin.users.update': () => account({ version: 4 }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifica ruolo e comuni di Mario Sindaco' }));
    const form = screen.getByRole('form', { name: 'Ruolo e comuni di Mario Sindaco' });
    expect(document.activeElement?.textContent).toBe('Ruolo e comuni di Mario Sindaco');
    fireEvent.click(within(form).getByLabelText('Ripalta Cremasca (019081)'));
    fireEvent.click(within(form).getByLabelText('Crema (019035)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Salva ruolo e comuni' }));
    expect(await sentInput(calls, 'admin.users.update')).toEqual({
      id: 2,
      version: 3,
      role: 'council',
      comuni: ['019035'],
    });
    expect(await screen.findByText('Ruolo e comuni di Mario Sindaco aggiornati.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Ruolo e comuni di Mario Sindaco' })).toBeNull();
  });

  it('shows the server’s coded refusal on the role field', async () => {
    renderUsers([self, account({ role: 'admin', comuni: [] })], {
      'admin.users.update': () => {
        const refused = appMessage('account.demoteSelf');
        throw new ApiError('BAD_REQUEST', refused, { fieldErrors: { role: [refused] } });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Modifica ruolo e comuni di Mario Sindaco' }));
    fireEvent.click(screen.getByLabelText(/^Redazione consorzio/));
    fireEvent.click(screen.getByRole('button', { name: 'Salva ruolo e comuni' }));
    expect((await screen.findAllByText(/Non puoi toglierti il ruolo di amministratore/)).length).toBeGreaterThan(0);
  });

  it('resets a password after asking, and shows the temporary one once, saying so', async () => {
    const { calls } = renderUsers([self, account({})], {
      'admin.users.resetPassword': () => ({ user: account({ version: 4 }), temporaryPassword: 'Zx9-temporanea-Qw3' }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Reimposta la password di Mario Sindaco' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reimposta la password di Mario Sindaco' });
    expect(dialog.textContent).toContain('Le sue sessioni terminano subito');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, reimposta' }));
    const shown = await screen.findByRole('alert');
    expect(within(shown).getByText('Zx9-temporanea-Qw3')).toBeTruthy();
    expect(shown.textContent).toContain('Nuova password temporanea di Mario Sindaco');
    expect(shown.textContent).toContain('È mostrata una sola volta');
    expect(calls.find((c) => c.path === 'admin.users.resetPassword')?.input).toEqual({ id: 2, version: 3 });
    fireEvent.click(within(shown).getByRole('button', { name: 'Ho annotato la password' }));
    expect(screen.queryByText('Zx9-temporanea-Qw3')).toBeNull();
  });

  it('enables a disabled account again, and offers no actions on one’s own row', async () => {
    const disabled = account({ disabledAt: '2024-05-02T10:00:00Z' });
    const { calls } = renderUsers([self, disabled], { 'admin.users.enable': () => account({ version: 4 }) });
    const row = (await screen.findByText('Mario Sindaco')).closest('tr');
    expect(row).toBeTruthy();
    expect(within(row as HTMLElement).queryByRole('button', { name: /Modifica/ })).toBeNull();
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: 'Riattiva l’account di Mario Sindaco' }));
    expect(await sentInput(calls, 'admin.users.enable')).toEqual({ id: 2, version: 3 });
    expect(await screen.findByText(/Account di Mario Sindaco riattivato/)).toBeTruthy();
    const own = screen.getByText('Anna Admin').closest('tr') as HTMLElement;
    expect(within(own).queryAllByRole('button')).toEqual([]);
  });
});

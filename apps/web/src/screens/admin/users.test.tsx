import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fillField, renderInApp, sentInput } from '../../test-utils';
import { admin, consortiumComuni as comuni } from '../../testing/fixtures';
import { ApiError } from '../../testing/mock-api';
import UsersScreen from './users';
import { CreateUserForm } from './users-create';

describe('create an account', () => {
  it('asks a council member’s comuni, then sends them', async () => {
    const { calls } = renderInApp(<CreateUserForm comuni={comuni} onCreated={() => {}} onDone={() => {}} />, {
      api: { 'admin.users.create': () => ({ user: { email: 'sindaco@ripalta.it' }, generatedPassword: 'x' }) },
    });
    fillField(/^Email/, 'Sindaco@Ripalta.it');
    fillField(/^Nome/, 'Mario Sindaco');
    fireEvent.click(screen.getByLabelText(/^Sindaco\/consigliere/));
    fireEvent.click(screen.getByRole('button', { name: 'Crea l’account' }));
    expect(
      await screen.findByText('Indica almeno un comune del consigliere', { selector: '.field-error' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Ripalta Cremasca (019081)'));
    fireEvent.click(screen.getByRole('button', { name: 'Crea l’account' }));
    expect(await sentInput(calls, 'admin.users.create')).toEqual({
      email: 'sindaco@ripalta.it',
      name: 'Mario Sindaco',
      role: 'council',
      comuni: ['019081'],
    });
  });

  it('shows a taken email on the email field and keeps what was typed', async () => {
    renderInApp(<CreateUserForm comuni={comuni} onCreated={() => {}} onDone={() => {}} />, {
      api: {
        'admin.users.create': () => {
          const taken = appMessage('account.emailTaken', { email: 'elena@consorzio.it' });
          throw new ApiError('CONFLICT', taken, { fieldErrors: { email: [taken] } });
        },
      },
    });
    fillField(/^Email/, 'elena@consorzio.it');
    fillField(/^Nome/, 'Elena');
    fireEvent.click(screen.getByRole('button', { name: 'Crea l’account' }));
    const email = screen.getByLabelText(/^Email/) as HTMLInputElement;
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'Esiste già un account',
    );
    expect(screen.queryByText('Qualcun altro ha modificato questi dati')).toBeNull();
    expect(email.value).toBe('elena@consorzio.it');
    expect((screen.getByLabelText(/^Nome/) as HTMLInputElement).value).toBe('Elena');
  });
});

describe('accounts screen', () => {
  it('shows a generated password once, until dismissed', async () => {
    const created = {
      user: {
        id: 9,
        email: 'nuovo@consorzio.it',
        name: 'Nuovo',
        role: 'editor',
        comuni: [],
        disabledAt: null,
        createdAt: '',
        version: 1,
      },
      generatedPassword: 'kP3-vv9q-Lm2x-Tt7r',
    };
    renderInApp(<UsersScreen />, {
      api: {
        'auth.me': () => admin,
        'admin.users.list': () => [],
        'consortia.portfolio': () => ({ comuni }),
        'admin.users.create': () => created,
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Nuovo account' }));
    fillField(/^Email/, 'nuovo@consorzio.it');
    fillField(/^Nome/, 'Nuovo');
    fireEvent.click(screen.getByRole('button', { name: 'Crea l’account' }));
    const shown = await screen.findByRole('alert');
    expect(within(shown).getByText('kP3-vv9q-Lm2x-Tt7r')).toBeTruthy();
    expect(shown.textContent).toContain('non sarà più mostrata');
    fireEvent.click(within(shown).getByRole('button', { name: 'Ho annotato la password' }));
    expect(screen.queryByText('kP3-vv9q-Lm2x-Tt7r')).toBeNull();
  });
});

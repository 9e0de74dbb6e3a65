import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { editor, mayor } from '../../testing/fixtures';
import { ApiError } from '../../testing/mock-api';
import LoginScreen from './login';

function Where() {
  const location = useLocation();
  return <p>Sei in {location.pathname}</p>;
}

function renderLogin(login: (input: unknown) => unknown, path = '/accedi') {
  return renderInApp(
    <Routes>
      <Route path="accedi" element={<LoginScreen />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { path, api: { 'auth.login': login } },
  );
}

async function fillAndSubmit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('login page', () => {
  it('says the credentials are wrong and keeps the email typed', async () => {
    renderLogin(() => {
      throw new ApiError('UNAUTHORIZED', appMessage('auth.loginRefused'));
    });
    await fillAndSubmit('editor@consorzioit.demo', 'sbagliata');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Accesso non riuscito');
    expect(alert.textContent).toContain('Email o password non corretti');
    expect(document.activeElement).toBe(alert);
    expect((screen.getByLabelText(/^Email/) as HTMLInputElement).value).toBe('editor@consorzioit.demo');
  });

  it('explains a pause after too many attempts, with the server’s time', async () => {
    renderLogin(() => {
      throw new ApiError(
        'TOO_MANY_REQUESTS',
        appMessage('auth.tooManyAttempts', { retryAt: '2024-07-15T15:45:00Z', minutes: 12 }),
      );
    });
    await fillAndSubmit('editor@consorzioit.demo', 'sbagliata');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Troppi tentativi');
    expect(alert.textContent).toContain('Riprova tra 12 minuti (alle 17:45)');
  });

  it('asks for both fields before calling the server', async () => {
    const { calls } = renderLogin(() => editor);
    fireEvent.click(await screen.findByRole('button', { name: 'Accedi' }));
    const email = screen.getByLabelText(/^Email/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('Scrivi la tua email');
    expect(screen.getByRole('alert').textContent).toContain('Password: Scrivi la password');
    expect(calls.some((c) => c.path === 'auth.login')).toBe(false);
  });

  it('goes back where the person was after logging in', async () => {
    const { calls } = renderLogin(() => editor, '/accedi?da=%2Fcomuni%2F019081%2Froadmap');
    await fillAndSubmit(' editor@consorzioit.demo ', 'switchoff-demo');
    expect(await screen.findByText('Sei in /comuni/019081/roadmap')).toBeTruthy();
    expect(calls.find((c) => c.path === 'auth.login')?.input).toEqual({
      email: 'editor@consorzioit.demo',
      password: 'switchoff-demo',
    });
  });

  it('never sends the person to another site: staff land on their consortium’s portfolio', async () => {
    renderLogin(() => editor, '/accedi?da=%2F%2Fevil.example');
    await fillAndSubmit('editor@consorzioit.demo', 'switchoff-demo');
    await waitFor(() => expect(screen.getByText('Sei in /consorzi/consorzio-it')).toBeTruthy());
  });
});

describe('where a council member lands', () => {
  it('lands on their comune', async () => {
    renderLogin(() => mayor);
    await fillAndSubmit(mayor.email, 'switchoff-demo');
    expect(await screen.findByText('Sei in /comuni/019081')).toBeTruthy();
  });

  it('lands on the chooser when they have several comuni', async () => {
    renderLogin(() => ({ ...mayor, comuni: [...mayor.comuni, { istat: '019035', name: 'Crema' }] }));
    await fillAndSubmit(mayor.email, 'switchoff-demo');
    expect(await screen.findByText('Sei in /i-miei-comuni')).toBeTruthy();
  });

  it('goes back to a page they may see', async () => {
    renderLogin(() => mayor, '/accedi?da=%2Fcomuni%2F019035%2Froadmap');
    await fillAndSubmit(mayor.email, 'switchoff-demo');
    expect(await screen.findByText('Sei in /comuni/019035/roadmap')).toBeTruthy();
  });

  it('lands on their comune when the return address is an admin page', async () => {
    renderLogin(() => mayor, '/accedi?da=%2Famministrazione%2Futenti');
    await fillAndSubmit(mayor.email, 'switchoff-demo');
    expect(await screen.findByText('Sei in /comuni/019081')).toBeTruthy();
  });
});

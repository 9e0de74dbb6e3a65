import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../app';
import { renderInApp } from '../test-utils';
import { editor, mayor } from '../testing/fixtures';
import { type Handlers, refusing } from '../testing/mock-api';

/** Renders the whole app at `path`, the API answering from `api`. */
function renderApp(path: string, api: Handlers = {}) {
  return renderInApp(<AppRoutes />, { path, api });
}

const admin = { ...editor, name: 'Anna Admin', email: 'admin@consorzioit.demo', role: 'admin' as const };

describe('who is logged in', () => {
  it('shows the name and the role in Italian, and logs out', async () => {
    let me: typeof editor | null = editor;
    const { calls } = renderApp('/questa-pagina-non-esiste', {
      'auth.me': () => me,
      'auth.logout': () => {
        me = null;
        return null;
      },
    });
    const area = await screen.findByRole('group', { name: 'Accesso effettuato: Elena Redazione, Redazione consorzio' });
    expect(within(area).getByText('Elena Redazione')).toBeTruthy();
    expect(within(area).getByText('Redazione consorzio')).toBeTruthy();
    fireEvent.click(within(area).getByRole('button', { name: 'Esci' }));
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Accedi' })).toBeTruthy();
    expect(calls.some((c) => c.path === 'auth.logout')).toBe(true);
  });

  it('names a mayor “Sindaco/consigliere” and offers no administration', async () => {
    renderApp('/x', { 'auth.me': () => mayor });
    expect(await screen.findByText('Sindaco/consigliere')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Amministrazione' })).toBeNull();
  });

  it('offers a public visitor a login link that comes back to the page', async () => {
    renderApp('/una/pagina');
    const link = await within(await screen.findByRole('banner')).findByRole('link', { name: 'Accedi' });
    expect(link.getAttribute('href')).toBe('/accedi?da=%2Funa%2Fpagina');
    // The not-found page says some pages are for staff, in case the visitor forgot to log in.
    expect(await screen.findByText(/alcune pagine sono visibili solo al personale/)).toBeTruthy();
  });
});

describe('staff pages', () => {
  it('give a public visitor a clear page with a login link, not a blank screen', async () => {
    renderApp('/amministrazione/utenti');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso riservato' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Accedi per continuare' }).getAttribute('href')).toBe(
      '/accedi?da=%2Famministrazione%2Futenti',
    );
  });

  it('tell an editor the administration is for admins', async () => {
    renderApp('/amministrazione/utenti', { 'auth.me': () => editor });
    expect(await screen.findByRole('heading', { level: 1, name: 'Non hai accesso a questa pagina' })).toBeTruthy();
    expect(screen.getByText('Non hai accesso: la pagina è riservata agli amministratori del consorzio.')).toBeTruthy();
  });

  it('answer a FORBIDDEN from the API with “Non hai accesso…”', async () => {
    renderApp('/comuni/019035/servizi/mensa/dati', {
      'auth.me': () => mayor,
      'figures.months': refusing('FORBIDDEN', appMessage('access.comune', { comune: 'Crema' })),
      'services.get': refusing('FORBIDDEN', appMessage('access.comune', { comune: 'Crema' })),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Non hai accesso a questa pagina' })).toBeTruthy();
    expect(screen.getByText('Non hai accesso al comune di Crema')).toBeTruthy();
  });

  it('answer an UNAUTHORIZED from the API with the login page', async () => {
    renderApp('/comuni/019081/modifiche', {
      'history.thisMonth': refusing('UNAUTHORIZED', appMessage('auth.loginRequired')),
      'comuni.overview': refusing('NOT_FOUND', appMessage('comune.notFound', { istat: '019081' })),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accesso riservato' })).toBeTruthy();
  });

  it('let an admin in', async () => {
    renderApp('/amministrazione', {
      'auth.me': () => admin,
      'admin.users.list': () => [],
      'consortia.portfolio': refusing('NOT_FOUND', appMessage('comune.notFound', { istat: '019081' })),
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Account del consorzio' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Account' }).getAttribute('aria-current')).toBe('page'),
    );
  });
});

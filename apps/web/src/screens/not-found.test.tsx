import { appMessage } from '@switchoff/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../app';
import { QueryState } from '../components/query-state';
import { renderInApp } from '../test-utils';

describe('not-found page', () => {
  it('answers an unknown address with a heading, a link home and a title', async () => {
    renderInApp(<AppRoutes />, { path: '/questa/pagina/non/esiste' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Torna alla home' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Pagina non trovata | Switch-off');
  });

  it('shows the API message when the API answers NOT_FOUND', () => {
    const error = {
      message: 'Nessun comune con codice ISTAT 999999',
      data: { code: 'NOT_FOUND', httpStatus: 404, appError: appMessage('comune.notFound', { istat: '999999' }) },
    };
    renderInApp(
      <QueryState query={{ data: undefined, error, isPending: false, refetch: () => undefined }}>
        {() => <p>dati</p>}
      </QueryState>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeTruthy();
    expect(screen.getByText('Nessun comune con codice ISTAT 999999')).toBeTruthy();
    expect(screen.queryByText('dati')).toBeNull();
    expect(document.title).toBe('Pagina non trovata | Switch-off');
  });

  it('refuses a malformed ISTAT code before asking the API', async () => {
    renderInApp(<AppRoutes />, { path: '/comuni/19083' });
    expect(await screen.findByText('Il codice ISTAT ha 6 cifre (es. 019081)')).toBeTruthy();
  });

  it('shows other errors with a retry button, not as not-found', () => {
    const error = { message: 'Failed to fetch' };
    renderInApp(
      <QueryState query={{ data: undefined, error, isPending: false, refetch: () => undefined }}>
        {() => <p>dati</p>}
      </QueryState>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Non è stato possibile caricare i dati');
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeTruthy();
  });
});

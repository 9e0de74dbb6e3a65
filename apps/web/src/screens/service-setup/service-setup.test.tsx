import { appMessage } from '@switchoff/domain';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderInApp, sentInput } from '../../test-utils';
import { editor as consortiumEditor } from '../../testing/fixtures';
import { ApiError } from '../../testing/mock-api';
import ServiceSetupScreen from './service-setup';

const editor = {
  ...consortiumEditor,
  email: 'editor@cbassa.it',
  consortium: { slug: 'consorzio-bassa', name: 'Consorzio della Bassa' },
};
const entries = [
  { slug: 'biblioteca', name: 'Biblioteca', category: 'cultura' },
  { slug: 'mensa-scolastica', name: 'Mensa scolastica', category: 'scuola' },
  { slug: 'tari', name: 'TARI', category: 'tributi' },
];

function renderSetup(setup: (input: unknown) => unknown) {
  return renderInApp(
    <Routes>
      <Route path="/comuni/:istat/servizi-iniziali" element={<ServiceSetupScreen />} />
    </Routes>,
    {
      path: '/comuni/019081/servizi-iniziali',
      api: {
        'auth.me': () => editor,
        'comuni.overview': () => ({ comune: { name: 'Ripalta Cremasca', istat: '019081' } }),
        'services.addable': () => entries,
        'services.setup': setup,
      },
    },
  );
}

describe('/comuni/:istat/servizi-iniziali', () => {
  it('sends the services picked, each with its stage and since when, in one save', async () => {
    const { calls } = renderSetup(() => [{}, {}]);
    expect(await screen.findByRole('heading', { name: 'Servizi di Ripalta Cremasca' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva i servizi' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Scegli almeno un servizio.');
    expect((screen.getByLabelText('Fase attuale di TARI') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Il comune offre Biblioteca'));
    fireEvent.click(screen.getByLabelText('Il comune offre TARI'));
    fireEvent.change(screen.getByLabelText('Fase attuale di TARI'), { target: { value: 'switched_off' } });
    fireEvent.change(screen.getByLabelText('Da quando TARI è in questa fase'), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByLabelText('Da quando Biblioteca è in questa fase'), {
      target: { value: '2023-09-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Salva i servizi' }));
    expect(await sentInput(calls, 'services.setup')).toEqual({
      istat: '019081',
      services: [
        { catalogue: 'biblioteca', stage: 'paper', since: '2023-09-01' },
        { catalogue: 'tari', stage: 'switched_off', since: '2024-01-01' },
      ],
    });
    expect(await screen.findByText('2 servizi aggiunti.')).toBeTruthy();
    expect((screen.getByLabelText('Il comune offre TARI') as HTMLInputElement).checked).toBe(false);
  });

  it('names the row of each refusal and keeps the choices', async () => {
    renderSetup(() => {
      const future = appMessage('dateInFuture', { today: '2026-12-06' });
      throw new ApiError('BAD_REQUEST', appMessage('input.invalid'), { pathErrors: { 'services.1.since': [future] } });
    });
    fireEvent.click(await screen.findByLabelText('Il comune offre Biblioteca'));
    fireEvent.click(screen.getByLabelText('Il comune offre Mensa scolastica'));
    fireEvent.click(screen.getByRole('button', { name: 'Salva i servizi' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Mensa scolastica: La data non può essere nel futuro',
    );
    expect((screen.getByLabelText('Il comune offre Mensa scolastica') as HTMLInputElement).checked).toBe(true);
  });
});

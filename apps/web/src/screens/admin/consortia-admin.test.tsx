import { appMessage } from '@switchoff/domain';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fillField, renderInApp, sentInput } from '../../test-utils';
import { ApiError } from '../../testing/mock-api';
import { ConsortiaList, ConsortiumScreen } from './consortia-admin';

const bassa = {
  id: 1,
  slug: 'consorzio-bassa',
  name: 'Consorzio della Bassa',
  ipaCode: 'c_bassa',
  city: 'Lodi',
  website: null,
  contactEmail: 'info@cbassa.it',
  telephone: '+39 0371 123456',
  description: '',
  demo: false,
  version: 3,
};
const altro = { ...bassa, id: 2, slug: 'altro', name: 'Altro consorzio', ipaCode: 'altro', city: 'Pavia' };

describe('consortia administration', () => {
  it('the operator’s admin sees every consortium and adds one; bad fields are named before sending', async () => {
    const { calls } = renderInApp(<ConsortiaList />, {
      api: {
        'admin.consortia.list': () => ({ operator: true, own: 1, consortia: [altro, bassa] }),
        'admin.consortia.create': () => ({ ...altro, id: 3, slug: 'nuovo', name: 'Nuovo consorzio' }),
      },
    });
    const table = await screen.findByRole('table', { name: /Consorzi dell’installazione/ });
    expect(table.textContent).toContain('Consorzio della Bassa (il tuo)');
    expect(table.textContent).toContain('info@cbassa.it · +39 0371 123456');
    expect(screen.getByRole('link', { name: 'Modifica i dati di Altro consorzio' }).getAttribute('href')).toBe(
      '/amministrazione/consorzi/altro',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nuovo consorzio' }));
    fillField(/^Indirizzo/, 'Nuovo Consorzio');
    fillField(/^Nome/, 'Nuovo consorzio');
    fillField(/^Codice IPA/, 'c nuovo');
    fillField(/^Città/, 'Cremona');
    fillField(/^Email di contatto/, 'info@nuovo.it');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi il consorzio' }));
    expect(await screen.findByText(/Solo lettere minuscole/, { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByText(/Codice IPA non valido/, { selector: '.field-error' })).toBeTruthy();
    expect(calls.some((c) => c.path === 'admin.consortia.create')).toBe(false);
    fillField(/^Indirizzo/, 'nuovo');
    fillField(/^Codice IPA/, 'C_Nuovo');
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi il consorzio' }));
    expect(await sentInput(calls, 'admin.consortia.create')).toEqual({
      slug: 'nuovo',
      name: 'Nuovo consorzio',
      ipaCode: 'c_nuovo',
      city: 'Cremona',
      contactEmail: 'info@nuovo.it',
      website: null,
      telephone: null,
    });
    expect(await screen.findByText('Nuovo consorzio aggiunto.')).toBeTruthy();
  });

  it('another consortium’s admin sees only their own and cannot add one', async () => {
    renderInApp(<ConsortiaList />, {
      api: { 'admin.consortia.list': () => ({ operator: false, own: 2, consortia: [altro] }) },
    });
    expect(await screen.findByRole('table', { name: /Il tuo consorzio/ })).toBeTruthy();
    expect(screen.getByText(/i nuovi consorzi li aggiunge chi gestisce l’installazione/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nuovo consorzio' })).toBeNull();
  });

  it('changes a consortium’s details with its version; a stale form says so and keeps what was typed', async () => {
    let stale = false;
    const { calls } = renderInApp(
      <Routes>
        <Route path="/amministrazione/consorzi/:slug" element={<ConsortiumScreen />} />
      </Routes>,
      {
        path: '/amministrazione/consorzi/consorzio-bassa',
        api: {
          'admin.consortia.list': () => ({ operator: false, own: 1, consortia: [bassa] }),
          'admin.consortia.update': () => {
            if (stale) throw new ApiError('CONFLICT', appMessage('version.stale', { actor: 'Mario Rossi', at: '' }));
            return { ...bassa, telephone: '0371 654321', version: 4 };
          },
        },
      },
    );
    expect(await screen.findByRole('heading', { name: 'Dati di Consorzio della Bassa' })).toBeTruthy();
    expect(screen.getByText('consorzio-bassa', { selector: 'code' })).toBeTruthy();
    fillField(/^Telefono/, '0371 654321');
    fillField(/^Sito web/, 'https://www.cbassa.it');
    fireEvent.click(screen.getByRole('button', { name: /Salva/ }));
    expect(await sentInput(calls, 'admin.consortia.update')).toEqual({
      slug: 'consorzio-bassa',
      name: 'Consorzio della Bassa',
      ipaCode: 'c_bassa',
      city: 'Lodi',
      contactEmail: 'info@cbassa.it',
      telephone: '0371 654321',
      website: 'https://www.cbassa.it',
      version: 3,
    });
    expect(await screen.findByText('Dati di Consorzio della Bassa salvati.')).toBeTruthy();
    stale = true;
    fillField(/^Città/, 'Codogno');
    fireEvent.click(screen.getByRole('button', { name: /Salva/ }));
    expect(await screen.findByText(/Qualcun altro ha modificato questi dati/)).toBeTruthy();
    expect((screen.getByLabelText(/^Città/) as HTMLInputElement).value).toBe('Codogno');
  });

  it('says so when the consortium is not one the admin may change', async () => {
    renderInApp(
      <Routes>
        <Route path="/amministrazione/consorzi/:slug" element={<ConsortiumScreen />} />
      </Routes>,
      {
        path: '/amministrazione/consorzi/consorzio-bassa',
        api: { 'admin.consortia.list': () => ({ operator: false, own: 2, consortia: [altro] }) },
      },
    );
    expect(await screen.findByText('Puoi modificare solo il tuo consorzio.')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import ChangesRoute from './changes';

const EDITOR = 'Editor del Consorzio <editor@consorzio.it>';
const ADMIN = 'Admin del Consorzio <admin@consorzio.it>';

const change = (id: number, entity: string, actor: string, subject: string) => ({
  id,
  at: `2026-11-0${id}T10:00:00.000Z`,
  actor,
  action: 'update',
  entity,
  entityId: id,
  before: { owner: 'Ufficio' },
  after: { owner: 'Servizi demografici' },
  subject,
});
const ALL = [change(3, 'milestones', EDITOR, 'Subentro ANPR'), change(2, 'services', ADMIN, 'Mensa scolastica')];

/** The API as it filters: the month's kinds and people always, its changes narrowed by kind and person. */
function thisMonth(input: unknown) {
  const { kind, person } = input as { kind?: string; person?: string };
  return {
    month: '2026-11',
    changes: ALL.filter((c) => (!kind || c.entity === kind) && (!person || c.actor === person)),
    truncated: false,
    kinds: ['services', 'milestones'],
    people: [ADMIN, EDITOR],
  };
}

const routes = (
  <Routes>
    <Route path="comuni/:istat/modifiche" element={<ChangesRoute />} />
  </Routes>
);

describe('the change history of a month', () => {
  it('filters by kind and person, keeps them in the address and offers the filtered rows as CSV', async () => {
    const { calls } = renderInApp(routes, {
      path: '/comuni/019081/modifiche?mese=2026-11',
      api: { 'history.thisMonth': thisMonth, 'comuni.overview': () => ({ comune: null }) },
    });
    expect(await screen.findByRole('heading', { name: '2 modifiche' })).toBeTruthy();
    const kind = screen.getByLabelText('Tipo di modifica') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.text)).toEqual(['Tutti i tipi', 'Servizio', 'Tappa']);
    const person = screen.getByLabelText('Persona') as HTMLSelectElement;
    expect([...person.options].map((o) => o.text)).toEqual([
      'Tutte le persone',
      'Admin del Consorzio (admin@consorzio.it)',
      'Editor del Consorzio (editor@consorzio.it)',
    ]);
    fireEvent.change(kind, { target: { value: 'milestones' } });
    fireEvent.change(person, { target: { value: EDITOR } });
    fireEvent.click(screen.getByRole('button', { name: 'Mostra' }));
    expect(await screen.findByRole('heading', { name: '1 modifica' })).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.path === 'history.thisMonth').at(-1)?.input).toEqual({
        istat: '019081',
        month: '2026-11',
        kind: 'milestones',
        person: EDITOR,
      }),
    );
    expect(screen.getByText('Subentro ANPR')).toBeTruthy();
    expect(screen.queryByText('Mensa scolastica')).toBeNull();
    const csv = screen.getByRole('link', { name: 'Scarica queste modifiche (CSV)' });
    const url = new URL(csv.getAttribute('href') ?? '', 'http://localhost');
    expect(url.pathname).toBe('/api/export/modifiche.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      istat: '019081',
      mese: '2026-11',
      tipo: 'milestones',
      persona: EDITOR,
    });
    // The months before and after keep the filters.
    const previous = screen.getByRole('link', { name: /Mese precedente/ });
    expect(new URL(previous.getAttribute('href') ?? '', 'http://localhost').searchParams.get('tipo')).toBe(
      'milestones',
    );
  });

  it('says when the filters leave nothing in the month', async () => {
    renderInApp(routes, {
      path: `/comuni/019081/modifiche?mese=2026-11&tipo=comments`,
      api: { 'history.thisMonth': thisMonth, 'comuni.overview': () => ({ comune: null }) },
    });
    expect(await screen.findByText('Nessuna modifica di questo tipo o di questa persona nel mese.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Scarica queste modifiche (CSV)' })).toBeNull();
  });
});

import { PADIGITALE_SOURCE, PNRR_MEASURES } from '@switchoff/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItalyMap, MapArea, MapDrawing } from '../../api-types';
import { it as it_ } from '../../i18n/it';
import { Choropleth, type MapItem } from '../../maps/choropleth';
import { renderInApp } from '../../test-utils';
import { pickIndicator } from './indicator';
import { abolishedNote } from './italy-maps';
import { MapTable } from './map-table';

// Prato's seven comuni, as the server draws them (two squares and five triangles will do).
const PRATO = ['100001', '100002', '100003', '100004', '100005', '100006', '100007'];
const prato: MapDrawing = {
  width: 600,
  height: 700,
  areas: PRATO.map((key, i) => ({ key, d: `M${10 + i * 80} 10l70 0 0 70z`, label: i === 0 ? [40, 40] : null })),
};

const counts = (completed: number, funded: number) =>
  Object.fromEntries(
    PNRR_MEASURES.map((m) => [m, m === '1.4.5' ? { completed, funded } : { completed: 0, funded: 0 }]),
  ) as MapArea['measures'];

const area = (code: string, name: string, comuni: number, completed: number, funded: number): MapArea => ({
  code,
  name,
  sigla: code,
  comuni,
  population: 0,
  formerIstat: null,
  measures: counts(completed, funded),
  tracked: code === '03' ? { comuni: 4, services: 40, switchedOff: 10 } : null,
});

const italy: ItalyMap = {
  level: 'italy',
  code: '',
  name: 'Italia',
  region: null,
  areas: [area('03', 'Lombardia', 1508, 1200, 100), area('20', 'Sardegna', 377, 100, 50)],
  renumbered: {},
  total: {
    comuni: 1885,
    population: 0,
    measures: counts(1300, 150),
    tracked: { comuni: 4, services: 40, switchedOff: 10 },
  },
  measures: [
    { measure: '1.4.1', snapshot: '2025-01-09' },
    { measure: '1.4.5', snapshot: '2026-08-22' },
  ],
  source: PADIGITALE_SOURCE,
};

describe('maps of Italy', () => {
  it('draws each area as a link named with its value, reachable by keyboard', () => {
    const items = new Map<string, MapItem>(
      PRATO.map((key) => [
        key,
        { key, label: `Comune ${key}: misura completata`, href: `/comuni/${key}`, fill: 'c4', short: '100%' },
      ]),
    );
    const { container } = renderInApp(<Choropleth drawing={prato} items={items} title="Mappa di Prato" labels />);
    const map = screen.getByRole('group', { name: 'Mappa di Prato' });
    const links = within(map).getAllByRole('link');
    expect(links).toHaveLength(7);
    expect(links[0]?.getAttribute('aria-label')).toMatch(/^Comune 1000\d\d: misura completata$/);
    expect(links[0]?.getAttribute('href')).toMatch(/^\/comuni\/1000\d\d$/);
    expect(container.querySelectorAll('path[d^="M"]')).toHaveLength(7);
    expect(container.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 600 700');
    // The value is written where the server said there is room: on the first comune only.
    expect([...container.querySelectorAll('.map-labels text')].map((t) => t.textContent)).toEqual(['100%']);
  });

  it('tables the same numbers, with the total, and links each area down', () => {
    renderInApp(<MapTable map={italy} indicator="1.4.5" caption="Italia" hrefOf={(a) => `/regioni/${a.code}`} />);
    const table = screen.getByRole('table', { name: 'Italia' });
    const row = within(table).getByRole('row', { name: /Lombardia/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.508', '1.200', '79,6%', '100']);
    expect(within(row).getByRole('link', { name: 'Lombardia' }).getAttribute('href')).toBe('/regioni/03');
    expect(within(table).getByRole('row', { name: /Totale/ }).textContent).toContain('1.885');
  });

  it('shows the measure the address asks for when the data has it, else SEND (1.4.5)', () => {
    expect(pickIndicator('1.4.1', italy)).toBe('1.4.1');
    expect(pickIndicator('switchoff', italy)).toBe('switchoff');
    expect(pickIndicator('1.2', italy)).toBe('1.4.5');
    expect(pickIndicator(null, italy)).toBe('1.4.5');
  });

  it('says on an abolished province, and on its region, that no shipped list gives its comuni a new province', () => {
    const province = { ...italy, level: 'province' as const, code: '091' };
    expect(abolishedNote(province, it_)).toMatch(/^Questa provincia è stata soppressa nel 2025/);
    expect(abolishedNote({ ...province, code: '114' }, it_)).toBeUndefined();
    const sardegna = { ...italy, level: 'region' as const, code: '20', areas: [area('091', 'Nuoro', 12, 1, 0)] };
    expect(abolishedNote(sardegna, it_)).toMatch(/nessun elenco incluso dice in quale nuova provincia/);
    expect(abolishedNote({ ...sardegna, areas: [area('114', 'Nuoro', 50, 1, 0)] }, it_)).toBeUndefined();
    expect(abolishedNote(italy, it_)).toBeUndefined();
  });
});

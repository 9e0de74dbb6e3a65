import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PADIGITALE_SOURCE, PNRR_MEASURES } from '@switchoff/domain';
import { screen, within } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { ItalyMap, MapArea } from '../../api-types';
import { it as it_ } from '../../i18n/it';
import { Choropleth, type MapItem } from '../../maps/choropleth';
import { propertyOf, shapesOf } from '../../maps/shapes';
import { renderInApp } from '../../test-utils';
import { pickIndicator } from './indicator';
import { abolishedNote } from './italy-maps';
import { MapTable } from './map-table';

// Prato's seven comuni, as shipped.
const prato = JSON.parse(
  readFileSync(join(process.cwd(), 'src/maps/geo/limits_P_100_municipalities.topo.json'), 'utf8'),
) as Topology;

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
  it('reads the shipped boundaries: one shape per comune, or their province joined into one', () => {
    const comuni = shapesOf(prato, propertyOf('com_istat_code'));
    expect(comuni.map((s) => s.key).sort()).toEqual([
      '100001',
      '100002',
      '100003',
      '100004',
      '100005',
      '100006',
      '100007',
    ]);
    const province = shapesOf(prato, (p) => propertyOf('com_istat_code')(p).slice(0, 3), true);
    expect(province).toHaveLength(1);
    expect(province[0]?.geometry.type).toBe('MultiPolygon');
    // Two comuni under one key (merged since the boundaries were drawn) are one shape, without `join`.
    const merged = shapesOf(prato, (p) => {
      const code = propertyOf('com_istat_code')(p);
      return code === '100002' ? '100001' : code;
    });
    expect(merged.map((s) => s.key).sort()).toEqual(['100001', '100003', '100004', '100005', '100006', '100007']);
  });

  it('draws each area as a link named with its value, reachable by keyboard', () => {
    const shapes = shapesOf(prato, propertyOf('com_istat_code'));
    const items = new Map<string, MapItem>(
      shapes.map((s) => [
        s.key,
        { key: s.key, label: `Comune ${s.key}: misura completata`, href: `/comuni/${s.key}`, fill: 'c4', short: null },
      ]),
    );
    const { container } = renderInApp(
      <Choropleth shapes={shapes} items={items} title="Mappa di Prato" labels={false} />,
    );
    const map = screen.getByRole('group', { name: 'Mappa di Prato' });
    const links = within(map).getAllByRole('link');
    expect(links).toHaveLength(7);
    expect(links[0]?.getAttribute('aria-label')).toMatch(/^Comune 1000\d\d: misura completata$/);
    expect(links[0]?.getAttribute('href')).toMatch(/^\/comuni\/1000\d\d$/);
    expect(container.querySelectorAll('path[d^="M"]').length).toBeGreaterThanOrEqual(7);
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

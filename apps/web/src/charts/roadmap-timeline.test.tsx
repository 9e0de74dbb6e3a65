import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openChartTable, renderInApp, tableRows } from '../test-utils';
import type { TimelineMilestone } from './roadmap-milestone';
import { RoadmapTimeline } from './roadmap-timeline';

const data: TimelineMilestone[] = [
  {
    id: 2,
    title: 'TARI solo pagoPA',
    status: 'late',
    baselineDate: '2024-01-01',
    plannedDate: '2024-05-01',
    actualDate: null,
    slippageDays: 121,
  },
  {
    id: 1,
    title: 'Mensa solo online',
    status: 'done',
    baselineDate: '2017-09-01',
    plannedDate: '2017-09-01',
    actualDate: '2017-08-28',
    slippageDays: 0,
  },
];

describe('RoadmapTimeline', () => {
  it('draws one row per milestone with its status in words', () => {
    const { container } = renderInApp(<RoadmapTimeline data={data} today="2024-07-15" />);
    expect(container.querySelectorAll('.timeline-row')).toHaveLength(2);
    expect(container.querySelector('.timeline-label-late')?.textContent).toBe('In ritardo · TARI solo pagoPA');
    expect(screen.getByText(/2 tappe: 1 completate, 1 in ritardo/)).toBeTruthy();
  });

  it('has a table with baseline, planned and actual dates and slippage in Italian', () => {
    renderInApp(<RoadmapTimeline data={data} today="2024-07-15" />);
    const table = openChartTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Tappa', 'Stato', 'Data di riferimento', 'Data prevista', 'Data effettiva', 'Slittamento']);
    const rows = tableRows(table);
    expect(rows).toEqual([
      ['TARI solo pagoPA', 'In ritardo', '1 gennaio 2024', '1 maggio 2024', '–n.d.', '121 giorni di slittamento'],
      [
        'Mensa solo online',
        'Completata',
        '1 settembre 2017',
        '1 settembre 2017',
        '28 agosto 2017',
        'Nessuno slittamento',
      ],
    ]);
  });
});

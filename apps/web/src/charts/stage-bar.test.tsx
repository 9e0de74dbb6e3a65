import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openChartTable, renderInApp, tableRows } from '../test-utils';
import { StageBar } from './stage-bar';

describe('StageBar', () => {
  const counts = { paper: 1, hybrid: 2, digital_first: 0, switched_off: 1 };

  it('labels every segment with abbreviation and count, not colour alone', () => {
    const { container } = renderInApp(<StageBar counts={counts} subject="Ripalta Cremasca" />);
    const labels = [...container.querySelectorAll('.stage-bar-label')].map((el) => el.textContent);
    expect(labels).toEqual(['CA 1', 'IB 2', 'SO 1']);
    expect(screen.getByText('4 servizi in tutto: 1 solo digitali, 1 ancora solo cartacei.')).toBeTruthy();
  });

  it('has a table of stages with counts and shares in Italian', () => {
    renderInApp(<StageBar counts={counts} subject="Ripalta Cremasca" />);
    const table = openChartTable();
    expect(within(table).getByText('Servizi per stadio del canale – Ripalta Cremasca')).toBeTruthy();
    const rows = tableRows(table);
    expect(rows).toEqual([
      ['Solo cartaceo', '1', '25%'],
      ['Ibrido', '2', '50%'],
      ['Prima il digitale', '0', '0%'],
      ['Solo digitale (switch-off)', '1', '25%'],
    ]);
  });
});

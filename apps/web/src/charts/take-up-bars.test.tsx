import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openChartTable, renderInApp, tableRows } from '../test-utils';
import { TakeUpBars } from './take-up-bars';

describe('TakeUpBars', () => {
  const data = [
    { key: '019081', label: 'Ripalta Cremasca', takeUp: { value: 0.824, n: 1234 } },
    { key: '019035', label: 'Crema', takeUp: { value: 0.5, n: 20000 } },
    { key: '019001', label: 'Agnadello', takeUp: null },
  ];

  it('names the highest and lowest take-up and writes each value', () => {
    renderInApp(<TakeUpBars data={data} />);
    expect(screen.getByText('Adozione più alta: Ripalta Cremasca (82,4%); più bassa: Crema (50%).')).toBeTruthy();
    expect(screen.getByText('n.d.', { selector: '.take-up-bar-value' })).toBeTruthy();
  });

  it('has a table with volumes and n.d. where nothing was measured', () => {
    renderInApp(<TakeUpBars data={data} />);
    const rows = tableRows(openChartTable());
    expect(rows).toEqual([
      ['Ripalta Cremasca', '82,4%', '1.234'],
      ['Crema', '50%', '20.000'],
      ['Agnadello', '–n.d.', 'n.d.'],
    ]);
  });
});

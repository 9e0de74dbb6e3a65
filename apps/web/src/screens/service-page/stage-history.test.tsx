import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StageHistoryItem } from '../../api-types';
import { renderInApp } from '../../test-utils';
import { StageHistory } from './stage-history';

const history: StageHistoryItem[] = [
  { stage: 'paper', from: null, kind: 'start', effectiveDate: '2016-01-01', reason: 'Avvio', recordedBy: 'ufficio' },
  {
    stage: 'switched_off',
    from: 'paper',
    kind: 'advance',
    effectiveDate: '2018-05-01',
    reason: 'Solo pagoPA',
    recordedBy: 'ufficio',
  },
  {
    stage: 'digital_first',
    from: 'switched_off',
    kind: 'revert',
    effectiveDate: '2018-09-15',
    reason: 'Troppi reclami',
    recordedBy: 'ufficio',
  },
];

describe('StageHistory', () => {
  it('shows a step back labelled "ritorno indietro", never hidden', () => {
    renderInApp(<StageHistory history={history} />);
    expect(screen.getByRole('note').textContent).toContain('tornato indietro');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const revert = rows[3];
    if (!revert) throw new Error('missing row');
    expect(revert.className).toContain('row-revert');
    expect(within(revert).getByRole('rowheader').textContent).toBe('15 settembre 2018');
    expect(within(revert).getByText('ritorno indietro')).toBeTruthy();
    expect(within(revert).getByText('Troppi reclami')).toBeTruthy();
  });

  it('says when nothing was recorded', () => {
    renderInApp(<StageHistory history={[]} />);
    expect(screen.getByText('Nessun cambio di stadio registrato.')).toBeTruthy();
  });
});

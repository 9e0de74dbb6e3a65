import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../api-types';
import { ComuniTable } from '../screens/portfolio/comuni-table';
import { ServicePageView } from '../screens/service-page/service-page';
import { renderInApp } from '../test-utils';
import { publicServicePage } from '../testing/fixtures';
import { LastMonth, StaleSummary } from './freshness';

const comune = (istat: string, name: string, staleServices: number) => ({
  istat,
  name,
  provinceCode: 'CR',
  population: 1000,
  services: 4,
  stageCounts: { paper: 1, hybrid: 1, digital_first: 1, switched_off: 1 },
  takeUp: null,
  lateMilestones: 0,
  readyServices: 0,
  staleServices,
  figuresIllustrative: true,
});

describe('freshness ("dati non aggiornati")', () => {
  it('flags a stale service with icon, text and its last month, in Italian and in English', () => {
    const { unmount } = renderInApp(<LastMonth lastMonth="2026-10" stale />);
    expect(screen.getByText('Dati non aggiornati')).toBeTruthy();
    expect(screen.getByText(/ultimo mese: ott 2026/)).toBeTruthy();
    expect(document.querySelector('.stale-badge svg')).toBeTruthy();
    unmount();
    renderInApp(<LastMonth lastMonth="2026-10" stale />, { locale: 'en' });
    expect(screen.getByText('Data not up to date')).toBeTruthy();
    expect(screen.getByText(/last month: Oct 2026/)).toBeTruthy();
  });

  it('shows a fresh month plainly and "nessun dato" without figures', () => {
    renderInApp(
      <>
        <LastMonth lastMonth="2024-06" stale={false} />
        <LastMonth lastMonth={null} stale={false} />
      </>,
    );
    expect(screen.getByText('giu 2024')).toBeTruthy();
    expect(screen.getByText('nessun dato')).toBeTruthy();
    expect(screen.queryByText('Dati non aggiornati')).toBeNull();
  });

  it('counts stale services above a list, and says nothing when there are none', () => {
    const { container } = renderInApp(<StaleSummary count={0} />);
    expect(container.textContent).toBe('');
    renderInApp(<StaleSummary count={3} />);
    expect(screen.getByText('3 servizi con dati non aggiornati.')).toBeTruthy();
  });

  it('gives each comune of the portfolio its count of stale services', () => {
    const portfolio = {
      comuni: [comune('019081', 'Ripalta Cremasca', 2), comune('019035', 'Crema', 0)],
    } as unknown as Portfolio;
    renderInApp(<ComuniTable portfolio={portfolio} />);
    expect(screen.getByRole('columnheader', { name: 'Dati non aggiornati' })).toBeTruthy();
    const ripalta = screen.getByRole('row', { name: /Ripalta Cremasca/ });
    const cells = within(ripalta).getAllByRole('cell');
    expect(cells.at(-1)?.textContent).toBe('2');
    expect(cells.at(-1)?.querySelector('svg')).toBeTruthy();
  });

  it('warns on the service page when its figures stop too early', async () => {
    renderInApp(<ServicePageView data={{ ...publicServicePage, lastMonth: '2024-02', stale: true }} />);
    expect(await screen.findByText(/Dati non aggiornati · ultimo mese: feb 2024/)).toBeTruthy();
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-utils';
import CouncilReportScreen, { CouncilReportView } from './council-report';
import { councilReport } from './report-fixture';
import { cssString } from './running-head';

const section = (name: string) => screen.getByRole('region', { name });

describe('council report', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the comune and the period, and says when it was prepared', () => {
    renderInApp(<CouncilReportView report={councilReport} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Comune di Ripalta Cremasca: lo switch-off dei servizi' }),
    ).toBeTruthy();
    expect(screen.getByText('Periodo: da luglio 2023 a giugno 2024')).toBeTruthy();
    expect(screen.getByText(/Preparata il 15 luglio 2024/)).toBeTruthy();
    expect(document.title).toContain('Ripalta Cremasca – relazione per il consiglio, da luglio 2023 a giugno 2024');
  });

  it('prints the comune and the period at the top of every page, and only while the report is shown', () => {
    const { unmount } = renderInApp(<CouncilReportView report={councilReport} />);
    const rules = () => [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
    expect(rules()).toContain(
      '@page { @top-left { content: "Comune di Ripalta Cremasca – relazione per il consiglio comunale, da luglio 2023 a giugno 2024"; } }',
    );
    unmount();
    expect(rules()).not.toContain('@top-left');
  });

  it('writes a name with quotes or markup as a safe CSS string', () => {
    expect(cssString('Sant\'Anna "alta" </style>\\')).toBe('"Sant\'Anna \\"alta\\" \\3C /style>\\\\"');
  });

  it('sums up the period in figures and in words', () => {
    renderInApp(<CouncilReportView report={councilReport} />);
    const summary = section('In sintesi');
    expect(within(summary).getByText('1 su 2')).toBeTruthy();
    expect(within(summary).getByText('82,4%')).toBeTruthy();
    expect(within(summary).getByText('periodo precedente: 75%')).toBeTruthy();
    expect(
      within(summary).getByText(
        'Nel periodo ci sono stati 2 cambi di stadio (1 avanzamento, 1 ritorno indietro); 1 tappa completata; oggi 1 tappa è in ritardo.',
      ),
    ).toBeTruthy();
  });

  it('shows each service at the start and end of the period, and every change with its reason', () => {
    renderInApp(<CouncilReportView report={councilReport} />);
    const stages = section('Gli stadi dei servizi');
    const tari = within(stages).getAllByRole('row', { name: /Pagamento TARI/ })[0];
    expect(tari?.textContent).toContain('Solo cartaceo');
    expect(tari?.textContent).toContain('Prima il digitale');
    expect(tari?.textContent).toContain('Dati non aggiornati');
    const changes = within(stages).getByRole('table', { name: /Cambi di stadio nel periodo/ });
    const rows = within(changes).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('1 settembre 2023'),
      expect.stringContaining('Troppi reclami allo sportello'),
    ]);
    expect(rows[1]?.textContent).toContain('ritorno indietro');
    expect(rows[1]?.className).toContain('row-revert');
  });

  it('shows the take-up chart and, always, its table', () => {
    renderInApp(<CouncilReportView report={councilReport} />);
    const takeUp = section('Adozione digitale');
    expect(
      within(takeUp).getByRole('heading', { name: 'Pratiche per canale e adozione digitale, mese per mese' }),
    ).toBeTruthy();
    const table = within(takeUp).getByRole('table', { name: /Ripalta Cremasca, da luglio 2023 a giugno 2024/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getAllByText('mese senza dati').length).toBeGreaterThan(0);
  });

  it('lists milestones done, late with their re-plans and reasons, and next', () => {
    renderInApp(<CouncilReportView report={councilReport} />);
    const milestones = section('Tappe della roadmap');
    expect(within(section('Completate nel periodo (1)')).getByText(/Mensa solo online/)).toBeTruthy();
    const late = section('In ritardo (1)');
    expect(within(late).getByText(/TARI solo pagoPA/)).toBeTruthy();
    expect(within(late).getByText('scaduta da 75 giorni')).toBeTruthy();
    expect(
      within(late).getByText(
        'il 10 dicembre 2023: dal 1 gennaio 2024 al 1 maggio 2024 – Gara del fornitore in ritardo',
      ),
    ).toBeTruthy();
    // Re-planned past its baseline: listed as slipped with its slippage, never among the next ones.
    expect(within(section('Slittate (1)')).getByText(/Formazione sportello/)).toBeTruthy();
    expect(within(section('Slittate (1)')).getByText('61 giorni di slittamento')).toBeTruthy();
    expect(within(section('Le prossime (1)')).getByText('A rischio')).toBeTruthy();
    expect(milestones).toBeTruthy();
  });

  it('gives the readiness of services not yet digital only, with what is missing', () => {
    renderInApp(<CouncilReportView report={councilReport} />);
    const readiness = section('Pronti allo switch-off?');
    const rows = within(readiness).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('Pagamento TARI');
    expect(rows[0]?.textContent).toContain('Non ancora pronto');
    expect(rows[0]?.textContent).toContain('pagoPA non attivo');
  });

  it('prints with the Stampa button', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderInApp(<CouncilReportView report={councilReport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Stampa' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('reads in English', () => {
    renderInApp(<CouncilReportView report={councilReport} />, { locale: 'en' });
    expect(screen.getByText('Period: from July 2023 to June 2024')).toBeTruthy();
    expect(screen.getByText('82.4%')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ready for switch-off?' })).toBeTruthy();
  });
});

describe('council report address', () => {
  const routes = (
    <Routes>
      <Route path="comuni/:istat/relazione" element={<CouncilReportScreen />} />
    </Routes>
  );

  it('asks the API for the period in the address', async () => {
    const { calls } = renderInApp(routes, {
      path: '/comuni/019081/relazione?da=2023-07&a=2024-06',
      api: { 'reports.council': () => councilReport },
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Ripalta Cremasca/ })).toBeTruthy();
    expect(calls.find((c) => c.path === 'reports.council')?.input).toEqual({
      istat: '019081',
      from: '2023-07',
      to: '2024-06',
    });
  });

  it('says what is wrong with a period that ends before it starts, without asking the API', async () => {
    const { calls } = renderInApp(routes, {
      path: '/comuni/019081/relazione?da=2024-05&a=2024-01',
      api: { 'reports.council': () => councilReport },
    });
    expect(await screen.findByText('Il mese iniziale non può venire dopo il mese finale')).toBeTruthy();
    expect(screen.getByLabelText('Dal mese').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.path === 'reports.council')).toBe(false);
  });
});

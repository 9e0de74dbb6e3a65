import { PADIGITALE_SOURCE, REGISTRY_SOURCE } from '@switchoff/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComuneNational } from '../../api-types';
import { renderInApp } from '../../test-utils';
import { CeasedComuneView } from './ceased-comune';
import { UntrackedComuneView } from './untracked-comune';

const agliè: ComuneNational = {
  comune: {
    istatCode: '001001',
    name: 'Agliè',
    provinceCode: 'TO',
    provinceIstat: '001',
    provinceName: 'Torino',
    regionCode: '01',
    regionName: 'Piemonte',
    population: 2644,
    ipaCode: 'c_a074',
    formerIstat: null,
  },
  reachedFrom: null,
  mergedFrom: [],
  formerName: null,
  trackedBy: null,
  applications: [
    {
      measure: '1.4.5',
      call: "1.4.5 'Piattaforma Notifiche Digitali' Comuni (Settembre 2022)",
      cup: 'C91F22003120006',
      state: 'E',
      stateDate: '2024-05-16',
      amountCents: 2_314_700,
      snapshotDate: '2026-08-22',
      history: [
        { state: 'A', stateDate: '2023-01-03' },
        { state: 'E', stateDate: '2024-05-16' },
      ],
    },
  ],
  derived: [{ platform: 'send', state: 'active', measure: '1.4.5', date: '2024-05-16' }],
  entered: [],
  snapshots: ['2026-08-22'],
  source: PADIGITALE_SOURCE,
  registrySource: REGISTRY_SOURCE,
};

describe('the page of a comune no consortium tracks', () => {
  it('says its services are not tracked, shows its PNRR measures with source, licence and date, and the platforms', () => {
    renderInApp(<UntrackedComuneView data={agliè} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Agliè' })).toBeTruthy();
    expect(screen.getByText(/non sono ancora seguiti in Switch-off/)).toBeTruthy();
    const measures = screen.getByRole('table', { name: /Candidature finanziate/ });
    const row = within(measures).getByRole('row', { name: /1\.4\.5/ });
    expect(row.textContent).toContain('Completata e pagata (progetto asseverato) il 16 maggio 2024');
    expect(row.textContent).toContain('23.147,00');
    expect(row.textContent).toContain('Finanziata il 3 gennaio 2023');
    expect(screen.getByText(/licenza CC BY 4\.0; dati al 22 agosto 2026/)).toBeTruthy();
    const platforms = screen.getByRole('table', { name: 'Piattaforme che le misure PNRR del comune indicano' });
    expect(within(platforms).getByRole('row', { name: /SEND/ }).textContent).toContain('misura 1.4.5, 16 maggio 2024');
    expect(within(platforms).queryByText('Inserito dal consorzio')).toBeNull();
  });

  it('leaves out the platforms section when no measure points to one, and says when the population is unknown', () => {
    const bare = {
      ...agliè,
      applications: [],
      derived: [],
      snapshots: [],
      comune: { ...agliè.comune, population: null },
    };
    renderInApp(<UntrackedComuneView data={bare} />);
    expect(screen.queryByRole('heading', { name: /Piattaforme nazionali/ })).toBeNull();
    expect(screen.getByText(/non compare in nessuna candidatura finanziata/)).toBeTruthy();
    expect(screen.getByText(/non disponibile/)).toBeTruthy();
  });

  it('names the comuni merged into it, whose census its population sums', () => {
    const merged = {
      ...agliè,
      comune: { ...agliè.comune, istatCode: '012144', name: 'Bardello con Malgesso e Bregano', population: 3687 },
      mergedFrom: [
        { istat: '012009', name: 'Bardello' },
        { istat: '012018', name: 'Bregano' },
      ],
    };
    renderInApp(<UntrackedComuneView data={merged} />);
    expect(screen.getByText(/3\.687 \(censimento 2011, compresi i comuni confluiti: Bardello, Bregano\)/)).toBeTruthy();
    expect(screen.getByText('Bardello (ISTAT 012009), Bregano (ISTAT 012018)')).toBeTruthy();
  });

  it('names a renamed comune by its current name and gives its former one', () => {
    const renamed = {
      ...agliè,
      comune: { ...agliè.comune, istatCode: '068033', name: 'Popoli Terme' },
      formerName: 'Popoli',
    };
    renderInApp(<UntrackedComuneView data={renamed} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Popoli Terme' })).toBeTruthy();
    expect(screen.getByText('Nome precedente').nextElementSibling?.textContent).toBe('Popoli');
  });

  it('says when its province was abolished in 2025 and no shipped list gives the new one', () => {
    const jerzu = { ...agliè, comune: { ...agliè.comune, istatCode: '091035', name: 'Jerzu', provinceIstat: '091' } };
    renderInApp(<UntrackedComuneView data={jerzu} />);
    expect(screen.getByText(/Provincia di Nuoro \(provincia soppressa nel 2025\)/)).toBeTruthy();
    expect(screen.getByText(/nessun elenco incluso dice in quale nuova provincia si trova/)).toBeTruthy();
  });

  it("at a ceased comune's code, says it was merged and links to its successor's page", () => {
    const successor = {
      ...agliè,
      comune: { ...agliè.comune, istatCode: '012144', name: 'Bardello con Malgesso e Bregano' },
    };
    renderInApp(<CeasedComuneView data={successor} ceased={{ istat: '012018', name: 'Bregano' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Bregano' })).toBeTruthy();
    expect(
      screen.getByText(/Bregano \(codice ISTAT 012018\) non è più un comune: è confluito in Bardello/),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Vai alla pagina di Bardello con Malgesso e Bregano' });
    expect(link.getAttribute('href')).toBe('/comuni/012144');
  });
});

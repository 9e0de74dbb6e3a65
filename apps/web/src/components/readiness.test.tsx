import { type Readiness, type ReadinessInShort, readinessInShort } from '@switchoff/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../test-utils';
import { notReady } from '../testing/fixtures';
import { ForecastText } from './forecast-text';
import { IllustrativeNotice } from './illustrative-notice';
import { ReadinessChecklist, useMissingText } from './readiness';
import { StageBadge } from './stage-badge';

describe('ReadinessChecklist', () => {
  it('lists every condition with ✓ or ✗ and its facts in Italian', () => {
    renderInApp(<ReadinessChecklist readiness={notReady} />);
    expect(screen.getByText('Non ancora pronto')).toBeTruthy();
    expect(
      screen.getByText('Adozione digitale non inferiore all’obiettivo (80%) negli ultimi 3 mesi con dati'),
    ).toBeTruthy();
    expect(screen.getByText(/apr 2024 70% · mag 2024 75% · giu 2024 82,4%/)).toBeTruthy();
    expect(screen.getByText('pagoPA: In attivazione')).toBeTruthy();
    expect(screen.getByText(/SPID: Attiva · CIE: non registrato/)).toBeTruthy();
    expect(screen.getAllByRole('img', { name: 'Condizione non soddisfatta' })).toHaveLength(2);
    expect(screen.getAllByRole('img', { name: 'Condizione soddisfatta' })).toHaveLength(2);
  });

  it('says a switched-off service needs no checklist', () => {
    renderInApp(<ReadinessChecklist readiness={{ status: 'switched_off' }} />);
    expect(screen.getByText('Il servizio è già solo digitale.')).toBeTruthy();
  });
});

function Missing({ readiness }: { readiness: Readiness | ReadinessInShort }) {
  return <p>{useMissingText()(readiness)}</p>;
}

describe('what is missing, in one line', () => {
  it('names each missing condition', () => {
    renderInApp(<Missing readiness={notReady} />);
    expect(
      screen.getByText(
        'adozione digitale sotto l’obiettivo negli ultimi 3 mesi (apr 2024 70%, mag 2024 75%, giu 2024 82,4%); pagoPA non attivo',
      ),
    ).toBeTruthy();
  });
  it("words the overview's verdict in short (its unmet conditions only) the same", () => {
    if (notReady.status !== 'not_ready') throw new Error('the fixture is not ready');
    const inShort = readinessInShort(notReady);
    expect(inShort).toEqual({ status: 'not_ready', unmet: notReady.conditions.filter((c) => !c.met) });
    renderInApp(<Missing readiness={inShort} />);
    expect(
      screen.getByText(
        'adozione digitale sotto l’obiettivo negli ultimi 3 mesi (apr 2024 70%, mag 2024 75%, giu 2024 82,4%); pagoPA non attivo',
      ),
    ).toBeTruthy();
  });
  it('says when there are too few months with figures', () => {
    const readiness: Readiness = {
      status: 'not_ready',
      missing: ['take_up'],
      conditions: [{ key: 'take_up', met: false, target: 0.8, months: [], reason: 'not_enough_data', lastMonth: null }],
    };
    renderInApp(<Missing readiness={readiness} />);
    expect(screen.getByText('meno di 3 mesi con dati sull’adozione')).toBeTruthy();
  });
  it('says when the figures are stale, and the checklist names their last month', () => {
    const [takeUp] = notReady.status === 'not_ready' ? notReady.conditions : [];
    if (takeUp?.key !== 'take_up') throw new Error('the fixture starts with take-up');
    const readiness: Readiness = {
      status: 'not_ready',
      missing: ['take_up'],
      conditions: [{ ...takeUp, reason: 'stale' }],
    };
    renderInApp(<Missing readiness={readiness} />);
    expect(screen.getByText('dati non aggiornati')).toBeTruthy();
    renderInApp(<ReadinessChecklist readiness={readiness} />);
    expect(screen.getByText('Dati non aggiornati: l’ultimo mese con dati è giu 2024.')).toBeTruthy();
  });
});

describe('ForecastText', () => {
  it.each([
    [{ kind: 'reached', since: '2018-05' } as const, 'Obiettivo raggiunto da maggio 2018.'],
    [
      {
        kind: 'forecast',
        month: '2027-05',
        monthsAway: 7,
        latestMonth: '2026-10',
        slopePerMonth: 0.01,
        low: 0.004,
        high: 0.016,
      } as const,
      'Obiettivo previsto per maggio 2027, se l’andamento recente continua.',
    ],
    [{ kind: 'not_enough_data', monthsWithData: 2, needed: 6 } as const, 'Dati insufficienti per una previsione.'],
    [
      { kind: 'no_clear_trend', slopePerMonth: 0.0009, low: -0.004, high: 0.0058 } as const,
      'Nessuna tendenza chiara: l’andamento recente non permette una previsione.',
    ],
    [
      { kind: 'falling', slopePerMonth: -0.01, low: -0.015, high: -0.005 } as const,
      'Adozione in calo: con l’andamento recente l’obiettivo non viene raggiunto.',
    ],
    [
      { kind: 'stale', lastMonth: '2025-09' } as const,
      'Dati non aggiornati (ultimo mese con dati: set 2025): nessuna previsione.',
    ],
  ])('words %j', (forecast, text) => {
    renderInApp(<ForecastText forecast={forecast} />);
    expect(screen.getByText(text)).toBeTruthy();
  });
  it('gives the slope and its interval in points, with the decimal comma', () => {
    renderInApp(
      <ForecastText forecast={{ kind: 'no_clear_trend', slopePerMonth: 0.0009, low: -0.004, high: 0.0058 }} />,
    );
    expect(
      screen.getByText('Variazione di +0,09 punti al mese (intervallo di confidenza al 95%: da -0,4 a +0,58).'),
    ).toBeTruthy();
  });
  it('says 1 mese, not 1 mesi', () => {
    renderInApp(<ForecastText forecast={{ kind: 'not_enough_data', monthsWithData: 1, needed: 6 }} />);
    expect(screen.getByText('C’è 1 mese con dati negli ultimi 12; ne servono almeno 6.')).toBeTruthy();
  });
});

describe('StageBadge and IllustrativeNotice', () => {
  it('shows the stage as text, or its abbreviation with the full name for screen readers', () => {
    renderInApp(
      <>
        <StageBadge stage="switched_off" />
        <StageBadge stage="hybrid" compact />
        <StageBadge stage={null} compact />
      </>,
    );
    expect(screen.getByText('Solo digitale (switch-off)')).toBeTruthy();
    expect(screen.getByText('IB')).toBeTruthy();
    expect(screen.getByText('Ibrido')).toBeTruthy();
    expect(screen.getByText('Servizio non attivato')).toBeTruthy();
  });
  it('shows "Dati illustrativi" only when the figures are illustrative', () => {
    const { container } = renderInApp(<IllustrativeNotice show={false} />);
    expect(container.textContent).toBe('');
    renderInApp(<IllustrativeNotice show />);
    expect(screen.getByText('Dati illustrativi.')).toBeTruthy();
  });
  it('on a consortium page names the comuni whose figures are illustrative, not "questo comune"', () => {
    const { container } = renderInApp(<IllustrativeNotice comuni={['Alfa', 'Beta']} />);
    expect(container.textContent).toContain(
      'Le cifre mensili di 2 comuni di questo consorzio (Alfa, Beta) sono illustrative',
    );
    expect(container.textContent).not.toContain('questo comune');
    const one = renderInApp(<IllustrativeNotice comuni={['Alfa']} />);
    expect(one.container.textContent).toContain('di un comune di questo consorzio (Alfa)');
    expect(renderInApp(<IllustrativeNotice comuni={[]} />).container.textContent).toBe('');
  });
});

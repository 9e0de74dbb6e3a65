import type { Readiness } from '@switchoff/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../test-utils';
import { ForecastText } from './forecast-text';
import { IllustrativeNotice } from './illustrative-notice';
import { ReadinessChecklist, useMissingText } from './readiness';
import { StageBadge } from './stage-badge';

const notReady: Readiness = {
  status: 'not_ready',
  missing: ['take_up', 'pagopa'],
  conditions: [
    {
      key: 'take_up',
      met: false,
      target: 0.8,
      months: [
        { month: '2024-04', takeUp: 0.7 },
        { month: '2024-05', takeUp: 0.75 },
        { month: '2024-06', takeUp: 0.824 },
      ],
    },
    { key: 'pagopa', met: false, state: 'in_progress' },
    { key: 'identity', met: true, spid: 'active', cie: null },
    { key: 'assisted_desk', met: true },
  ],
};

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

function Missing({ readiness }: { readiness: Readiness }) {
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
  it('says when there are too few months with figures', () => {
    const readiness: Readiness = {
      status: 'not_ready',
      missing: ['take_up'],
      conditions: [{ key: 'take_up', met: false, target: 0.8, months: [], reason: 'not_enough_data' }],
    };
    renderInApp(<Missing readiness={readiness} />);
    expect(screen.getByText('meno di 3 mesi con dati sull’adozione')).toBeTruthy();
  });
});

describe('ForecastText', () => {
  it.each([
    [{ kind: 'reached', since: '2018-05' } as const, 'Obiettivo raggiunto da maggio 2018.'],
    [
      { kind: 'forecast', month: '2027-05', monthsAway: 7, latestMonth: '2026-10', slopePerMonth: 0.01 } as const,
      'Obiettivo previsto per maggio 2027, se l’andamento recente continua.',
    ],
    [{ kind: 'not_enough_data', monthsWithData: 2, needed: 6 } as const, 'Dati insufficienti per una previsione.'],
    [
      { kind: 'no_progress', slopePerMonth: -0.01 } as const,
      'Nessun progresso: con l’andamento recente l’obiettivo non viene raggiunto.',
    ],
  ])('words %j', (forecast, text) => {
    renderInApp(<ForecastText forecast={forecast} />);
    expect(screen.getByText(text)).toBeTruthy();
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
});

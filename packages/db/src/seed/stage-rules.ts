import type { Stage, YearMonth } from '@switchoff/domain';
import type { Maturity } from './comuni';
import { firstDay } from './dates';
import type { StagePlan } from './plan';
import type { Rng } from './prng';

/*
 * How the demo's comuni and the generator's place a service's history: the same maturity,
 * affinity and thresholds, so that a generated comune reads like the demo's.
 */

/** The first day monitored: every generated history starts on paper then. */
export const START = '2016-01-01';
export const PAPER_AT_START = "Situazione all'avvio del monitoraggio: solo modulo cartaceo allo sportello";

/** A history on paper from the first day monitored, then the `later` stages. */
export const paperThen = (...later: StagePlan[]): StagePlan[] => [
  { stage: 'paper', date: START, reason: PAPER_AT_START },
  ...later,
];

const MATURITY_SCORE: Record<Maturity, number> = { low: 0.15, medium: 0.42, high: 0.66 };
/** From when a comune of that maturity starts putting services online. */
export const FIRST_ONLINE: Record<Maturity, YearMonth> = { low: '2019-06', medium: '2018-01', high: '2017-01' };

/**
 * How ready a service usually is to go digital, added to the comune's maturity: services that go
 * digital early (payments, school) or late (F24, paper-heavy procedures). The demo and the
 * generator each add the services only they offer.
 */
export const AFFINITY: Readonly<Record<string, number>> = {
  'mensa-scolastica': 0.2,
  'trasporto-scolastico': 0.12,
  'centro-estivo': 0.15,
  tari: 0.2,
  imu: -0.25,
  'certificati-anagrafici': 0.1,
  'pubblicazioni-matrimonio': -0.25,
  'accesso-atti': -0.1,
  'pratiche-edilizie': 0.2,
  'contributi-assistenza': -0.1,
  segnalazioni: 0.1,
  biblioteca: 0.1,
};

/**
 * The stage a service's history climbs towards: the comune's maturity, the service's affinity and
 * chance (one draw of `rng`). IMU is paid with F24 by law: no comune switches it off.
 */
export function targetStage(p: {
  maturity: Maturity;
  slug: string;
  affinity: Record<string, number>;
  rng: Rng;
}): Stage {
  const score = MATURITY_SCORE[p.maturity] + (p.affinity[p.slug] ?? 0) + p.rng.between(-0.2, 0.25);
  if (score < 0.3) return 'paper';
  if (score < 0.55) return 'hybrid';
  if (score < 0.8 || p.slug === 'imu') return 'digital_first';
  return 'switched_off';
}

const CLIMB: readonly Stage[] = ['paper', 'hybrid', 'digital_first', 'switched_off'];

/**
 * A history that climbs from paper towards `target` through the months given (each step on the
 * first day of its month), stopping at the target or at the last step reached by `latestDate`.
 * `reasons` says why the service went hybrid and why it was switched off, as the comune put it.
 */
export function climbingHistory(p: {
  target: Stage;
  latestDate: string;
  months: { hybrid: YearMonth; digitalFirst: YearMonth; switchedOff: YearMonth };
  reasons: { hybrid: string; switchedOff: string };
}): StagePlan[] {
  const steps: StagePlan[] = [
    { stage: 'hybrid', date: firstDay(p.months.hybrid), reason: p.reasons.hybrid },
    {
      stage: 'digital_first',
      date: firstDay(p.months.digitalFirst),
      reason: 'Online come canale principale: modulo cartaceo solo su richiesta allo sportello',
    },
    { stage: 'switched_off', date: firstDay(p.months.switchedOff), reason: p.reasons.switchedOff },
  ];
  const wanted = CLIMB.indexOf(p.target);
  return paperThen(...steps.filter((step, i) => i < wanted && step.date <= p.latestDate));
}

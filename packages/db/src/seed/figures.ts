import type { Stage, YearMonth } from '@switchoff/domain';
import { type FiguresColumns, figuresColumnsOf } from '../rows/figures';
import type { CatalogueEntry } from './catalogue';
import { monthAt, monthIndex } from './dates';
import type { StagePlan } from './plan';
import { createRng, type Rng } from './prng';

/** The first month of the demo figures: monitoring starts with 2016. */
export const FIGURES_FROM: YearMonth = '2016-01';
/** Cost accounting per service starts in 2019 in the demo. */
const COSTS_FROM: YearMonth = '2019-01';

/** A generated month of one service: its month and the stored value columns. */
export type FigureRow = FiguresColumns & { month: YearMonth };

/** What of a service's plan (seed or generator) its figures follow. */
export type FiguresPlan = {
  stages: readonly StagePlan[];
  missingMonths: readonly YearMonth[];
  lastMonth: YearMonth | null;
  digitalCeiling: number | null;
};

/** Where the service is: its comune's size and pagoPA, its catalogue entry, the months to cover. */
export type FiguresPlace = {
  /** Key of the service's random stream (ISTAT code and slug). */
  key: string;
  population: number;
  entry: CatalogueEntry;
  /** First month pagoPA is active in the comune; null when it never is. */
  pagopaFrom: YearMonth | null;
  until: YearMonth;
};

export type FiguresInput = FiguresPlan & FiguresPlace;

/** The stage in force during `month`: the latest event that took effect in or before it. */
function stageIn(stages: readonly StagePlan[], month: YearMonth): Stage {
  let stage: Stage = 'paper';
  for (const event of stages) {
    if (event.date.slice(0, 7) <= month) stage = event.stage;
  }
  return stage;
}

/** Rounds up with probability equal to the fraction, so small volumes still add up right. */
function roundRandomly(value: number, rng: Rng): number {
  const floor = Math.floor(value);
  return floor + (rng.next() < value - floor ? 1 : 0);
}

/** How much of the usual volume happened during the spring 2020 lockdown. */
function lockdownFactor(month: YearMonth, school: boolean): number {
  if (month < '2020-03' || month > '2020-05') return 1;
  return school ? 0.05 : 0.45;
}

function satisfaction(online: number, quality: number, rng: Rng): [number, number, number, number, number] {
  const answers = roundRandomly(online * rng.between(0.04, 0.12), rng);
  const weights = [0.07 - 0.04 * quality, 0.09 - 0.05 * quality, 0.2 - 0.08 * quality, 0.34, 0.3 + 0.17 * quality];
  const total = weights.reduce((sum, w) => sum + w, 0);
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let left = answers;
  for (let i = 0; i < 4; i += 1) {
    const count = Math.min(left, roundRandomly((answers * (weights[i] ?? 0)) / total, rng));
    counts[i] = count;
    left -= count;
  }
  counts[4] = left;
  return counts;
}

/**
 * Monthly figures of one service from 2016-01 to `until` (or its last month), following its stage:
 * paper only ⇒ no online; hybrid ⇒ a digital share rising towards a ceiling; digital first ⇒ most
 * transactions digital; switched off ⇒ no paper, 5–15% assisted at the desk.
 */
export function generateFigures(plan: FiguresPlan, place: FiguresPlace): FigureRow[] {
  const input: FiguresInput = {
    ...place,
    stages: plan.stages,
    missingMonths: plan.missingMonths,
    lastMonth: plan.lastMonth,
    digitalCeiling: plan.digitalCeiling,
  };
  const { entry } = input;
  const rng = createRng(`figures:${input.key}`);
  const ceiling = input.digitalCeiling ?? rng.between(0.35, 0.85);
  // Digital first does not make every service ready: some level off below the usual 80% target.
  const digitalFirstLevel = rng.between(0.68, 0.94);
  const speed = rng.between(0.04, 0.1);
  const assistedOfDigital = rng.between(0.12, 0.3);
  // 5–15% of a switched-off service still goes through the assisted desk.
  const assistedAfterSwitchOff = rng.between(0.0625, 0.125);
  const trendPerYear = rng.between(-0.03, 0.03);
  const quality = rng.between(0.2, 1);
  const season = entry.season;
  const seasonMean = season.reduce((sum, w) => sum + w, 0) / 12;
  const perMonth = (input.population * entry.yearlyPer1000) / 1000 / 12;
  const lastMonth = input.lastMonth ?? input.until;
  const missing = new Set(input.missingMonths);

  const rows: FigureRow[] = [];
  let digitalShare = 0;
  let previous: Stage = 'paper';
  const from = monthIndex(FIGURES_FROM);
  for (let index = from; index <= monthIndex(input.until); index += 1) {
    const month = monthAt(index);
    const stage = stageIn(input.stages, month);
    digitalShare = nextDigitalShare({ stage, previous, digitalShare, ceiling, digitalFirstLevel, speed });
    previous = stage;
    // Draw the month's noise even when the month is skipped, so gaps do not shift later months.
    const noise = rng.between(0.88, 1.12);
    const extra = rng.next();
    if (month > lastMonth || missing.has(month)) continue;

    const calendarMonth = (index % 12) + 1;
    const years = (index - from) / 12;
    const volume =
      perMonth *
      ((season[calendarMonth - 1] ?? 0) / seasonMean) *
      (1 + trendPerYear * years) *
      lockdownFactor(month, entry.school) *
      noise;
    const total = roundRandomly(volume, rng);
    const digital = stage === 'switched_off' ? total : Math.round(total * digitalShare);
    const assisted =
      stage === 'switched_off'
        ? Math.round(total * assistedAfterSwitchOff * (0.8 + 0.4 * extra))
        : Math.round(digital * assistedOfDigital);
    const online = digital - assisted;
    const paper = total - digital;
    const scores = satisfaction(online, quality, rng);

    let paymentsTotal: number | null = null;
    let paymentsPagopa: number | null = null;
    if (entry.takesPayment) {
      paymentsTotal = Math.min(total, roundRandomly(total * entry.paymentRatio, rng));
      const pagopaShare = pagopaShareIn({ month, stage, digitalShare, pagopaFrom: input.pagopaFrom, slug: entry.slug });
      paymentsPagopa = Math.min(paymentsTotal, Math.round(paymentsTotal * pagopaShare));
    }

    const costCents =
      entry.costed && month >= COSTS_FROM
        ? Math.round(input.population * 2 + paper * 900 + assisted * 600 + online * 150)
        : null;

    rows.push({
      month,
      ...figuresColumnsOf({ online, assisted, paper, paymentsTotal, paymentsPagopa, satisfaction: scores, costCents }),
    });
  }
  return rows;
}

/** The digital share moves a step towards where the stage leads; paper and switch-off are immediate. */
function nextDigitalShare(p: {
  stage: Stage;
  previous: Stage;
  digitalShare: number;
  ceiling: number;
  digitalFirstLevel: number;
  speed: number;
}): number {
  switch (p.stage) {
    case 'paper':
      return 0;
    case 'switched_off':
      return 1;
    case 'hybrid': {
      const start = p.previous === 'paper' ? 0.05 : p.digitalShare;
      return start + (p.ceiling - start) * p.speed;
    }
    case 'digital_first': {
      // After a revert from switch-off some paper comes back at once.
      const start = p.previous === 'switched_off' ? 0.9 : Math.max(p.digitalShare, 0.6);
      return start + (p.digitalFirstLevel - start) * 0.12;
    }
  }
}

/**
 * Share of payments made through pagoPA: none before the comune joins; all of them once the
 * service is digital only; otherwise the digital payments plus the pagoPA notices paid at a
 * bank or tobacconist, which grow as notices replace the old slips. IMU is paid mostly with F24.
 */
function pagopaShareIn(p: {
  month: YearMonth;
  stage: Stage;
  digitalShare: number;
  pagopaFrom: YearMonth | null;
  slug: string;
}): number {
  if (p.pagopaFrom === null || p.month < p.pagopaFrom) return 0;
  if (p.stage === 'switched_off') return 1;
  const monthsActive = monthIndex(p.month) - monthIndex(p.pagopaFrom);
  const noticesAtCounter = Math.min(0.6, 0.1 + monthsActive * 0.015);
  const share = p.digitalShare + (1 - p.digitalShare) * noticesAtCounter;
  return p.slug === 'imu' ? share * 0.15 : share;
}

import type { YearMonth } from '@switchoff/domain';
import type { Maturity } from './comuni';
import { addDays, monthAt, monthIndex } from './dates';
import type { MilestoneInput, PlatformPlan, ServicePlan } from './plan';
import type { Rng } from './prng';

// The parts of a comune's roadmap that the demo's other comuni (others-roadmap.ts) and the
// national generator (generate/roadmap.ts) build alike; each keeps its own numbers and order of draws.

/** The first day of a month drawn from `from` to `spread` months after it. */
export const drawMonthStart = (from: YearMonth, rng: Rng, spread: number): string =>
  `${monthAt(monthIndex(from) + rng.int(0, spread))}-01`;

/** Titles are illustrative, like Ripalta's. */
export const DATASET_TITLES = [
  'Popolazione residente per età',
  'Raccolta differenziata',
  'Elenco servizi comunali',
] as const;

/** From when a comune of each maturity was on pagoPA and in ANPR. */
export const PAGOPA_FROM: Record<Maturity, YearMonth> = { high: '2017-10', medium: '2018-09', low: '2019-10' };
export const ANPR_FROM: Record<Maturity, YearMonth> = { high: '2018-09', medium: '2019-03', low: '2019-10' };

/** A platform's state and activation as a plan writes them, by how far a comune of `maturity` is. */
export function platformStates(maturity: Maturity) {
  const active = (date: string, note = '') => ({ state: 'active' as const, activationDate: date, note });
  const notYet = (state: 'in_progress' | 'not_active', note = '') => ({ state, activationDate: null, note });
  // High: in service; medium: on the way; low: not yet.
  const byMaturity = (date: string) =>
    maturity === 'high' ? active(date) : notYet(maturity === 'medium' ? 'in_progress' : 'not_active');
  return { active, notYet, byMaturity };
}

/** Where a milestone that is not reached yet stands. */
export type OpenStatus = 'late' | 'at_risk' | 'on_track' | 'not_started';

/** The dates (and progress) drawn for an open milestone of a status. */
export type OpenDates = Partial<MilestoneInput> & { baselineDate: string };

/** The next step of a service's channel (named `name`), or null when it is already digital only. */
export function nextStep(service: ServicePlan, name: string): { title: string; kind: MilestoneInput['kind'] } | null {
  const stage = service.stages[service.stages.length - 1]?.stage ?? 'paper';
  if (stage === 'paper') return { title: `${name}: domanda online`, kind: 'digital_launch' };
  if (stage === 'hybrid') return { title: `${name}: online come canale principale`, kind: 'other' };
  if (stage === 'digital_first') return { title: `${name} solo online`, kind: 'switch_off' };
  return null;
}

/** The milestone of a service's next step, owned by its office; after the training when `afterTraining`. */
export function nextStepMilestone(p: {
  service: ServicePlan;
  step: { title: string; kind: MilestoneInput['kind'] };
  office: string;
  afterTraining: boolean;
  dates: OpenDates;
}): MilestoneInput {
  return {
    key: `next-${p.service.slug}`,
    serviceSlug: p.service.slug,
    title: p.step.title,
    kind: p.step.kind,
    owner: p.office,
    dependsOn: p.afterTraining ? ['formazione'] : [],
    ...p.dates,
  };
}

/**
 * The milestones of pagoPA and ANPR once active, each re-planned once with chance `slipChance`
 * (one draw per platform); pagoPA is `pagopaOwner`'s, ANPR the registry office's.
 */
export function platformMilestones(p: {
  platforms: readonly PlatformPlan[];
  rng: Rng;
  slipChance: number;
  pagopaOwner: string;
}): MilestoneInput[] {
  const inputs: MilestoneInput[] = [];
  for (const platform of p.platforms) {
    const date = platform.activationDate;
    if ((platform.platform !== 'pagopa' && platform.platform !== 'anpr') || date === null) continue;
    const slipped = p.rng.chance(p.slipChance);
    const replan = {
      plannedDate: date,
      reason: 'Allineamento dei dati con il gestionale da completare',
      changedAt: addDays(date, -110),
    };
    inputs.push({
      key: platform.platform,
      title: platform.platform === 'pagopa' ? 'Attivazione di pagoPA' : 'Subentro in ANPR',
      kind: 'national_platform',
      owner: platform.platform === 'pagopa' ? p.pagopaOwner : 'Ufficio Anagrafe',
      baselineDate: slipped ? addDays(date, -90) : date,
      replans: slipped ? [replan] : [],
      actualDate: date,
      progress: 100,
    });
  }
  return inputs;
}

/** The switch-offs reached since 2017, the first `limit` of them, each a milestone done on its date. */
export function switchOffMilestones(p: {
  services: readonly ServicePlan[];
  entryOf: (slug: string) => { name: string; office: string };
  limit: number;
}): MilestoneInput[] {
  const inputs: MilestoneInput[] = [];
  for (const service of p.services) {
    const last = service.stages[service.stages.length - 1];
    if (last === undefined || last.stage !== 'switched_off' || last.date < '2017-01-01') continue;
    if (inputs.length === p.limit) break;
    const entry = p.entryOf(service.slug);
    inputs.push({
      key: `done-${service.slug}`,
      serviceSlug: service.slug,
      title: `${entry.name} solo online`,
      kind: 'switch_off',
      owner: entry.office,
      baselineDate: last.date,
      actualDate: last.date,
      progress: 100,
    });
  }
  return inputs;
}

/** The training of the assisted desk's staff, planned 35 to 80 days ahead (two draws). */
export function trainingMilestone(p: { owner: string; rng: Rng; today: string }): MilestoneInput {
  return {
    key: 'formazione',
    title: 'Formazione del personale dello sportello assistito',
    kind: 'training',
    owner: p.owner,
    baselineDate: addDays(p.today, p.rng.int(35, 80)),
    progress: p.rng.int(10, 40),
    visibility: 'internal',
    internalNote: 'Da coprire con i fondi per la formazione del prossimo bilancio.',
  };
}

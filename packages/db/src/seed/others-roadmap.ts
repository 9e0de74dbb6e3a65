import { addMonths, type YearMonth } from '@switchoff/domain';
import { catalogueEntry } from './catalogue';
import { comuneFacts, type Maturity, type OtherComune } from './comuni';
import { addDays } from './dates';
import {
  type DatasetPlan,
  LOMBARDIA_PORTAL,
  lombardiaUrl,
  type MilestoneInput,
  type MilestonePlan,
  milestonePlan,
  OPEN_DATA_LICENSE,
  type PlatformPlan,
  type ServicePlan,
} from './plan';
import type { Rng } from './prng';
import {
  ANPR_FROM,
  drawMonthStart as at,
  DATASET_TITLES,
  nextStep,
  nextStepMilestone,
  type OpenDates,
  type OpenStatus,
  PAGOPA_FROM,
  platformMilestones,
  platformStates,
  switchOffMilestones,
  trainingMilestone,
} from './roadmap-parts';

const APP_IO_FROM: Record<Maturity, YearMonth> = { high: '2020-04', medium: '2020-10', low: '2021-02' };

export function otherDatasets(comune: OtherComune, rng: Rng): DatasetPlan[] {
  const name = comuneFacts(comune.istatCode).name;
  return DATASET_TITLES.slice(0, comune.datasets).map((title) => ({
    title,
    portal: LOMBARDIA_PORTAL,
    url: lombardiaUrl(name, title),
    license: OPEN_DATA_LICENSE,
    publishedDate: addDays(at('2019-03', rng, 45), 14),
  }));
}

export function otherPlatforms(comune: OtherComune, rng: Rng, datasets: readonly DatasetPlan[]): PlatformPlan[] {
  const m = comune.maturity;
  const pagopa = at(PAGOPA_FROM[m], rng, m === 'low' ? 14 : 8);
  const spid = at(addMonths(pagopa.slice(0, 7), 3), rng, 9);
  const { active, notYet, byMaturity } = platformStates(m);
  const firstDataset = datasets.map((d) => d.publishedDate).sort()[0];
  const cloud =
    m === 'low'
      ? notYet('in_progress', 'Finanziato con il PNRR 1.2')
      : active(at(m === 'high' ? '2023-03' : '2023-09', rng, 9));
  return [
    { platform: 'pagopa', ...active(pagopa, 'Intermediario tecnologico: Consorzio.IT') },
    { platform: 'app_io', ...active(at(APP_IO_FROM[m], rng, 8)) },
    { platform: 'spid', ...active(spid < '2021-02-01' ? spid : '2021-02-01') },
    { platform: 'cie', ...active(at('2021-01', rng, 14)) },
    {
      platform: 'anpr',
      state: 'subentro',
      activationDate: at(ANPR_FROM[m], rng, m === 'low' ? 14 : 9),
      note: '',
    },
    { platform: 'ansc', ...notYet(m === 'high' ? 'in_progress' : 'not_active') },
    { platform: 'send', ...byMaturity(at('2024-03', rng, 8)) },
    { platform: 'pdnd', ...byMaturity(at('2024-01', rng, 10)) },
    { platform: 'cloud', ...cloud },
    { platform: 'open_data', ...(firstDataset === undefined ? notYet('not_active') : active(firstDataset)) },
  ];
}

/** Status mixes of the open milestones, one per comune in turn: every other comune has a late one. */
const STATUS_MIXES: readonly (readonly OpenStatus[])[] = [
  ['late', 'on_track', 'not_started'],
  ['on_track', 'at_risk'],
  ['late', 'on_track'],
  ['on_track', 'not_started', 'on_track'],
];

const nextStepTitle = (service: ServicePlan) => nextStep(service, catalogueEntry(service.slug).name);

function openMilestone(p: { status: OpenStatus; rng: Rng; today: string }): OpenDates {
  const { rng, today } = p;
  if (p.status === 'late') {
    const planned = addDays(today, -rng.int(30, 150));
    if (!rng.chance(0.5)) return { baselineDate: planned, progress: rng.int(30, 80) };
    return {
      baselineDate: addDays(planned, -rng.int(60, 120)),
      replans: [
        {
          plannedDate: planned,
          reason: 'Il fornitore del gestionale ha rinviato il rilascio',
          changedAt: addDays(planned, -40),
        },
      ],
      progress: rng.int(30, 80),
    };
  }
  if (p.status === 'at_risk') return { baselineDate: addDays(today, rng.int(5, 25)), progress: rng.int(10, 40) };
  if (p.status === 'not_started') return { baselineDate: addDays(today, rng.int(200, 420)), progress: 0 };
  return { baselineDate: addDays(today, rng.int(60, 300)), progress: rng.int(10, 70) };
}

export function otherMilestones(p: {
  comune: OtherComune;
  index: number;
  services: readonly ServicePlan[];
  platforms: readonly PlatformPlan[];
  rng: Rng;
  today: string;
}): MilestonePlan[] {
  const { rng, today } = p;
  const inputs: MilestoneInput[] = [
    ...platformMilestones({ platforms: p.platforms, rng, slipChance: 0.5, pagopaOwner: 'Consorzio.IT' }),
    ...switchOffMilestones({ services: p.services, entryOf: catalogueEntry, limit: Number.POSITIVE_INFINITY }),
  ];
  const training = p.comune.maturity !== 'low';
  if (training) inputs.push(trainingMilestone({ owner: 'Consorzio.IT', rng, today }));
  const mix = STATUS_MIXES[p.index % STATUS_MIXES.length] ?? [];
  const candidates = p.services.filter((s) => nextStepTitle(s) !== null);
  for (const [i, status] of mix.entries()) {
    const service = candidates[(i * 3 + p.index) % Math.max(1, candidates.length)];
    const step = service === undefined ? null : nextStepTitle(service);
    if (service === undefined || step === null || inputs.some((m) => m.serviceSlug === service.slug)) continue;
    const dates = openMilestone({ status, rng, today });
    const after =
      training && step.kind === 'switch_off' && status !== 'late' && dates.baselineDate > addDays(today, 80);
    const office = catalogueEntry(service.slug).office;
    inputs.push(nextStepMilestone({ service, step, office, afterTraining: after, dates }));
  }
  return inputs.map((m) => milestonePlan(m, today));
}

import { addMonths, type YearMonth } from '@switchoff/domain';
import { catalogueEntry } from './catalogue';
import { comuneFacts, type Maturity, type OtherComune } from './comuni';
import { addDays, firstDay } from './dates';
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

const at = (from: YearMonth, rng: Rng, spread: number): string => firstDay(addMonths(from, rng.int(0, spread)));

const PAGOPA_FROM: Record<Maturity, YearMonth> = { high: '2017-10', medium: '2018-09', low: '2019-10' };
const ANPR_FROM: Record<Maturity, YearMonth> = { high: '2018-09', medium: '2019-03', low: '2019-10' };
const APP_IO_FROM: Record<Maturity, YearMonth> = { high: '2020-04', medium: '2020-10', low: '2021-02' };

/** Titles are illustrative, like Ripalta's. */
const DATASET_TITLES = ['Popolazione residente per età', 'Raccolta differenziata', 'Elenco servizi comunali'] as const;

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
  const active = (date: string, note = ''): Pick<PlatformPlan, 'state' | 'activationDate' | 'note'> => ({
    state: 'active',
    activationDate: date,
    note,
  });
  const notYet = (state: 'in_progress' | 'not_active', note = '') => ({ state, activationDate: null, note });
  const firstDataset = datasets.map((d) => d.publishedDate).sort()[0];
  // High: in service; medium: on the way; low: not yet.
  const byMaturity = (date: string) =>
    m === 'high' ? active(date) : notYet(m === 'medium' ? 'in_progress' : 'not_active');
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

type OpenStatus = 'late' | 'at_risk' | 'on_track' | 'not_started';

/** Status mixes of the open milestones, one per comune in turn: every other comune has a late one. */
const STATUS_MIXES: readonly (readonly OpenStatus[])[] = [
  ['late', 'on_track', 'not_started'],
  ['on_track', 'at_risk'],
  ['late', 'on_track'],
  ['on_track', 'not_started', 'on_track'],
];

function nextStepTitle(service: ServicePlan): { title: string; kind: MilestoneInput['kind'] } | null {
  const name = catalogueEntry(service.slug).name;
  const stage = service.stages[service.stages.length - 1]?.stage ?? 'paper';
  if (stage === 'paper') return { title: `${name}: domanda online`, kind: 'digital_launch' };
  if (stage === 'hybrid') return { title: `${name}: online come canale principale`, kind: 'other' };
  if (stage === 'digital_first') return { title: `${name} solo online`, kind: 'switch_off' };
  return null;
}

type OpenDates = Partial<MilestoneInput> & { baselineDate: string };

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
  const inputs: MilestoneInput[] = [];
  for (const platform of p.platforms) {
    if (platform.platform !== 'pagopa' && platform.platform !== 'anpr') continue;
    if (platform.activationDate === null) continue;
    const title = platform.platform === 'pagopa' ? 'Attivazione di pagoPA' : 'Subentro in ANPR';
    const slipped = rng.chance(0.5);
    inputs.push({
      key: platform.platform,
      title,
      kind: 'national_platform',
      owner: platform.platform === 'pagopa' ? 'Consorzio.IT' : 'Ufficio Anagrafe',
      baselineDate: slipped ? addDays(platform.activationDate, -90) : platform.activationDate,
      replans: slipped
        ? [
            {
              plannedDate: platform.activationDate,
              reason: 'Allineamento dei dati con il gestionale da completare',
              changedAt: addDays(platform.activationDate, -110),
            },
          ]
        : [],
      actualDate: platform.activationDate,
      progress: 100,
    });
  }
  for (const service of p.services) {
    const last = service.stages[service.stages.length - 1];
    if (last === undefined || last.stage !== 'switched_off' || last.date < '2017-01-01') continue;
    inputs.push({
      key: `done-${service.slug}`,
      serviceSlug: service.slug,
      title: `${catalogueEntry(service.slug).name} solo online`,
      kind: 'switch_off',
      owner: catalogueEntry(service.slug).office,
      baselineDate: last.date,
      actualDate: last.date,
      progress: 100,
    });
  }
  const training = p.comune.maturity !== 'low';
  if (training) {
    inputs.push({
      key: 'formazione',
      title: 'Formazione del personale dello sportello assistito',
      kind: 'training',
      owner: 'Consorzio.IT',
      baselineDate: addDays(today, rng.int(35, 80)),
      progress: rng.int(10, 40),
      visibility: 'internal',
      internalNote: 'Da coprire con i fondi per la formazione del prossimo bilancio.',
    });
  }
  const mix = STATUS_MIXES[p.index % STATUS_MIXES.length] ?? [];
  const candidates = p.services.filter((s) => nextStepTitle(s) !== null);
  for (const [i, status] of mix.entries()) {
    const service = candidates[(i * 3 + p.index) % Math.max(1, candidates.length)];
    const step = service === undefined ? null : nextStepTitle(service);
    if (service === undefined || step === null || inputs.some((m) => m.serviceSlug === service.slug)) continue;
    const dates = openMilestone({ status, rng, today });
    const after =
      training && step.kind === 'switch_off' && status !== 'late' && dates.baselineDate > addDays(today, 80);
    inputs.push({
      key: `next-${service.slug}`,
      serviceSlug: service.slug,
      title: step.title,
      kind: step.kind,
      owner: catalogueEntry(service.slug).office,
      dependsOn: after ? ['formazione'] : [],
      ...dates,
    });
  }
  return inputs.map((m) => milestonePlan(m, today));
}

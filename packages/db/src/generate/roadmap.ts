import type { Maturity } from '../seed/comuni';
import { addDays, monthAt, monthIndex } from '../seed/dates';
import {
  type DatasetPlan,
  type MilestoneInput,
  type MilestonePlan,
  milestonePlan,
  OPEN_DATA_LICENSE,
  type PlatformPlan,
  type ServicePlan,
} from '../seed/plan';
import type { Rng } from '../seed/prng';
import { NATIONAL_CATALOGUE } from './catalogue';
import type { NationalComune } from './comuni';

const at = (from: string, rng: Rng, spread: number): string => `${monthAt(monthIndex(from) + rng.int(0, spread))}-01`;
const DATASET_TITLES = ['Popolazione residente per età', 'Raccolta differenziata', 'Elenco servizi comunali'] as const;
const PAGOPA_FROM: Record<Maturity, string> = { high: '2017-10', medium: '2018-09', low: '2019-10' };
const ANPR_FROM: Record<Maturity, string> = { high: '2018-09', medium: '2019-03', low: '2019-10' };
/** Switch-off milestones already reached that a roadmap keeps, at most. */
const DONE_SWITCH_OFFS = 6;

const entryName = new Map(NATIONAL_CATALOGUE.map((e) => [e.slug, e]));

export function nationalDatasets(p: {
  comune: NationalComune;
  maturity: Maturity;
  rng: Rng;
  today: string;
}): DatasetPlan[] {
  const count = p.maturity === 'high' ? p.rng.int(1, 3) : p.maturity === 'medium' ? p.rng.int(0, 1) : 0;
  return DATASET_TITLES.slice(0, count).map((title) => ({
    title,
    portal: 'dati.gov.it',
    url: `https://www.dati.gov.it/view-dataset?q=${encodeURIComponent(`${p.comune.name} ${title}`)}`,
    license: OPEN_DATA_LICENSE,
    publishedDate: addDays(at('2019-03', p.rng, 45), 14),
  }));
}

export function nationalPlatforms(p: {
  maturity: Maturity;
  rng: Rng;
  datasets: readonly DatasetPlan[];
  consortium: string;
  today: string;
}): PlatformPlan[] {
  const { maturity: m, rng } = p;
  const active = (date: string, note = '') => ({ state: 'active' as const, activationDate: date, note });
  const notYet = (state: 'in_progress' | 'not_active', note = '') => ({ state, activationDate: null, note });
  const byMaturity = (date: string) =>
    m === 'high' ? active(date) : notYet(m === 'medium' ? 'in_progress' : 'not_active');
  const firstDataset = p.datasets.map((d) => d.publishedDate).sort()[0];
  return [
    {
      platform: 'pagopa',
      ...active(at(PAGOPA_FROM[m], rng, m === 'low' ? 14 : 8), `Intermediario tecnologico: ${p.consortium}`),
    },
    {
      platform: 'app_io',
      ...(m === 'low' && rng.chance(0.3) ? notYet('in_progress') : active(at('2020-06', rng, 14))),
    },
    { platform: 'spid', ...active(at('2019-06', rng, 20)) },
    { platform: 'cie', ...active(at('2021-01', rng, 14)) },
    { platform: 'anpr', state: 'subentro', activationDate: at(ANPR_FROM[m], rng, m === 'low' ? 20 : 9), note: '' },
    { platform: 'ansc', ...notYet(m === 'high' ? 'in_progress' : 'not_active') },
    { platform: 'send', ...byMaturity(at('2024-03', rng, 8)) },
    { platform: 'pdnd', ...byMaturity(at('2024-01', rng, 10)) },
    {
      platform: 'cloud',
      ...(m === 'low' ? notYet('in_progress', 'Finanziato con il PNRR 1.2') : active(at('2023-03', rng, 15))),
    },
    { platform: 'open_data', ...(firstDataset === undefined ? notYet('not_active') : active(firstDataset)) },
  ];
}

type OpenStatus = 'late' | 'at_risk' | 'on_track' | 'not_started';

function openDates(status: OpenStatus, rng: Rng, today: string): Partial<MilestoneInput> & { baselineDate: string } {
  if (status === 'late') {
    const planned = addDays(today, -rng.int(20, 200));
    if (rng.chance(0.5)) return { baselineDate: planned, progress: rng.int(30, 80) };
    const replan = {
      plannedDate: planned,
      reason: 'Il fornitore del gestionale ha rinviato il rilascio',
      changedAt: addDays(planned, -40),
    };
    return { baselineDate: addDays(planned, -rng.int(60, 120)), replans: [replan], progress: rng.int(30, 80) };
  }
  if (status === 'at_risk') return { baselineDate: addDays(today, rng.int(5, 25)), progress: rng.int(10, 40) };
  if (status === 'not_started') return { baselineDate: addDays(today, rng.int(200, 420)), progress: 0 };
  return { baselineDate: addDays(today, rng.int(60, 300)), progress: rng.int(10, 70) };
}

function nextStep(service: ServicePlan): { title: string; kind: MilestoneInput['kind'] } | null {
  const name = entryName.get(service.slug)?.name ?? service.slug;
  const stage = service.stages[service.stages.length - 1]?.stage ?? 'paper';
  if (stage === 'paper') return { title: `${name}: domanda online`, kind: 'digital_launch' };
  if (stage === 'hybrid') return { title: `${name}: online come canale principale`, kind: 'other' };
  if (stage === 'digital_first') return { title: `${name} solo online`, kind: 'switch_off' };
  return null;
}

/**
 * A roadmap: national platforms reached, switch-offs done, training, and two to five next steps,
 * some late (half of them re-planned), some at risk, some depending on the training.
 */
export function nationalMilestones(p: {
  services: readonly ServicePlan[];
  platforms: readonly PlatformPlan[];
  maturity: Maturity;
  rng: Rng;
  today: string;
  consortium: string;
}): MilestonePlan[] {
  const { rng, today } = p;
  const inputs: MilestoneInput[] = [];
  for (const platform of p.platforms) {
    if ((platform.platform !== 'pagopa' && platform.platform !== 'anpr') || platform.activationDate === null) continue;
    const slipped = rng.chance(0.4);
    const date = platform.activationDate;
    inputs.push({
      key: platform.platform,
      title: platform.platform === 'pagopa' ? 'Attivazione di pagoPA' : 'Subentro in ANPR',
      kind: 'national_platform',
      owner: platform.platform === 'pagopa' ? p.consortium : 'Ufficio Anagrafe',
      baselineDate: slipped ? addDays(date, -90) : date,
      replans: slipped
        ? [
            {
              plannedDate: date,
              reason: 'Allineamento dei dati con il gestionale da completare',
              changedAt: addDays(date, -110),
            },
          ]
        : [],
      actualDate: date,
      progress: 100,
    });
  }
  const switchedOff = p.services.filter((s) => {
    const last = s.stages[s.stages.length - 1];
    return last?.stage === 'switched_off' && last.date >= '2017-01-01';
  });
  for (const service of switchedOff.slice(0, DONE_SWITCH_OFFS)) {
    const date = service.stages[service.stages.length - 1]?.date ?? today;
    const entry = entryName.get(service.slug);
    inputs.push({
      key: `done-${service.slug}`,
      serviceSlug: service.slug,
      title: `${entry?.name ?? service.slug} solo online`,
      kind: 'switch_off',
      owner: entry?.office ?? '',
      baselineDate: date,
      actualDate: date,
      progress: 100,
    });
  }
  const training = p.maturity !== 'low';
  if (training) {
    inputs.push({
      key: 'formazione',
      title: 'Formazione del personale dello sportello assistito',
      kind: 'training',
      owner: p.consortium,
      baselineDate: addDays(today, rng.int(35, 80)),
      progress: rng.int(10, 40),
      visibility: rng.chance(0.5) ? 'internal' : 'public',
      internalNote: 'Da coprire con i fondi per la formazione del prossimo bilancio.',
    });
  }
  const candidates = p.services.filter((s) => s.visibility === 'public' && nextStep(s) !== null);
  const statuses: OpenStatus[] = ['late', 'at_risk', 'on_track', 'not_started'];
  const count = Math.min(candidates.length, rng.int(2, 5));
  const start = rng.int(0, Math.max(0, candidates.length - 1));
  for (let i = 0; i < count; i += 1) {
    const service = candidates[(start + i * 7) % candidates.length];
    const step = service === undefined ? null : nextStep(service);
    if (service === undefined || step === null || inputs.some((m) => m.serviceSlug === service.slug)) continue;
    const status = rng.pick(statuses as [OpenStatus, ...OpenStatus[]]);
    const dates = openDates(status, rng, today);
    // A switch-off waits for the desk staff to be trained: at risk when planned before the training.
    const after = training && step.kind === 'switch_off' && status !== 'late';
    const entry = entryName.get(service.slug);
    inputs.push({
      key: `next-${service.slug}`,
      serviceSlug: service.slug,
      title: step.title,
      kind: step.kind,
      owner: entry?.office ?? '',
      dependsOn: after ? ['formazione'] : [],
      ...dates,
    });
  }
  return inputs.map((m) => milestonePlan(m, today));
}

import type { Maturity } from '../seed/comuni';
import { addDays } from '../seed/dates';
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
import * as parts from '../seed/roadmap-parts';
import { NATIONAL_CATALOGUE } from './catalogue';
import type { NationalComune } from './comuni';

/** Switch-off milestones already reached that a roadmap keeps, at most. */
const DONE_SWITCH_OFFS = 6;

const at = parts.drawMonthStart;
const entryName = new Map(NATIONAL_CATALOGUE.map((e) => [e.slug, e]));
const entryOf = (slug: string) => {
  const entry = entryName.get(slug);
  return { name: entry?.name ?? slug, office: entry?.office ?? '' };
};
const nextStep = (service: ServicePlan) => parts.nextStep(service, entryOf(service.slug).name);

export function nationalDatasets(p: {
  comune: NationalComune;
  maturity: Maturity;
  rng: Rng;
  today: string;
}): DatasetPlan[] {
  const count = p.maturity === 'high' ? p.rng.int(1, 3) : p.maturity === 'medium' ? p.rng.int(0, 1) : 0;
  return parts.DATASET_TITLES.slice(0, count).map((title) => ({
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
  const { active, notYet, byMaturity } = parts.platformStates(m);
  const firstDataset = p.datasets.map((d) => d.publishedDate).sort()[0];
  return [
    {
      platform: 'pagopa',
      ...active(at(parts.PAGOPA_FROM[m], rng, m === 'low' ? 14 : 8), `Intermediario tecnologico: ${p.consortium}`),
    },
    {
      platform: 'app_io',
      ...(m === 'low' && rng.chance(0.3) ? notYet('in_progress') : active(at('2020-06', rng, 14))),
    },
    { platform: 'spid', ...active(at('2019-06', rng, 20)) },
    { platform: 'cie', ...active(at('2021-01', rng, 14)) },
    {
      platform: 'anpr',
      state: 'subentro',
      activationDate: at(parts.ANPR_FROM[m], rng, m === 'low' ? 20 : 9),
      note: '',
    },
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

function openDates(status: parts.OpenStatus, rng: Rng, today: string): parts.OpenDates {
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
  const inputs: MilestoneInput[] = [
    ...parts.platformMilestones({ platforms: p.platforms, rng, slipChance: 0.4, pagopaOwner: p.consortium }),
    ...parts.switchOffMilestones({ services: p.services, entryOf, limit: DONE_SWITCH_OFFS }),
  ];
  const training = p.maturity !== 'low';
  if (training) {
    inputs.push({
      ...parts.trainingMilestone({ owner: p.consortium, rng, today }),
      visibility: rng.chance(0.5) ? 'internal' : 'public',
    });
  }
  const candidates = p.services.filter((s) => s.visibility === 'public' && nextStep(s) !== null);
  const statuses: parts.OpenStatus[] = ['late', 'at_risk', 'on_track', 'not_started'];
  const count = Math.min(candidates.length, rng.int(2, 5));
  const start = rng.int(0, Math.max(0, candidates.length - 1));
  for (let i = 0; i < count; i += 1) {
    const service = candidates[(start + i * 7) % candidates.length];
    const step = service === undefined ? null : nextStep(service);
    if (service === undefined || step === null || inputs.some((m) => m.serviceSlug === service.slug)) continue;
    const status = rng.pick(statuses as [parts.OpenStatus, ...parts.OpenStatus[]]);
    const dates = openDates(status, rng, today);
    // A switch-off waits for the desk staff to be trained: at risk when planned before the training.
    const after = training && step.kind === 'switch_off' && status !== 'late';
    const office = entryOf(service.slug).office;
    inputs.push(parts.nextStepMilestone({ service, step, office, afterTraining: after, dates }));
  }
  return inputs.map((m) => milestonePlan(m, today));
}

import type { YearMonth } from '@switchoff/domain';
import type { CatalogueEntry } from '../seed/catalogue';
import type { Maturity } from '../seed/comuni';
import { addDays, monthAt, monthIndex } from '../seed/dates';
import { type ComunePlan, type ServicePlan, type StagePlan, servicePlan } from '../seed/plan';
import { createRng, type Rng } from '../seed/prng';
import { climbingHistory, FIRST_ONLINE, AFFINITY as SHARED_AFFINITY, START, targetStage } from '../seed/stage-rules';
import { NATIONAL_CATALOGUE } from './catalogue';
import type { NationalComune } from './comuni';
import { nationalDatasets, nationalMilestones, nationalPlatforms } from './roadmap';

/** The generator's affinities: the shared ones and those of the services only the national catalogue has. */
const AFFINITY: Record<string, number> = {
  ...SHARED_AFFINITY,
  'asilo-nido': 0.15,
  'sanzioni-codice-strada': 0.2,
  'imposta-soggiorno': 0.15,
  'albo-fornitori': 0.25,
  concorsi: 0.25,
  'assistenza-domiciliare': -0.2,
  'unioni-civili': -0.2,
  'tesserino-funghi': -0.1,
};

const addMonthsFast = (month: YearMonth, count: number): YearMonth => monthAt(monthIndex(month) + count);

/** Larger comuni tend to be further along; the rest is chance. */
function maturityOf(comune: NationalComune, rng: Rng): Maturity {
  const size = Math.min(0.3, Math.log10(Math.max(10, comune.population)) / 20);
  const score = rng.next() * 0.85 + size;
  return score < 0.4 ? 'low' : score < 0.75 ? 'medium' : 'high';
}

function generatedStages(p: { entry: CatalogueEntry; maturity: Maturity; rng: Rng; latestDate: string }): StagePlan[] {
  const { entry, rng } = p;
  if (entry.slug === 'suap') {
    return [{ stage: 'switched_off', date: START, reason: 'SUAP solo telematico per legge (DPR 160/2010)' }];
  }
  const target = targetStage({ maturity: p.maturity, slug: entry.slug, affinity: AFFINITY, rng });
  const hybrid = addMonthsFast(FIRST_ONLINE[p.maturity], rng.int(0, 48));
  const digitalFirst = addMonthsFast(hybrid, rng.int(10, 30));
  const switchedOff = addMonthsFast(digitalFirst, rng.int(6, 20));
  const stages = climbingHistory({
    target,
    latestDate: p.latestDate,
    months: { hybrid, digitalFirst, switchedOff },
    reasons: {
      hybrid: entry.takesPayment
        ? 'Domanda e pagamento online con pagoPA, accanto allo sportello'
        : 'Domanda online con SPID accanto al modulo cartaceo',
      switchedOff: 'Switch-off: solo online, con sportello assistito per chi non ha internet',
    },
  });
  // One switched-off service in fifty was reverted: some citizens could not cope.
  const last = stages[stages.length - 1];
  if (last?.stage === 'switched_off' && rng.chance(0.02)) {
    const date = addDays(last.date, rng.int(90, 300));
    if (date <= p.latestDate) {
      stages.push({
        stage: 'digital_first',
        date,
        reason: 'Switch-off revocato: troppi cittadini senza SPID né CIE; il modulo cartaceo torna su richiesta',
      });
    }
  }
  return stages;
}

function serviceExtras(rng: Rng, from: YearMonth, until: YearMonth): Partial<ServicePlan> {
  const span = monthIndex(until) - monthIndex(from);
  const roll = rng.next();
  // A few offices never reported a month (missing, not zero); fewer stopped reporting (stale).
  if (roll < 0.03 && span > 2) return { missingMonths: [addMonthsFast(from, rng.int(1, span - 1))] };
  if (roll < 0.04 && span > 6) return { lastMonth: addMonthsFast(until, -rng.int(2, 5)) };
  if (roll < 0.06) return { visibility: 'internal', internalNote: 'Nuova procedura in prova: non ancora annunciata.' };
  return {};
}

export type NationalPlan = ComunePlan & { maturity: Maturity };

/** The plan of one comune: its forty services with their stages, roadmap, platforms, PNRR and datasets. */
export function nationalPlan(
  comune: NationalComune,
  p: { from: YearMonth; until: YearMonth; today: string; consortium: string },
): NationalPlan {
  const rng = createRng(`national:${comune.istatCode}`);
  const maturity = maturityOf(comune, rng);
  const latestDate = addDays(p.today, -45);
  const services = NATIONAL_CATALOGUE.map((entry) => {
    const serviceRng = createRng(`national:${comune.istatCode}:${entry.slug}`);
    const stages = generatedStages({ entry, maturity, rng: serviceRng, latestDate });
    return servicePlan(entry.slug, stages, serviceExtras(serviceRng, p.from, p.until));
  });
  const datasets = nationalDatasets({ comune, maturity, rng, today: p.today });
  const platforms = nationalPlatforms({ maturity, rng, datasets, consortium: p.consortium, today: p.today });
  return {
    istatCode: comune.istatCode,
    maturity,
    takeUpTarget: rng.chance(0.1) ? rng.pick([0.75, 0.85] as const) : 0.8,
    assistedDesk: `Sportello al cittadino, municipio di ${comune.name}`,
    internalNote: null,
    services,
    platforms,
    // Real PNRR measures come from the shipped PA digitale snapshot (loadShippedNational), never invented.
    pnrr: [],
    datasets,
    milestones: nationalMilestones({ services, platforms, maturity, rng, today: p.today, consortium: p.consortium }),
  };
}

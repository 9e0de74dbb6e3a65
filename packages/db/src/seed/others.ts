import { addMonths, type YearMonth } from '@switchoff/domain';
import { catalogueEntry } from './catalogue';
import { type Maturity, OTHER_COMUNI, type OtherComune } from './comuni';
import { addDays, firstDay } from './dates';
import { otherDatasets, otherMilestones, otherPlatforms } from './others-roadmap';
import { type ComunePlan, type ServicePlan, type StagePlan, servicePlan } from './plan';
import { createRng, type Rng } from './prng';
import {
  climbingHistory,
  FIRST_ONLINE,
  paperThen,
  AFFINITY as SHARED_AFFINITY,
  START,
  targetStage,
} from './stage-rules';

/** The services every comune of the demo offers, then the extras the larger ones add, in order. */
const CORE_SERVICES = [
  'mensa-scolastica',
  'trasporto-scolastico',
  'tari',
  'imu',
  'carta-identita-elettronica',
  'certificati-anagrafici',
  'cambio-residenza',
  'pubblicazioni-matrimonio',
  'lampade-votive',
  'segnalazioni',
] as const;
const EXTRA_SERVICES = [
  'pratiche-edilizie',
  'suap',
  'biblioteca',
  'centro-estivo',
  'contributi-assistenza',
  'prenotazione-sale',
  'occupazione-suolo-pubblico',
  'accesso-atti',
] as const;

/** The demo's affinities: the shared ones and those of the services only the demo offers. */
const AFFINITY: Record<string, number> = {
  ...SHARED_AFFINITY,
  'carta-identita-elettronica': 0.05,
  'cambio-residenza': 0,
  'lampade-votive': 0,
  'occupazione-suolo-pubblico': 0,
  'prenotazione-sale': 0.05,
};

/** Hand-written histories: the reverts the product must show, and the SUAP every comune has. */
function fixedStages(istatCode: string, slug: string): StagePlan[] | null {
  if (slug === 'suap') {
    return [
      {
        stage: 'switched_off',
        date: START,
        reason: 'SUAP solo telematico per legge (DPR 160/2010), tramite impresainungiorno.gov.it',
      },
    ];
  }
  if (istatCode === '019055' && slug === 'mensa-scolastica') {
    return paperThen(
      { stage: 'hybrid', date: '2018-06-01', reason: 'Iscrizione e pagamento online accanto al modulo cartaceo' },
      { stage: 'switched_off', date: '2021-06-01', reason: "Iscrizioni per l'anno scolastico 2021/2022 solo online" },
      {
        stage: 'digital_first',
        date: '2022-01-10',
        reason:
          'Switch-off revocato: molte famiglie senza SPID né CIE non riuscivano a pagare; ' +
          'il modulo cartaceo torna disponibile su richiesta allo sportello',
      },
    );
  }
  if (istatCode === '019029' && slug === 'lampade-votive') {
    return paperThen(
      { stage: 'hybrid', date: '2019-10-01', reason: 'Canone delle lampade votive con avviso pagoPA' },
      { stage: 'switched_off', date: '2023-01-01', reason: 'Canone pagabile solo con pagoPA' },
      {
        stage: 'digital_first',
        date: '2023-10-01',
        reason:
          'Switch-off revocato: molti intestatari anziani chiedevano il bollettino; di nuovo allo sportello su richiesta',
      },
    );
  }
  return null;
}

function hybridReason(date: string, takesPayment: boolean): string {
  if (date >= '2023-01-01') return 'Servizio online sul nuovo sito comunale (PNRR 1.4.1), accanto allo sportello';
  return takesPayment
    ? 'Domanda e pagamento online con pagoPA, accanto allo sportello'
    : 'Domanda online con SPID accanto al modulo cartaceo';
}

/** A history that climbs towards the target stage, stopping at the last step already reached. */
function generatedStages(p: { slug: string; maturity: Maturity; rng: Rng; latestDate: string }): StagePlan[] {
  const entry = catalogueEntry(p.slug);
  const target = targetStage({ maturity: p.maturity, slug: p.slug, affinity: AFFINITY, rng: p.rng });
  const hybrid = addMonths(FIRST_ONLINE[p.maturity], p.rng.int(0, 40));
  const digitalFirst = addMonths(hybrid, p.rng.int(10, 30));
  const switchedOff = addMonths(digitalFirst, p.rng.int(6, 20));
  return climbingHistory({
    target,
    latestDate: p.latestDate,
    months: { hybrid, digitalFirst, switchedOff },
    reasons: {
      hybrid: hybridReason(firstDay(hybrid), entry.takesPayment),
      switchedOff: 'Switch-off: solo online, con sportello assistito in municipio per chi non ha internet',
    },
  });
}

function serviceExtras(istatCode: string, slug: string, until: YearMonth): Partial<ServicePlan> {
  if (istatCode === '019005' && slug === 'certificati-anagrafici') {
    // Two months the office never reported: missing, not zero.
    return { missingMonths: ['2021-11', addMonths(until, -5)] };
  }
  if (istatCode === '019062' && slug === 'tari') return { missingMonths: ['2020-04'] };
  if (istatCode === '019012' && slug === 'segnalazioni') {
    // Stale data: the figures stopped coming four months before the last complete month.
    return { lastMonth: addMonths(until, -4) };
  }
  if (istatCode === '019035' && slug === 'prenotazione-sale') {
    return {
      visibility: 'internal',
      internalNote: 'Nuovo sistema di prenotazione in prova con le associazioni: non ancora annunciato.',
    };
  }
  return {};
}

function otherServices(comune: OtherComune, p: { today: string; until: YearMonth }): ServicePlan[] {
  const slugs = [...CORE_SERVICES, ...EXTRA_SERVICES].slice(0, comune.serviceCount);
  // Stage changes are recorded at least a month and a half before today.
  const latestDate = addDays(p.today, -45);
  return slugs.map((slug) => {
    const rng = createRng(`stages:${comune.istatCode}:${slug}`);
    const stages =
      fixedStages(comune.istatCode, slug) ?? generatedStages({ slug, maturity: comune.maturity, rng, latestDate });
    return servicePlan(slug, stages, serviceExtras(comune.istatCode, slug, p.until));
  });
}

/** Plans of the other comuni of the consortium, generated from their maturity and ISTAT code. */
export function otherPlans(p: { today: string; until: YearMonth }): ComunePlan[] {
  return OTHER_COMUNI.map((comune, index) => {
    const services = otherServices(comune, p);
    const rng = createRng(`roadmap:${comune.istatCode}`);
    const datasets = otherDatasets(comune, rng);
    const platforms = otherPlatforms(comune, rng, datasets);
    return {
      istatCode: comune.istatCode,
      takeUpTarget: comune.takeUpTarget,
      assistedDesk: comune.assistedDesk,
      internalNote: null,
      services,
      platforms,
      // PNRR measures: the real ones, from the shipped PA digitale snapshot (loadShippedNational).
      pnrr: [],
      datasets,
      milestones: otherMilestones({ comune, index, services, platforms, rng, today: p.today }),
    };
  });
}

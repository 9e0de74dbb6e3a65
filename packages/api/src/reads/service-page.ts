import { bool, type Db } from '@switchoff/db';
import {
  anyService,
  eventsUpTo,
  figuresUpTo,
  publicService,
  type ServicePageRow,
} from '@switchoff/db/reads/service-page';
import { monthFiguresOfTuple } from '@switchoff/db/rows/figures';
import {
  figuresFreshness,
  forecastTarget,
  lastCompleteMonth,
  type MonthFigures,
  type StageEvent,
  stageHistory,
  takeUpSeries,
  token,
} from '@switchoff/domain';
import { notFound } from '../errors';
import { loadComments } from './comments';
import { lastMonthWithFigures } from './figures';
import { comuneView, type FoundComune } from './lookup';
import { assessServiceReadiness, headlineMeasures, last12, within } from './measures';
import { loadMilestones } from './milestones';
import { loadPlatformStates } from './platforms';
import { stageAsOf } from './stages';
import { withInternal } from './visibility';

/**
 * Everything the service page shows: stage history, monthly figures, measures, readiness.
 * An internal service is unknown to the public; readers of the comune's internal data also get
 * its visibility, internal note, version, internal milestones and the comments on it.
 */
export function getServicePage(db: Db, params: { found: FoundComune; slug: string; today: string; internal: boolean }) {
  const { found, internal } = params;
  const { comune } = found;
  const row = (internal ? anyService : publicService).get(db, comune.id, params.slug);
  if (row === undefined) return notFound(token('service.notFound', { comune: comune.name, service: params.slug }));
  const service = {
    ...row,
    takesPayment: bool(row.takesPayment),
    needsIdentity: bool(row.needsIdentity),
    hasAssistedDesk: bool(row.hasAssistedDesk),
  };
  const asOf = lastCompleteMonth(params.today);
  return servicePageView(db, {
    found,
    today: params.today,
    internal,
    service,
    events: eventsUpTo.all(db, service.id, params.today),
    series: figuresUpTo.all(db, service.id, asOf).map(monthFiguresOfTuple),
  });
}

/** The service as the page shows it (booleans as booleans, the catalogue entry by its slug). */
export type PageService = Omit<ServicePageRow, 'takesPayment' | 'needsIdentity' | 'hasAssistedDesk'> & {
  takesPayment: boolean;
  needsIdentity: boolean;
  hasAssistedDesk: boolean;
};

/**
 * The service page from what it is made of: the service, its stage events up to today (oldest
 * first) and its monthly figures up to the last complete month; platforms, milestones and
 * comments are read here.
 */
export function servicePageView(
  db: Db,
  params: {
    found: FoundComune;
    today: string;
    internal: boolean;
    service: PageService;
    events: ReadonlyArray<StageEvent & { reason: string; recordedBy: string }>;
    series: MonthFigures[];
  },
) {
  const { found, internal, service, events, series } = params;
  const { comune } = found;
  const asOf = lastCompleteMonth(params.today);
  const { stage, since } = stageAsOf(events, params.today);
  const first = series[0]?.month;
  const platforms = loadPlatformStates(db, [comune.id]).get(comune.id) ?? {};
  const details = new Map(events.map((e) => [e.id, e]));

  const page = {
    comune: comuneView(found, internal),
    asOf,
    service: withInternal(
      {
        slug: service.slug,
        name: service.name,
        category: service.category,
        description: service.description,
        office: service.office,
        interactivityLevel: service.interactivityLevel,
        takesPayment: service.takesPayment,
        needsIdentity: service.needsIdentity,
        hasAssistedDesk: service.hasAssistedDesk,
        catalogueSlug: service.catalogueSlug,
      },
      internal,
      () => ({ visibility: service.visibility, internalNote: service.internalNote, version: service.version }),
    ),
    stage,
    stageSince: since,
    history: stageHistory(events).map((h) => ({
      stage: h.stage,
      from: h.from,
      kind: h.kind,
      effectiveDate: h.effectiveDate,
      reason: details.get(h.id)?.reason ?? '',
      recordedBy: details.get(h.id)?.recordedBy ?? '',
    })),
    lastMonth: lastMonthWithFigures(series),
    /** "Dati non aggiornati": the last month with figures is more than 2 months behind the last complete one. */
    stale: figuresFreshness(lastMonthWithFigures(series), params.today).stale,
    /** Each month from the first with figures to the last complete one (gaps as nulls): what its chart and table draw. */
    figures: first ? takeUpSeries(series, first, asOf) : [],
    totals12: headlineMeasures(within(series, last12(asOf))),
    target: comune.takeUpTarget,
    milestones: loadMilestones(db, { comuneId: comune.id, today: params.today, internal }).filter(
      (m) => m.service?.slug === service.slug,
    ),
    readiness: assessServiceReadiness(service, {
      today: params.today,
      stage,
      figures: series,
      platforms,
      target: comune.takeUpTarget,
    }),
    forecast: forecastTarget(series, comune.takeUpTarget, params.today),
  };
  return withInternal(page, internal, () => ({
    comments: loadComments(db, { comuneId: comune.id, scope: { serviceId: service.id } }),
  }));
}

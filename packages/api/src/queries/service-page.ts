import { type Db, schema } from '@switchoff/db';
import { forecastTarget } from '@switchoff/domain/forecast';
import {
  alignMonths,
  costPerTransaction,
  digitalTakeUp,
  pagopaShare,
  satisfactionScore,
  selfServiceShare,
} from '@switchoff/domain/measures';
import { figuresFreshness } from '@switchoff/domain/freshness';
import { lastCompleteMonth } from '@switchoff/domain/months';
import { assessReadiness } from '@switchoff/domain/readiness';
import { stageHistory } from '@switchoff/domain/stages';
import { eq } from 'drizzle-orm';
import { loadComments } from './comments';
import { lastMonthWithFigures, loadFigures } from './figures';
import { comuneView, type FoundComune, findService } from './lookup';
import { headlineMeasures, last12, within } from './measures';
import { loadMilestones } from './milestones';
import { loadPlatformStates } from './platforms';
import { loadStageEvents, stageAsOf } from './stages';
import { withInternal } from './visibility';

const { catalogueServices } = schema;

/**
 * Everything the service page shows: stage history, monthly figures, measures, readiness.
 * An internal service is unknown to the public; readers of the comune's internal data also get
 * its visibility, internal note, version, internal milestones and the comments on it.
 */
export function getServicePage(db: Db, params: { found: FoundComune; slug: string; today: string; internal: boolean }) {
  const { found, internal } = params;
  const { comune } = found;
  const service = findService(db, { comune, slug: params.slug, internal });
  const asOf = lastCompleteMonth(params.today);

  const events = (loadStageEvents(db, [service.id]).get(service.id) ?? []).filter(
    (e) => e.effectiveDate <= params.today,
  );
  const { stage, since } = stageAsOf(events, params.today);
  const series = loadFigures(db, { serviceIds: [service.id], to: asOf }).get(service.id) ?? [];
  const first = series[0]?.month;
  const platforms = loadPlatformStates(db, [comune.id]).get(comune.id) ?? {};
  const catalogue = service.catalogueId
    ? db
        .select({ slug: catalogueServices.slug })
        .from(catalogueServices)
        .where(eq(catalogueServices.id, service.catalogueId))
        .get()
    : undefined;
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
      catalogueSlug: catalogue?.slug ?? null,
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
    figures: first
      ? alignMonths(series, first, asOf).map(({ month, figures: f }) => ({
          month,
          online: f?.online ?? null,
          assisted: f?.assisted ?? null,
          paper: f?.paper ?? null,
          takeUp: f ? (digitalTakeUp(f)?.value ?? null) : null,
          selfService: f ? (selfServiceShare(f)?.value ?? null) : null,
          pagopaShare: f ? (pagopaShare(f)?.value ?? null) : null,
          satisfaction: f ? (satisfactionScore(f.satisfaction)?.value ?? null) : null,
          costPerTransaction: f ? (costPerTransaction(f)?.value ?? null) : null,
        }))
      : [],
    totals12: headlineMeasures(within(series, last12(asOf))),
    target: comune.takeUpTarget,
    milestones: loadMilestones(db, { comuneId: comune.id, today: params.today, internal }).filter(
      (m) => m.service?.slug === service.slug,
    ),
    readiness: assessReadiness({
      stage,
      takesPayment: service.takesPayment,
      needsIdentity: service.needsIdentity,
      hasAssistedDesk: service.hasAssistedDesk,
      figures: series,
      platforms,
      target: comune.takeUpTarget,
    }),
    forecast: forecastTarget(series, comune.takeUpTarget),
  };
  return withInternal(page, internal, () => ({
    comments: loadComments(db, { comuneId: comune.id, scope: { serviceId: service.id } }),
  }));
}

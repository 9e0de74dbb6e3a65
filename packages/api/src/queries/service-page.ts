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
import { lastCompleteMonth } from '@switchoff/domain/months';
import { assessReadiness } from '@switchoff/domain/readiness';
import { stageHistory } from '@switchoff/domain/stages';
import { eq } from 'drizzle-orm';
import { lastMonthWithFigures, loadFigures } from './figures';
import { type FoundComune, findPublicService, publicComune } from './lookup';
import { headlineMeasures, last12, within } from './measures';
import { loadPublicMilestones } from './milestones';
import { loadPlatformStates } from './platforms';
import { loadStageEvents, stageAsOf } from './stages';

const { catalogueServices } = schema;

/** Everything the service page shows: stage history, monthly figures, measures, readiness. */
export function getServicePage(db: Db, params: { found: FoundComune; slug: string; today: string }) {
  const { found } = params;
  const { comune } = found;
  const service = findPublicService(db, comune, params.slug);
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

  return {
    comune: publicComune(found),
    asOf,
    service: {
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
    milestones: loadPublicMilestones(db, { comuneId: comune.id, today: params.today }).filter(
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
}

/**
 * The phase-1 reads, computed from the raw rows (every monthly row, every stage event): the
 * oracle that rollup-reads.test.ts holds the roll-up reads to, answer for answer. What does not
 * depend on how rows are read (the service page's and the milestones' views) is shared with the
 * procedures. Not used by any procedure.
 */
import { type Db, schema } from '@switchoff/db';
import { addMonths, digitalTakeUp, lastCompleteMonth, stageCounts, sumFigures, takeUpSeries } from '@switchoff/domain';
import { asc, eq } from 'drizzle-orm';
import { catalogueSlugOf } from './catalogue';
import { loadComments } from './comments';
import { loadFigures } from './figures';
import { comuneView, type FoundComune, findService, loadComuneServices } from './lookup';
import { last12, within } from './measures';
import { loadMilestones, milestoneSummary } from './milestones';
import { overviewServiceView } from './overview';
import { listPlatforms, listPnrr } from './platforms';
import { rawServiceStatuses } from './reference-services.testing';
import { servicePageView } from './service-page';
import { loadStageEvents } from './stages';
import { withInternal } from './visibility';

const { openDatasets } = schema;

/** Months of the comune-wide take-up trend. */
const TREND_MONTHS = 36;
/** How many upcoming milestones the overview lists. */
const NEXT_MILESTONES = 5;

/**
 * Everything the comune overview shows: public items only, unless the reader may see the
 * comune's internal data (`internal`), who also gets internal services and milestones (each
 * with its visibility), internal notes, versions for editing, and comments.
 */
export function rawComuneOverview(db: Db, params: { found: FoundComune; today: string; internal: boolean }) {
  const { found, internal } = params;
  const { comune } = found;
  const asOf = lastCompleteMonth(params.today);
  const trendFrom = addMonths(asOf, -(TREND_MONTHS - 1));

  const serviceRows = loadComuneServices(db, comune.id, internal);
  const window12 = last12(asOf);
  const { figures, statusOf } = rawServiceStatuses(db, {
    services: serviceRows,
    comuni: [comune],
    from: trendFrom,
    today: params.today,
  });

  const serviceViews = serviceRows.map((s) => overviewServiceView(s, internal, statusOf(s)));

  const milestones = loadMilestones(db, { comuneId: comune.id, today: params.today, internal });
  const overview = {
    comune: comuneView(found, internal),
    asOf,
    stageCounts: stageCounts(serviceViews.map((s) => s.stage)),
    /** Services whose figures are not up to date. */
    staleServices: serviceViews.filter((s) => s.stale).length,
    takeUp: digitalTakeUp(sumFigures(within([...figures.values()].flat(), window12))),
    services: serviceViews,
    trend: takeUpSeries([...figures.values()].flat(), trendFrom, asOf),
    milestones: milestoneSummary(milestones, NEXT_MILESTONES),
    platforms: listPlatforms(db, comune.id, internal),
    pnrr: listPnrr(db, comune.id, internal),
    datasets: db
      .select({
        title: openDatasets.title,
        portal: openDatasets.portal,
        url: openDatasets.url,
        license: openDatasets.license,
        publishedDate: openDatasets.publishedDate,
      })
      .from(openDatasets)
      .where(eq(openDatasets.comuneId, comune.id))
      .orderBy(asc(openDatasets.title))
      .all(),
  };
  return withInternal(overview, internal, () => ({ comments: loadComments(db, { comuneId: comune.id }) }));
}

/**
 * The service page from the raw rows: the service, its catalogue entry and its stage events by
 * drizzle, every monthly row; put together by the page's own view.
 */
export function rawServicePage(db: Db, params: { found: FoundComune; slug: string; today: string; internal: boolean }) {
  const { found, internal, today } = params;
  const { comune } = found;
  const service = findService(db, { comune, slug: params.slug, internal });
  const events = (loadStageEvents(db, [service.id]).get(service.id) ?? []).filter((e) => e.effectiveDate <= today);
  const series = loadFigures(db, { serviceIds: [service.id], to: lastCompleteMonth(today) }).get(service.id) ?? [];
  return servicePageView(db, {
    found,
    today,
    internal,
    service: { ...service, catalogueSlug: catalogueSlugOf(db, service.catalogueId) },
    events,
    series,
  });
}

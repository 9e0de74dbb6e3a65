import { bool, type Db } from '@switchoff/db';
import {
  allServices,
  datasetsOf,
  type OverviewServiceRow,
  publicServices,
  serviceRow,
} from '@switchoff/db/reads/overview';
import {
  addMonths,
  assessReadiness,
  digitalTakeUp,
  figuresFreshness,
  lastCompleteMonth,
  readinessInShort,
  stageCounts,
  takeUpSeries,
} from '@switchoff/domain';
import { loadComments } from './comments';
import { comuneView, type FoundComune } from './lookup';
import { last12 } from './measures';
import { loadMilestones, milestoneSummary } from './milestones';
import { listPlatforms, listPnrr, loadPlatformRows, platformStates } from './platforms';
import { channelsOver12, lastMonthUpToAsOf, readinessFigures, stageOnDay } from './status';
import { addChannels, channelFigures, loadComuneMonths } from './totals';
import { withInternal } from './visibility';

/** Months of the comune-wide take-up trend. */
const TREND_MONTHS = 36;
/** How many upcoming milestones the overview lists. */
const NEXT_MILESTONES = 5;

/** What the overview says of a service on the day: its stage, take-up, freshness and readiness. */
export type ServiceOnDay = {
  stage: ReturnType<typeof stageOnDay>['stage'];
  since: ReturnType<typeof stageOnDay>['since'];
  takeUp: ReturnType<typeof digitalTakeUp>;
  freshness: ReturnType<typeof figuresFreshness>;
  readiness: ReturnType<typeof assessReadiness>;
};

/** A service as the overview lists it, from its row and what it is on the day (the raw-rows oracle's too). */
export function overviewServiceView(
  s: Pick<OverviewServiceRow, 'slug' | 'name' | 'category' | 'visibility' | 'internalNote' | 'version'>,
  internal: boolean,
  day: ServiceOnDay,
) {
  const base = {
    slug: s.slug,
    name: s.name,
    category: s.category,
    stage: day.stage,
    stageSince: day.since,
    takeUp: day.takeUp,
    /** The last month with figures (null: none yet). */
    lastMonth: day.freshness.lastMonth,
    /** "Dati non aggiornati": figures more than 2 months behind the last complete month. */
    stale: day.freshness.stale,
    /** Its verdict and the conditions not met: what the overview words (ReadinessInShort). */
    readiness: readinessInShort(day.readiness),
  };
  // Only readers of internal data get these, and only their rows carry them.
  return withInternal(base, internal, () => ({
    visibility: s.visibility ?? 'public',
    internalNote: s.internalNote ?? null,
    version: s.version ?? 0,
  }));
}

/**
 * Everything the comune overview shows: public items only, unless the reader may see the
 * comune's internal data (`internal`), who also gets internal services and milestones (each
 * with its visibility), internal notes, versions for editing, and comments.
 *
 * Built from the roll-ups: each service's stage, last month, 12-month sums and readiness months
 * from service_status, the comune's trend from comune_month_totals; monthly rows are read only
 * for a service whose figures stop before the last complete month.
 */
export function getComuneOverview(db: Db, params: { found: FoundComune; today: string; internal: boolean }) {
  const { found, internal, today } = params;
  const { comune } = found;
  const asOf = lastCompleteMonth(today);
  const trendFrom = addMonths(asOf, -(TREND_MONTHS - 1));
  const window12 = last12(asOf);

  const serviceRows: OverviewServiceRow[] = (internal ? allServices : publicServices)
    .all(db, comune.id)
    .map(serviceRow);
  const platformRows = loadPlatformRows(db, comune.id);
  const platforms = platformStates(platformRows);

  // Most services share their last month: the freshness rule runs once per distinct month.
  const freshnessOf = new Map<string | null, ReturnType<typeof figuresFreshness>>();
  const serviceViews = serviceRows.map((s) => {
    const { stage, since } = stageOnDay(db, s, today);
    const lastMonth = lastMonthUpToAsOf(db, s, asOf);
    let freshness = freshnessOf.get(lastMonth);
    if (freshness === undefined) {
      freshness = figuresFreshness(lastMonth, today);
      freshnessOf.set(lastMonth, freshness);
    }
    return overviewServiceView(s, internal, {
      stage,
      since,
      takeUp: digitalTakeUp(channelsOver12(db, s, window12)),
      freshness,
      readiness: assessReadiness({
        today,
        stage,
        takesPayment: bool(s.takesPayment),
        needsIdentity: bool(s.needsIdentity),
        hasAssistedDesk: bool(s.hasAssistedDesk),
        figures: readinessFigures(db, s, asOf),
        platforms,
        target: comune.takeUpTarget,
      }),
    });
  });

  const months = loadComuneMonths(db, { comuneId: comune.id, from: trendFrom, to: asOf, internal });
  const milestones = loadMilestones(db, { comuneId: comune.id, today, internal });
  const overview = {
    comune: comuneView(found, internal),
    asOf,
    stageCounts: stageCounts(serviceViews.map((s) => s.stage)),
    /** Services whose figures are not up to date. */
    staleServices: serviceViews.filter((s) => s.stale).length,
    takeUp: digitalTakeUp(addChannels(months.filter((m) => m.month >= window12.from))),
    services: serviceViews,
    trend: takeUpSeries(months.map(channelFigures), trendFrom, asOf),
    milestones: milestoneSummary(milestones, NEXT_MILESTONES),
    platforms: listPlatforms(db, comune.id, internal, platformRows),
    pnrr: listPnrr(db, comune.id, internal),
    datasets: datasetsOf.all(db, comune.id),
  };
  return withInternal(overview, internal, () => ({ comments: loadComments(db, { comuneId: comune.id }) }));
}

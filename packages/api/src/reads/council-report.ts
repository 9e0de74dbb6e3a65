import type { Db } from '@switchoff/db';
import {
  addMonths,
  currentStage,
  digitalTakeUp,
  figuresFreshness,
  isClosedStatus,
  lastCompleteMonth,
  monthsBetween,
  stageCounts,
  stageHistory,
  sumFigures,
  takeUpSeries,
  type YearMonth,
} from '@switchoff/domain';
import { loadFigures, loadLastMonths } from './figures';
import { comuneView, type FoundComune, loadComuneServices } from './lookup';
import { assessServiceReadiness, within } from './measures';
import { byPlannedDate, loadMilestones, slippageSummary } from './milestones';
import { loadPlatformStates } from './platforms';
import { loadReplans } from './replans';
import { loadStageEvents } from './stages';
import { readinessOf } from './status';
import { withInternal } from './visibility';

/** How many upcoming milestones the report lists. */
const NEXT_MILESTONES = 8;

/** The last day of a month (`2024-02` → `2024-02-29`). */
function lastDayOf(month: YearMonth): string {
  const [year, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 2000, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Everything a council report shows for one comune and period `from`..`to` (complete months):
 * each service's stage at the start and at the end of the period with the changes in between
 * (and their reasons), digital take-up over the period with its monthly series and the same
 * measure for the period before, milestones done in the period, late ones, slipped ones and the
 * next ones with their re-plans, the days of slippage and re-plans in force, and the readiness of services not yet digital only (as of today).
 * Public items only, unless the reader may see the comune's internal data.
 */
export function getCouncilReport(
  db: Db,
  params: { found: FoundComune; from: YearMonth; to: YearMonth; today: string; internal: boolean },
) {
  const { found, internal, from, to, today } = params;
  const { comune } = found;
  const asOf = lastCompleteMonth(today);
  const start = `${from}-01`;
  const endOfPeriod = lastDayOf(to);
  const end = endOfPeriod < today ? endOfPeriod : today;
  const length = monthsBetween(from, to) + 1;
  const previous = { from: addMonths(from, -length), to: addMonths(from, -1) };

  const serviceRows = loadComuneServices(db, comune.id, internal);
  const ids = serviceRows.map((s) => s.id);
  const events = loadStageEvents(db, ids);
  const figures = loadFigures(db, { serviceIds: ids, from: previous.from, to: to < asOf ? to : asOf });
  const lastMonths = loadLastMonths(db, { serviceIds: ids, to: asOf });
  const platforms = loadPlatformStates(db, [comune.id]).get(comune.id) ?? {};

  const serviceViews = serviceRows.map((s) => {
    const all = (events.get(s.id) ?? []).filter((e) => e.effectiveDate <= today);
    const history = stageHistory(all);
    const stageAtStart = currentStage(all.filter((e) => e.effectiveDate < start));
    const stageAtEnd = currentStage(all.filter((e) => e.effectiveDate <= end));
    const stageNow = currentStage(all);
    const series = figures.get(s.id) ?? [];
    const freshness = figuresFreshness(lastMonths.get(s.id), today);
    const base = {
      slug: s.slug,
      name: s.name,
      category: s.category,
      stageAtStart,
      stageAtEnd,
      /** Stage changes that took effect in the period, oldest first, with their reasons. */
      changes: history
        .filter((h) => h.effectiveDate >= start && h.effectiveDate <= end)
        .map((h) => ({ stage: h.stage, from: h.from, kind: h.kind, effectiveDate: h.effectiveDate, reason: h.reason })),
      takeUp: digitalTakeUp(sumFigures(within(series, { from, to }))),
      lastMonth: freshness.lastMonth,
      stale: freshness.stale,
      /** Whether the paper channel can close, as of today (null when it is already closed). */
      readiness: assessServiceReadiness(s, {
        today,
        stage: stageNow,
        figures: readinessOf(db, s.id, asOf),
        platforms,
        target: comune.takeUpTarget,
      }),
    };
    return withInternal(base, internal, () => ({ visibility: s.visibility }));
  });

  const allFigures = [...figures.values()].flat();
  const milestones = loadMilestones(db, { comuneId: comune.id, today, internal });
  const done = milestones
    .filter((m) => m.actualDate !== null && m.actualDate >= start && m.actualDate <= end)
    .sort((a, b) => ((a.actualDate ?? '') < (b.actualDate ?? '') ? -1 : 1));
  const late = milestones.filter((m) => m.status === 'late');
  const slipped = milestones.filter((m) => m.status === 'slipped');
  const next = milestones
    .filter((m) => !isClosedStatus(m.status) && m.status !== 'late' && m.status !== 'slipped')
    .sort(byPlannedDate)
    .slice(0, NEXT_MILESTONES);
  const replans = loadReplans(
    db,
    [...done, ...late, ...slipped, ...next].map((m) => m.id),
    internal,
  );
  const withReplans = <M extends { id: number }>(list: M[]) =>
    list.map((m) => ({ ...m, replans: replans.get(m.id) ?? [] }));

  return {
    comune: comuneView(found, internal),
    period: { from, to, start, end },
    previousPeriod: previous,
    asOf,
    today,
    stageCounts: {
      start: stageCounts(serviceViews.map((s) => s.stageAtStart)),
      end: stageCounts(serviceViews.map((s) => s.stageAtEnd)),
    },
    services: serviceViews,
    takeUp: digitalTakeUp(sumFigures(within(allFigures, { from, to }))),
    takeUpPrevious: digitalTakeUp(sumFigures(within(allFigures, previous))),
    trend: takeUpSeries(within(allFigures, { from, to }), from, to),
    milestones: {
      ...slippageSummary(milestones),
      done: withReplans(done),
      late: withReplans(late),
      slipped: withReplans(slipped),
      next: withReplans(next),
    },
  };
}

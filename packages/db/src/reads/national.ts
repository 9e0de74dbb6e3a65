import type { ChannelCounts, Stage, YearMonth } from '@switchoff/domain';
import { prepared } from '../prepared';
import type { ServiceStatus } from './status';

/*
 * The national summary's reads: a few hundred roll-up rows (region_stage_counts,
 * region_month_totals) instead of 38 M monthly rows (phase 1's bare SQL on the raw rows took
 * 3.2-5 s; the summary now 38-43 ms p50, BENCHMARKS.md). The milestones are counted in
 * milestone-counts.ts, by the domain's rule.
 */

/** The comuni and inhabitants of each region (an archived comune counts nowhere, as in the roll-ups). */
export const regions = prepared<[], { region: string; comuni: number; population: number }>(
  'SELECT region, count(*) AS comuni, sum(population) AS population FROM comuni WHERE archived_at IS NULL GROUP BY region',
);

/** Public services at each stage, by region (region_stage_counts, kept by triggers). */
export const stageCountsByRegion = prepared<[], { region: string; stage: Stage; services: number }>(
  `SELECT region, stage, services FROM region_stage_counts WHERE visibility = 'public'`,
);

/** Public services whose latest stage event is still to come on `today`: counted above by a stage not yet in force. */
export const aheadOfToday = prepared<[string], ServiceStatus & { region: string }>(
  `SELECT st.service_id AS serviceId, st.stage, st.stage_since AS stageSince, st.last_month AS lastMonth, st.recent, st.last12, c.region
  FROM service_status st JOIN comuni c ON c.id = st.comune_id
  WHERE st.stage_since > ? AND st.visibility = 'public' AND c.archived_at IS NULL`,
);

/** Public transactions by channel, by region and month (region_month_totals, kept by triggers). */
export const monthsByRegion = prepared<
  [{ from: YearMonth; to: YearMonth }],
  ChannelCounts & { region: string; month: YearMonth }
>(
  `SELECT region, month, online, assisted, paper FROM region_month_totals
  WHERE visibility = 'public' AND month BETWEEN @from AND @to`,
);

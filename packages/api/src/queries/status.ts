import { type Db, prepared } from '@switchoff/db';
import type { ChannelCounts, MonthFigures } from '@switchoff/domain/measures';
import type { YearMonth } from '@switchoff/domain/months';
import type { Stage } from '@switchoff/domain/vocabulary';

/**
 * What service_status (a roll-up kept by triggers, packages/db/src/schema/rollups.ts) says of a
 * service. It is written for no particular day: a read for a day before its latest stage event
 * (dated in the future) or before its last month looks the answer up among the raw rows instead,
 * so every answer is exactly what the raw rows give for that day.
 */
export type ServiceStatus = {
  serviceId: number;
  stage: Stage | null;
  stageSince: string | null;
  lastMonth: YearMonth | null;
  /** JSON `[[month, digital, total], …]`, newest first, at most three months with transactions. */
  recent: string;
  /** JSON `[online, assisted, paper]` over the 12 months ending with `lastMonth` (when read). */
  last12?: string;
};

/** Columns of service_status `st`, in the order of StatusTuple, for the reads that join it and read tuples. */
export const STATUS_COLUMNS = 'st.service_id, st.stage, st.stage_since, st.last_month, st.recent, st.last12';
export type StatusTuple = [
  serviceId: number,
  stage: Stage | null,
  stageSince: string | null,
  lastMonth: YearMonth | null,
  recent: string,
  last12: string,
];

type RecentMonth = [month: YearMonth, digital: number, total: number];

const stageOn = prepared<[number, string], { stage: Stage; since: string }>(
  `SELECT stage, effective_date AS since FROM stage_events WHERE service_id = ? AND effective_date <= ?
  ORDER BY effective_date DESC, id DESC LIMIT 1`,
);

const lastMonthUpTo = prepared<[number, string], { month: YearMonth | null }>(
  'SELECT max(month) AS month FROM monthly_figures WHERE service_id = ? AND month <= ?',
);

const recentUpTo = prepared<[number, string], { month: YearMonth; digital: number; total: number }>(
  `SELECT month, online + assisted AS digital, online + assisted + paper AS total FROM monthly_figures
  WHERE service_id = ? AND month <= ? AND online + assisted + paper > 0 ORDER BY month DESC LIMIT 3`,
);

const sumsOver = prepared<[number, string, string], ChannelCounts>(
  `SELECT coalesce(sum(online), 0) AS online, coalesce(sum(assisted), 0) AS assisted, coalesce(sum(paper), 0) AS paper
  FROM monthly_figures WHERE service_id = ? AND month BETWEEN ? AND ?`,
);

/**
 * A service's transactions by channel over the 12 months `range` (ending with the last complete
 * month): from its status when its last month is that month (almost every service), else from
 * its monthly rows.
 */
export function channelsOver12(
  db: Db,
  status: ServiceStatus,
  range: { from: YearMonth; to: YearMonth },
): ChannelCounts {
  if (status.lastMonth === range.to && status.last12 !== undefined) {
    const [online = 0, assisted = 0, paper = 0] = JSON.parse(status.last12) as number[];
    return { online, assisted, paper };
  }
  return sumsOver.get(db, status.serviceId, range.from, range.to) ?? { online: 0, assisted: 0, paper: 0 };
}

/** The stage in force on `today` and the date it took effect (what stageAsOf gives from the events). */
export function stageOnDay(
  db: Db,
  status: ServiceStatus,
  today: string,
): { stage: Stage | null; since: string | null } {
  if (status.stageSince === null || status.stageSince <= today)
    return { stage: status.stage, since: status.stageSince };
  const found = stageOn.get(db, status.serviceId, today);
  return found === undefined ? { stage: null, since: null } : found;
}

/** The last month with figures up to `asOf` (null: none). */
export function lastMonthUpToAsOf(db: Db, status: ServiceStatus, asOf: YearMonth): YearMonth | null {
  if (status.lastMonth === null || status.lastMonth <= asOf) return status.lastMonth;
  return lastMonthUpTo.get(db, status.serviceId, asOf)?.month ?? null;
}

/**
 * The figures readiness looks at — the last three months with transactions up to `asOf`, from
 * `from` on — oldest first. Only what take-up needs is real: online holds online + assisted,
 * paper the rest, so digital take-up is the same division of the same integers as on the rows.
 */
export function readinessFigures(
  db: Db,
  status: ServiceStatus,
  range: { from: YearMonth; to: YearMonth },
): MonthFigures[] {
  let recent = JSON.parse(status.recent) as RecentMonth[];
  if (recent.some(([month]) => month > range.to)) {
    recent = recentUpTo.all(db, status.serviceId, range.to).map((r) => [r.month, r.digital, r.total]);
  }
  const figures: MonthFigures[] = [];
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const entry = recent[i];
    if (entry === undefined || entry[0] < range.from) continue;
    const [month, digital, total] = entry;
    figures.push({
      month,
      online: digital,
      assisted: 0,
      paper: total - digital,
      paymentsTotal: null,
      paymentsPagopa: null,
      satisfaction: NO_ANSWERS,
      costCents: null,
    });
  }
  return figures;
}

const NO_ANSWERS = [0, 0, 0, 0, 0] as const;

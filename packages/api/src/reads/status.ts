import type { Db } from '@switchoff/db';
import { lastMonthUpTo, recentUpTo, type ServiceStatus, stageOn, statusOf, sumsOver } from '@switchoff/db/reads/status';
import type { ChannelCounts, MonthFigures, Stage, YearMonth } from '@switchoff/domain';
import { channelFigures } from './totals';

type RecentMonth = [month: YearMonth, digital: number, total: number];

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
 * The figures the readiness rule (takeUpCondition) looks at, up to `asOf`, oldest first: the last
 * READINESS_MONTHS months with transactions and, when it is later, the last month with figures
 * (with no transactions: it only dates the data for the freshness check). Only what take-up
 * needs is real: online holds online + assisted, paper the rest, so digital take-up is the same
 * division of the same integers as on the rows. Every screen and the open data give the rule
 * these months, or the whole series, which it reads the same.
 */
export function readinessFigures(db: Db, status: ServiceStatus, asOf: YearMonth): MonthFigures[] {
  let recent = JSON.parse(status.recent) as RecentMonth[];
  if (recent.some(([month]) => month > asOf)) {
    recent = recentUpTo.all(db, status.serviceId, asOf).map((r) => [r.month, r.digital, r.total]);
  }
  const figures: MonthFigures[] = [];
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const entry = recent[i];
    if (entry === undefined) continue;
    const [month, digital, total] = entry;
    figures.push(channelFigures({ month, online: digital, assisted: 0, paper: total - digital }));
  }
  const lastMonth = lastMonthUpToAsOf(db, status, asOf);
  if (lastMonth !== null && lastMonth > (figures.at(-1)?.month ?? '')) {
    figures.push(channelFigures({ month: lastMonth, online: 0, assisted: 0, paper: 0 }));
  }
  return figures;
}

/** readinessFigures of one service by its id, for the reads that do not hold its status row. */
export function readinessOf(db: Db, serviceId: number, asOf: YearMonth): MonthFigures[] {
  const status = statusOf.get(db, serviceId);
  return status === undefined ? [] : readinessFigures(db, status, asOf);
}

import type { Db } from '@switchoff/db';
import { lastMonthUpTo, recentUpTo, type ServiceStatus, stageOn, sumsOver } from '@switchoff/db/reads/status';
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
    figures.push(channelFigures({ month, online: digital, assisted: 0, paper: total - digital }));
  }
  return figures;
}

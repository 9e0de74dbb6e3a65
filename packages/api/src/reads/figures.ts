import { type Db, schema } from '@switchoff/db';
import { monthFiguresOf } from '@switchoff/db/rows/figures';
import type { MonthFigures, YearMonth } from '@switchoff/domain';
import { and, asc, gte, inArray, lte, max } from 'drizzle-orm';

const { monthlyFigures } = schema;

/** Monthly figures of the given services within [from, to], oldest first, grouped by service. */
export function loadFigures(
  db: Db,
  params: { serviceIds: readonly number[]; from?: YearMonth; to: YearMonth },
): Map<number, MonthFigures[]> {
  const byService = new Map<number, MonthFigures[]>();
  if (params.serviceIds.length === 0) return byService;
  const rows = db
    .select()
    .from(monthlyFigures)
    .where(
      and(
        inArray(monthlyFigures.serviceId, [...params.serviceIds]),
        params.from ? gte(monthlyFigures.month, params.from) : undefined,
        lte(monthlyFigures.month, params.to),
      ),
    )
    .orderBy(asc(monthlyFigures.serviceId), asc(monthlyFigures.month))
    .all();
  for (const row of rows) {
    const list = byService.get(row.serviceId) ?? [];
    list.push(monthFiguresOf(row));
    byService.set(row.serviceId, list);
  }
  return byService;
}

/** The last month with figures in a series, or null. */
export function lastMonthWithFigures(series: readonly MonthFigures[] | undefined): YearMonth | null {
  return series?.at(-1)?.month ?? null;
}

/**
 * The last month with figures of each service, up to `to` (services without figures are
 * absent). One indexed read per service, whatever the window the screen loads.
 */
export function loadLastMonths(
  db: Db,
  params: { serviceIds: readonly number[]; to: YearMonth },
): Map<number, YearMonth> {
  const byService = new Map<number, YearMonth>();
  if (params.serviceIds.length === 0) return byService;
  const rows = db
    .select({ serviceId: monthlyFigures.serviceId, month: max(monthlyFigures.month) })
    .from(monthlyFigures)
    .where(and(inArray(monthlyFigures.serviceId, [...params.serviceIds]), lte(monthlyFigures.month, params.to)))
    .groupBy(monthlyFigures.serviceId)
    .all();
  for (const row of rows) if (row.month) byService.set(row.serviceId, row.month);
  return byService;
}

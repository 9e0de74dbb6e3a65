import { type Db, schema } from '@switchoff/db';
import type { MonthFigures } from '@switchoff/domain/measures';
import type { YearMonth } from '@switchoff/domain/months';
import { and, asc, gte, inArray, lte, max } from 'drizzle-orm';

const { monthlyFigures } = schema;

type FiguresRow = typeof monthlyFigures.$inferSelect;

export function toMonthFigures(row: FiguresRow): MonthFigures {
  return {
    month: row.month,
    online: row.online,
    assisted: row.assisted,
    paper: row.paper,
    paymentsTotal: row.paymentsTotal,
    paymentsPagopa: row.paymentsPagopa,
    satisfaction: [row.satisfaction1, row.satisfaction2, row.satisfaction3, row.satisfaction4, row.satisfaction5],
    costCents: row.costCents,
  };
}

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
    list.push(toMonthFigures(row));
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

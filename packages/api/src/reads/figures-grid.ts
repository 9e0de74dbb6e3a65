import { type Db, schema } from '@switchoff/db';
import { type FiguresRow, monthFiguresOf } from '@switchoff/db/rows/figures';
import { lastCompleteMonth } from '@switchoff/domain';
import { asc, eq } from 'drizzle-orm';
import { type ComuneRow, findService } from './lookup';

const { monthlyFigures } = schema;

/** One month of the grid as the editing screen shows it, with its version. */
export function gridRow(row: FiguresRow) {
  return { ...monthFiguresOf(row), version: row.version, updatedAt: row.updatedAt };
}

export type GridRow = ReturnType<typeof gridRow>;

/** The month-by-channel grid of a service: every month with figures, oldest first. */
export function getFiguresGrid(db: Db, params: { comune: ComuneRow; slug: string; today: string }) {
  const service = findService(db, { comune: params.comune, slug: params.slug, internal: true });
  const rows = db
    .select()
    .from(monthlyFigures)
    .where(eq(monthlyFigures.serviceId, service.id))
    .orderBy(asc(monthlyFigures.month))
    .all();
  return {
    service: { slug: service.slug, name: service.name, takesPayment: service.takesPayment },
    /** The latest month that may carry figures. */
    lastMonth: lastCompleteMonth(params.today),
    rows: rows.map(gridRow),
  };
}

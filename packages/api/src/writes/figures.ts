import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { FIGURE_COLUMNS, type FiguresColumns, type FiguresRow, figuresColumnsOf } from '@switchoff/db/rows/figures';
import { insertFigures, updateFigures } from '@switchoff/db/writes/figures';
import type { saveMonthsInput } from '@switchoff/domain/schemas';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { refuseField } from '../errors';
import { gridRow } from '../reads/figures-grid';
import { type ComuneRow, findService } from '../reads/lookup';
import { type Author, conflictMessage, expectOneChange, nowIso, recordAudit } from './audit';

const { monthlyFigures } = schema;

/** The columns a correction changes, before and after (empty when it changes nothing). */
export function diffFigures(existing: FiguresRow, next: FiguresColumns) {
  const before: Partial<FiguresColumns> = {};
  const after: Partial<FiguresColumns> = {};
  for (const key of Object.keys(next) as (keyof FiguresColumns)[]) {
    if (existing[key] === next[key]) continue;
    Object.assign(before, { [key]: existing[key] });
    Object.assign(after, { [key]: next[key] });
  }
  return { before, after };
}

/** A stale month refuses the save: CONFLICT with who changed it, pointing at that row of the grid. */
function refuseStale(tx: Tx, row: FiguresRow, index: number): never {
  const message = conflictMessage(tx, { entity: 'monthly_figures', entityId: row.id, updatedAt: row.updatedAt });
  return refuseField(['rows', index, 'version'], message, 'CONFLICT');
}

/** Adds a month that had no figures, with its audit row (inside the caller's transaction). */
export function insertMonth(
  tx: Tx,
  params: { serviceId: number; comuneId: number; month: string; values: FiguresColumns; author: Author },
): void {
  const { serviceId, month, values } = params;
  const created = insertFigures.get(tx, { serviceId, month, ...values });
  if (created === undefined) throw new Error('insertMonth: the INSERT returned no row');
  recordAudit(tx, {
    author: params.author,
    action: 'create',
    entity: 'monthly_figures',
    entityId: created.id,
    comuneId: params.comuneId,
    before: null,
    after: { serviceId, month, ...values, version: created.version },
  });
}

/**
 * Corrects a month on the version it was read with, recording only the columns that change;
 * returns false when nothing changes (no write, no audit row).
 */
export function updateMonth(
  tx: Tx,
  params: { current: FiguresRow; comuneId: number; values: FiguresColumns; author: Author },
): boolean {
  const { current } = params;
  const { before, after } = diffFigures(current, params.values);
  if (Object.keys(after).length === 0) return false;
  // Every column is written (the unchanged ones with their own value): one prepared statement
  // for any correction, where a SET of the changed columns only would be new SQL each time.
  const { values } = params;
  const result = updateFigures.run(tx, ...FIGURE_COLUMNS.map((k) => values[k]), nowIso(), current.id, current.version);
  expectOneChange(tx, result, { entity: 'monthly_figures', entityId: current.id });
  recordAudit(tx, {
    author: params.author,
    action: 'update',
    entity: 'monthly_figures',
    entityId: current.id,
    comuneId: params.comuneId,
    before: { serviceId: current.serviceId, month: current.month, ...before, version: current.version },
    after: { serviceId: current.serviceId, month: current.month, ...after, version: current.version + 1 },
  });
  return true;
}

/**
 * Saves months of the grid in one transaction: new months are added, corrected ones updated
 * (each on the version it was loaded with), unchanged ones left alone. One stale month refuses
 * the whole save, so nothing is half-written. Returns the saved months with their new versions.
 */
export function saveMonths(
  db: Db,
  params: { comune: ComuneRow; author: Author; today: string; input: z.output<typeof saveMonthsInput> },
) {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    const service = findService(tx, { comune, slug: input.slug, internal: true });
    const months = input.rows.map((r) => r.month);
    const existing = new Map(
      tx
        .select()
        .from(monthlyFigures)
        .where(and(eq(monthlyFigures.serviceId, service.id), inArray(monthlyFigures.month, months)))
        .all()
        .map((r) => [r.month, r]),
    );
    for (const [index, row] of input.rows.entries()) {
      const current = existing.get(row.month);
      const values = figuresColumnsOf(row);
      if (!current) {
        insertMonth(tx, {
          serviceId: service.id,
          comuneId: comune.id,
          month: row.month,
          values,
          author: params.author,
        });
        continue;
      }
      if (row.version !== current.version) refuseStale(tx, current, index);
      updateMonth(tx, { current, comuneId: comune.id, values, author: params.author });
    }
    const saved = tx
      .select()
      .from(monthlyFigures)
      .where(and(eq(monthlyFigures.serviceId, service.id), inArray(monthlyFigures.month, months)))
      .orderBy(asc(monthlyFigures.month))
      .all();
    return { slug: service.slug, rows: saved.map(gridRow) };
  });
}

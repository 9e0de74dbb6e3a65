import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { isPlatformActive } from '@switchoff/domain';
import type { setPlatformInput, setPnrrInput } from '@switchoff/domain/schemas';
import { and, eq, getTableName } from 'drizzle-orm';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { type AuditEntity, recordAudit } from './audit';
import type { EditOf } from './edit-params';
import { type AuditScope, checkRowVersion, updateAudited, type VersionedRow, type VersionedTable } from './versioned';

const { platformAdoptions, pnrrMeasures } = schema;

function platformItem(row: typeof platformAdoptions.$inferSelect) {
  return {
    platform: row.platform,
    state: row.state,
    activationDate: row.activationDate,
    active: isPlatformActive(row.platform, row.state),
    version: row.version,
  };
}

/**
 * Saves the comune's row of one platform or PNRR measure (`key`: `{ platform }` or `{ measure }`):
 * the first save creates it and sends no version (there is no row yet); later ones send the
 * row's, which is checked; a save that changes nothing writes nothing. Answers the row as saved.
 */
function saveComuneRow<T extends VersionedTable, Row extends VersionedRow>(
  tx: Tx,
  p: AuditScope & {
    table: T;
    row: Row | undefined;
    key: Record<string, string>;
    values: Partial<Row> & SQLiteUpdateSetSource<T>;
    version: Parameters<typeof checkRowVersion>[3];
    create: () => Row;
  },
): Row {
  const { row, key, values } = p;
  if (!row) {
    const created = p.create();
    recordAudit(tx, {
      author: p.author,
      action: 'create',
      entity: getTableName(p.table) as AuditEntity,
      entityId: created.id,
      comuneId: p.comuneId,
      before: null,
      after: { ...key, ...values, version: created.version },
    });
    return created;
  }
  checkRowVersion(tx, p.table, row, p.version);
  const fields = Object.keys(values) as (keyof Row & string)[];
  if (fields.every((field) => row[field] === values[field])) return row;
  updateAudited(tx, p.table, row, {
    author: p.author,
    comuneId: p.comuneId,
    fields: values,
    before: { ...key, ...Object.fromEntries(fields.map((field) => [field, row[field]])) },
    after: { ...key, ...values },
  });
  return { ...row, ...values, version: row.version + 1 };
}

/** Records the state of a national platform for the comune (first save without a version). */
export function setPlatform(db: Db, params: EditOf<typeof setPlatformInput>) {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    const values = { state: input.state, activationDate: input.activationDate };
    const saved = saveComuneRow(tx, {
      author: params.author,
      comuneId: comune.id,
      table: platformAdoptions,
      row: tx
        .select()
        .from(platformAdoptions)
        .where(and(eq(platformAdoptions.comuneId, comune.id), eq(platformAdoptions.platform, input.platform)))
        .get(),
      key: { platform: input.platform },
      values,
      version: input.version,
      create: () =>
        tx
          .insert(platformAdoptions)
          .values({ comuneId: comune.id, platform: input.platform, ...values })
          .returning()
          .get(),
    });
    return platformItem(saved);
  });
}

function pnrrItem(row: typeof pnrrMeasures.$inferSelect) {
  return {
    measure: row.measure,
    state: row.state,
    amountCents: row.amountCents,
    stateDate: row.stateDate,
    version: row.version,
  };
}

/** Records a PNRR measure's state and funding for the comune (first save without a version). */
export function setPnrr(db: Db, params: EditOf<typeof setPnrrInput>) {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    const values = { state: input.state, amountCents: input.amountCents, stateDate: input.stateDate };
    const saved = saveComuneRow(tx, {
      author: params.author,
      comuneId: comune.id,
      table: pnrrMeasures,
      row: tx
        .select()
        .from(pnrrMeasures)
        .where(and(eq(pnrrMeasures.comuneId, comune.id), eq(pnrrMeasures.measure, input.measure)))
        .get(),
      key: { measure: input.measure },
      values,
      version: input.version,
      create: () =>
        tx
          .insert(pnrrMeasures)
          .values({ comuneId: comune.id, measure: input.measure, ...values })
          .returning()
          .get(),
    });
    return pnrrItem(saved);
  });
}

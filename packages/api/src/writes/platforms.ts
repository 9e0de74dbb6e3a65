import { type Db, schema, writeTransaction } from '@switchoff/db';
import { isPlatformActive } from '@switchoff/domain';
import type { setPlatformInput, setPnrrInput } from '@switchoff/domain/schemas';
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { insertAudited } from './audit';
import type { EditOf, EditParams } from './edit-params';
import { checkRowVersion, updateAudited, type VersionedRow, type VersionedTable } from './versioned';

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

/** A versioned table of one row per comune and key (a platform, a PNRR measure). */
type ComuneKeyedTable = VersionedTable & { comuneId: SQLiteColumn; $inferSelect: VersionedRow };

/**
 * Saves the comune's row of one platform or PNRR measure (`key`: the platform or measure, its
 * column): the first save creates it and sends no version (there is no row yet); later ones send
 * the row's, which is checked; a save that changes nothing writes nothing. Answers the row as saved.
 */
function saveComuneRow<T extends ComuneKeyedTable>(
  db: Db,
  params: EditParams & { input: { version: number | null } },
  p: {
    table: T;
    key: { name: string; column: SQLiteColumn; value: string };
    values: Partial<T['$inferSelect']> & SQLiteUpdateSetSource<T>;
  },
): T['$inferSelect'] {
  const { table, values } = p;
  const { author, comune } = params;
  const key = { [p.key.name]: p.key.value };
  return writeTransaction(db, (tx) => {
    // A generic table's select answers an untyped row: it is the table's row.
    const row = tx
      .select()
      .from(table as SQLiteTable)
      .where(and(eq(table.comuneId, comune.id), eq(p.key.column, p.key.value)))
      .get() as T['$inferSelect'] | undefined;
    if (!row) {
      return insertAudited(tx, table, {
        author,
        values: { comuneId: comune.id, ...key, ...values } as T['$inferInsert'],
        after: (created) => ({ ...key, ...values, version: created.version }),
      });
    }
    checkRowVersion(tx, table, row, params.input.version);
    const fields = Object.keys(values) as (keyof T['$inferSelect'] & string)[];
    if (fields.every((field) => row[field] === values[field])) return row;
    updateAudited(tx, table, row, {
      author,
      comuneId: comune.id,
      fields: values,
      before: { ...key, ...Object.fromEntries(fields.map((field) => [field, row[field]])) },
      after: { ...key, ...values },
    });
    return { ...row, ...values, version: row.version + 1 };
  });
}

/** Records the state of a national platform for the comune (first save without a version). */
export function setPlatform(db: Db, params: EditOf<typeof setPlatformInput>) {
  const { platform, state, activationDate } = params.input;
  const key = { name: 'platform', column: platformAdoptions.platform, value: platform };
  return platformItem(saveComuneRow(db, params, { table: platformAdoptions, key, values: { state, activationDate } }));
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
  const { measure, state, amountCents, stateDate } = params.input;
  const key = { name: 'measure', column: pnrrMeasures.measure, value: measure };
  return pnrrItem(saveComuneRow(db, params, { table: pnrrMeasures, key, values: { state, amountCents, stateDate } }));
}

import type { Tx } from '@switchoff/db';
import type { MessageToken } from '@switchoff/domain';
import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { refuseField } from '../errors';

/**
 * Refuses `field` with CONFLICT and `message` when a row of `table` already matches `where`:
 * a name that must be unique (an email, a slug) is taken. Checked before the insert, so the
 * person reads which field and why instead of a constraint failure.
 */
export function refuseTaken(
  tx: Tx,
  taken: { table: SQLiteTable & { id: SQLiteColumn }; where: SQL | undefined; field: string; message: MessageToken },
): void {
  if (tx.select({ id: taken.table.id }).from(taken.table).where(taken.where).get()) {
    refuseField(taken.field, taken.message, 'CONFLICT');
  }
}

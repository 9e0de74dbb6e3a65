import { type Db, type Tx, writeTransaction } from '@switchoff/db';
import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { type AuditEntity, type Author, checkVersion, expectOneChange, nowIso, recordAudit } from './audit';
import { changedFields } from './changes';

/** A row of a table whose edits are checked by version (services, milestones, comuni, users, …). */
export type VersionedRow = { id: number; version: number; updatedAt?: string | null };

/** A versioned table that is audited under its own name (`AuditEntity`). */
export type VersionedTable = SQLiteTable & { _: { name: AuditEntity }; id: SQLiteColumn; version: SQLiteColumn };

/** Who makes an audited change, and the comune it concerns (null: none, e.g. a consortium or an account). */
export type AuditScope = { author: Author; comuneId: number | null };

/**
 * Refuses an edit of `row` (read in this transaction) based on another version than its own:
 * CONFLICT naming who changed it and when, before anything is written. `given` is the version
 * the form or file had.
 */
export function checkRowVersion(tx: Tx, table: VersionedTable, row: VersionedRow, given: number | null): void {
  const entity = getTableName(table) as AuditEntity;
  checkVersion(tx, { entity, entityId: row.id, current: row.version, given, updatedAt: row.updatedAt });
}

/**
 * An edit of one versioned row, in one transaction: `find` reads the row (NOT_FOUND otherwise),
 * its version is checked against the one the form or file was read with (CONFLICT, who changed
 * it and when), then `change` writes and answers.
 */
export function editVersioned<Row extends VersionedRow, R>(
  db: Db,
  edit: { table: VersionedTable; version: number; find: (tx: Tx) => Row; change: (tx: Tx, row: Row) => R },
): R {
  return writeTransaction(db, (tx) => {
    const row = edit.find(tx);
    checkRowVersion(tx, edit.table, row, edit.version);
    return edit.change(tx, row);
  });
}

/**
 * Writes `fields` on the version the row was read with and moves its version on (and its
 * updated_at, where the table has one): if another write slipped in between the check and
 * this one, nothing is overwritten (CONFLICT). Returns the updated_at it wrote.
 */
export function bumpVersion<T extends VersionedTable>(
  tx: Tx,
  table: T,
  row: VersionedRow,
  fields: SQLiteUpdateSetSource<T> = {},
): string {
  const updatedAt = nowIso();
  const stamp = 'updatedAt' in table ? { updatedAt } : {};
  const result = tx
    .update(table)
    .set({ ...fields, ...stamp, version: sql`${table.version} + 1` } as SQLiteUpdateSetSource<T>)
    .where(and(eq(table.id, row.id), eq(table.version, row.version)))
    .run();
  expectOneChange(tx, result, { entity: getTableName(table) as AuditEntity, entityId: row.id });
  return updatedAt;
}

/**
 * The whole audited edit of a versioned row: `fields` written on its version (bumpVersion), and
 * one audit row (`update` unless said otherwise) whose before and after each carry the version
 * that side had. Returns the updated_at it wrote.
 */
export function updateAudited<T extends VersionedTable>(
  tx: Tx,
  table: T,
  row: VersionedRow,
  change: AuditScope & {
    fields: SQLiteUpdateSetSource<T>;
    action?: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): string {
  const updatedAt = bumpVersion(tx, table, row, change.fields);
  recordAudit(tx, {
    author: change.author,
    action: change.action ?? 'update',
    entity: getTableName(table) as AuditEntity,
    entityId: row.id,
    comuneId: change.comuneId,
    before: { ...change.before, version: row.version },
    after: { ...change.after, version: row.version + 1 },
  });
  return updatedAt;
}

/**
 * The audited edit of the fields `input` really changes (changedFields): a save that changes
 * nothing writes nothing; otherwise they are written on the row's version and audited before and
 * after (updateAudited). Answers the row as it now is.
 */
export function updateChangedFields<T extends VersionedTable, R extends VersionedRow, K extends keyof R & string>(
  tx: Tx,
  table: T,
  row: R,
  change: AuditScope & { input: { [P in K]?: R[P] | undefined }; fields: readonly K[] },
): R {
  const { before, after } = changedFields(row, change.input, change.fields);
  if (Object.keys(after).length === 0) return row;
  const fields = after as SQLiteUpdateSetSource<T>;
  const updatedAt = updateAudited(tx, table, row, {
    author: change.author,
    comuneId: change.comuneId,
    fields,
    before,
    after,
  });
  return { ...row, ...after, version: row.version + 1, updatedAt };
}

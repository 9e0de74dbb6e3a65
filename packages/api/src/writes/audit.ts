import { type RunResult, schema, type Tx } from '@switchoff/db';
import { insertAudit } from '@switchoff/db/writes/audit';
import { type MessageToken, token } from '@switchoff/domain';
import { and, desc, eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { actorName, type SessionUser } from '../access';
import { refuse } from '../errors';

const { auditLog } = schema;

/** Who makes a change, as the audit log records it (no user id: the command line as the system). */
export type Author = { userId: number | null; actor: string };

export function authorOf(user: SessionUser): Author {
  return { userId: user.id, actor: actorName(user) };
}

/** Audited entities are named after their tables. */
export type AuditEntity =
  | 'consortia'
  | 'comuni'
  | 'services'
  | 'milestones'
  | 'monthly_figures'
  | 'platform_adoptions'
  | 'pnrr_measures'
  | 'comments'
  | 'users'
  | 'catalogue_services'
  /** Private calendar addresses: made and revoked by their owner. */
  | 'calendar_tokens'
  /** One row per comune and import, summing up what a CSV import changed (rows have their own). */
  | 'imports'
  /** Backups and restores of the whole database. */
  | 'database';

/** Appends one audit row; call it inside the transaction that makes the change. */
export function recordAudit(
  tx: Tx,
  entry: {
    author: Author;
    action: string;
    entity: AuditEntity;
    entityId: number | null;
    comuneId: number | null;
    before: unknown;
    after: unknown;
  },
): void {
  insertAudit.run(tx, {
    userId: entry.author.userId,
    actor: entry.author.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    comuneId: entry.comuneId,
    // As drizzle's JSON columns store them: JSON text, or NULL for nothing.
    before: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}

/** A table audited under its own name (`AuditEntity`), whose rows have an id. */
export type AuditedTable = SQLiteTable & { _: { name: AuditEntity }; id: SQLiteColumn; $inferSelect: { id: number } };

/**
 * Inserts one row and records its creation (before: nothing; after: `after` of the row as
 * stored), inside the caller's transaction. The audit row concerns the comune the new row belongs
 * to (its `comuneId`), the new comune itself, or none (a consortium, an account, a catalogue
 * entry). Answers the stored row.
 */
export function insertAudited<T extends AuditedTable>(
  tx: Tx,
  table: T,
  creation: { author: Author; values: T['$inferInsert']; after: (row: T['$inferSelect']) => unknown },
): T['$inferSelect'] {
  // A generic table's insert answers an untyped row: it is the table's row.
  const row = tx.insert(table).values(creation.values).returning().get() as T['$inferSelect'];
  const entity = getTableName(table) as AuditEntity;
  recordAudit(tx, {
    author: creation.author,
    action: 'create',
    entity,
    entityId: row.id,
    comuneId:
      'comuneId' in row && typeof row.comuneId === 'number' ? row.comuneId : entity === 'comuni' ? row.id : null,
    before: null,
    after: creation.after(row),
  });
  return row;
}

/** Who last changed the row and when (from its latest audit row), as the stale-version refusal names them. */
export function conflictMessage(
  tx: Tx,
  params: { entity: AuditEntity; entityId: number; updatedAt?: string | null },
): MessageToken {
  const latest = tx
    .select({ actor: auditLog.actor, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entity, params.entity), eq(auditLog.entityId, params.entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .get();
  return token('version.stale', { actor: latest?.actor ?? '', at: latest?.at ?? params.updatedAt ?? '' });
}

/**
 * Refuses a save based on a version other than the row's: CONFLICT saying who changed it and
 * when, before anything is written.
 */
export function checkVersion(
  tx: Tx,
  params: { entity: AuditEntity; entityId: number; current: number; given: number | null; updatedAt?: string | null },
): void {
  if (params.given === params.current) return;
  refuse('CONFLICT', conflictMessage(tx, params));
}

/**
 * Guards the UPDATE itself (`WHERE version = ?`): if another process slipped in between the
 * check and the write, nothing is overwritten.
 */
export function expectOneChange(tx: Tx, result: RunResult, params: { entity: AuditEntity; entityId: number }): void {
  if (result.changes === 1) return;
  refuse('CONFLICT', conflictMessage(tx, params));
}

/** The timestamp the schema's defaults use, for updated_at. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A row as the audit log keeps it: without its bookkeeping timestamps. */
export function snapshot<T extends Record<string, unknown>>(row: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

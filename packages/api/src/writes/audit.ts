import { type RunResult, schema, type Tx } from '@switchoff/db';
import { insertAudit } from '@switchoff/db/writes/audit';
import { TRPCError } from '@trpc/server';
import { and, desc, eq } from 'drizzle-orm';
import { actorName, type SessionUser } from '../access';

const { auditLog } = schema;

/** Who makes a change, as the audit log records it (no user id: the command line as the system). */
export type Author = { userId: number | null; actor: string };

export function authorOf(user: SessionUser): Author {
  return { userId: user.id, actor: actorName(user) };
}

/** Audited entities are named after their tables. */
export type AuditEntity =
  | 'comuni'
  | 'services'
  | 'milestones'
  | 'monthly_figures'
  | 'platform_adoptions'
  | 'pnrr_measures'
  | 'comments'
  | 'users'
  | 'catalogue_services'
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

const ITALIAN_DATE_TIME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "27 novembre 2026 alle ore 17:56", in Italian time, for a stored UTC timestamp. */
export function formatItalianDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : ITALIAN_DATE_TIME.format(date);
}

/** "Modificato da <actor> il <date/time> — ricarica la pagina", from the latest audit row. */
export function conflictMessage(
  tx: Tx,
  params: { entity: AuditEntity; entityId: number; updatedAt?: string | null },
): string {
  const latest = tx
    .select({ actor: auditLog.actor, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entity, params.entity), eq(auditLog.entityId, params.entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .get();
  const actor = latest?.actor ?? 'un altro utente';
  const at = latest?.at ?? params.updatedAt ?? null;
  return at
    ? `Modificato da ${actor} il ${formatItalianDateTime(at)} — ricarica la pagina`
    : `Modificato da ${actor} — ricarica la pagina`;
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
  throw new TRPCError({ code: 'CONFLICT', message: conflictMessage(tx, params) });
}

/**
 * Guards the UPDATE itself (`WHERE version = ?`): if another process slipped in between the
 * check and the write, nothing is overwritten.
 */
export function expectOneChange(tx: Tx, result: RunResult, params: { entity: AuditEntity; entityId: number }): void {
  if (result.changes === 1) return;
  throw new TRPCError({ code: 'CONFLICT', message: conflictMessage(tx, params) });
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

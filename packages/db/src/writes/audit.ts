import { prepared } from '../prepared';

/** One audit_log row; `before` and `after` as JSON text or null, as drizzle's JSON columns store them. */
export type AuditInsert = {
  userId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  comuneId: number | null;
  before: string | null;
  after: string | null;
};

/** Prepared once: imports append one audit row per row they write. */
export const insertAudit = prepared<[AuditInsert], never>(
  `INSERT INTO audit_log (user_id, actor, action, entity, entity_id, comune_id, before, after)
  VALUES (@userId, @actor, @action, @entity, @entityId, @comuneId, @before, @after)`,
);

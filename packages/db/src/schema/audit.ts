import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rowId, stamp } from './columns';

/** Every change: who, when, what, before and after (JSON). Rows are only ever appended. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: rowId(),
    at: stamp('at'),
    /** The user who made the change (null for the command line and imports run by the system). */
    userId: integer('user_id'),
    /** Who, as a person reads it: "Name <email>" or "cli". */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    /** Comune the change concerns, so "what changed this month" is one indexed read. */
    comuneId: integer('comune_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_log_comune_idx').on(t.comuneId, t.at), index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

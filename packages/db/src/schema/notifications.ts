import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { childRow, requiredRef, rowId, stamp } from './columns';
import { comuni } from './tenancy';

export const EMAIL_KINDS = ['digest', 'milestone_late', 'service_switched_off'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** pending → sending (claimed, with a lease) → sent; failed after the last attempt. */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * Emails to send, written in the transaction of the change that causes them and sent by a
 * background loop. The idempotency key makes each message exist once, however often its cause
 * is looked at.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: rowId(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    userId: requiredRef('user_id', () => users.id),
    comuneId: integer('comune_id').references(() => comuni.id),
    kind: text('kind', { enum: EMAIL_KINDS }).notNull(),
    recipient: text('recipient').notNull(),
    /** In the account's language when it was written, for the admins' list. */
    subject: text('subject').notNull(),
    /**
     * What the message says, as facts taken in the writing transaction (JSON). It is rendered
     * when sent, with the installation's address for its links: every attempt renders the same.
     */
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When the loop may (re)try it; while `sending`, when the claim lapses. */
    nextAttemptAt: stamp('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: stamp('created_at'),
    sentAt: text('sent_at'),
  },
  (t) => [index('outbox_due_idx').on(t.state, t.nextAttemptAt), index('outbox_created_idx').on(t.createdAt)],
);

/** Secrets the server makes for itself on first use (the unsubscribe links' HMAC key). */
export const serverSecrets = sqliteTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: stamp('created_at'),
});

/** Private calendar addresses: the token is shown once, only its SHA-256 is kept; revoked ones stop working. */
export const calendarTokens = sqliteTable(
  'calendar_tokens',
  {
    ...childRow('userId', () => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: stamp('created_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('calendar_tokens_user_idx').on(t.userId)],
);

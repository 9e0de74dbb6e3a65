import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import type { Language } from '@switchoff/db/schema';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { MailPayload } from './payloads';
import { subjectOf } from './render';

const { outbox } = schema;

/** How many times a message is tried before it is marked failed. */
export const MAX_ATTEMPTS = 10;
/** The first retry waits this long; each next one twice as long, up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 6 * 60 * 60_000;
/**
 * How long a claimed message stays claimed: a process that dies while sending leaves it
 * `sending`, and it is tried again once the claim lapses (the same Message-ID, so a receiver
 * that got it after all can tell it is the same message).
 */
export const CLAIM_MS = 5 * 60_000;

/** Who a message goes to. */
export type Recipient = { id: number; email: string; name: string; language: Language };

/**
 * Writes a message into the outbox, inside the caller's transaction. A message whose key is
 * already there is not written again: the key says what the message is about and for whom
 * (`late:<milestone>:<planned date>:<user>`), so looking at the same cause twice sends once.
 * Returns whether it was written.
 */
export function enqueueEmail(
  tx: Tx,
  params: { key: string; recipient: Recipient; comuneId: number | null; payload: MailPayload },
): boolean {
  const result = tx
    .insert(outbox)
    .values({
      idempotencyKey: params.key,
      userId: params.recipient.id,
      comuneId: params.comuneId,
      kind: params.payload.kind,
      recipient: params.recipient.email,
      subject: subjectOf(params.payload),
      payload: params.payload,
    })
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .run();
  return result.changes === 1;
}

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Claims up to `limit` messages that are due (pending, or claimed by a process that did not
 * finish in time), counting the attempt. The claim is one immediate transaction, so two
 * processes never claim the same message.
 */
export function claimDueEmails(db: Db, params: { now: Date; limit: number }): OutboxRow[] {
  const nowIso = params.now.toISOString();
  return writeTransaction(db, (tx) => {
    const due = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(inArray(outbox.state, ['pending', 'sending']), lte(outbox.nextAttemptAt, nowIso)))
      .orderBy(outbox.nextAttemptAt, outbox.id)
      .limit(params.limit)
      .all()
      .map((r) => r.id);
    if (due.length === 0) return [];
    const claimUntil = new Date(params.now.getTime() + CLAIM_MS).toISOString();
    return tx
      .update(outbox)
      .set({ state: 'sending', attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: claimUntil })
      .where(inArray(outbox.id, due))
      .returning()
      .all();
  });
}

/** The message went: never sent again. */
export function markEmailSent(db: Db, params: { id: number; now: Date }): void {
  db.update(outbox)
    .set({ state: 'sent', sentAt: params.now.toISOString(), lastError: null })
    .where(and(eq(outbox.id, params.id), eq(outbox.state, 'sending')))
    .run();
}

/** Delay before the next attempt after `attempts` tries: 1 min, 2, 4 … up to 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/** The attempt failed: tried again after the backoff, or failed for good after the last attempt. */
export function markEmailFailed(db: Db, params: { row: OutboxRow; now: Date; error: string }): void {
  const { row, now } = params;
  const last = row.attempts >= MAX_ATTEMPTS;
  db.update(outbox)
    .set({
      state: last ? 'failed' : 'pending',
      lastError: params.error.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)).toISOString(),
    })
    .where(and(eq(outbox.id, row.id), eq(outbox.state, 'sending')))
    .run();
}

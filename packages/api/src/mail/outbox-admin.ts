import { type Db, schema } from '@switchoff/db';
import { OUTBOX_VIEWS, type OutboxView } from '@switchoff/domain/schemas';
import { and, count, desc, eq, gt, type SQL, sql } from 'drizzle-orm';

const { outbox, users, comuni } = schema;

/** Rows per page of the admins' outbox list. */
export const OUTBOX_PAGE_SIZE = 50;

/**
 * What went wrong with the last attempt, in the few kinds an admin can act on: the server could
 * not be reached, refused the login, refused the message for good (5xx), asked to try later (4xx).
 */
export type SendErrorKind = 'connection' | 'login' | 'refused' | 'deferred' | 'other';

/**
 * Reads the kind from the text nodemailer gave (`connect ECONNREFUSED …`, `Invalid login: 535 …`,
 * `Message failed: 550 …`): only the text is kept in the outbox, so the kind is read from it.
 */
export function classifySendError(text: string | null): SendErrorKind | null {
  if (text === null || text === '') return null;
  if (/invalid login|\b535\b|\bEAUTH\b|authentication/i.test(text)) return 'login';
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|ESOCKET|timeout|connection closed|socket close|greeting never received/i.test(
      text,
    )
  )
    return 'connection';
  const code = /\b([45])\d\d\b/.exec(text)?.[1];
  if (code === '5') return 'refused';
  if (code === '4') return 'deferred';
  return 'other';
}

/** The state as the admins see it: a pending message that already failed once is `retrying`. */
const viewSql = sql<OutboxView>`CASE WHEN ${outbox.state} = 'pending' AND ${outbox.attempts} > 0 THEN 'retrying' ELSE ${outbox.state} END`;

function whereView(view: OutboxView): SQL | undefined {
  if (view === 'pending') return and(eq(outbox.state, 'pending'), eq(outbox.attempts, 0));
  if (view === 'retrying') return and(eq(outbox.state, 'pending'), gt(outbox.attempts, 0));
  return eq(outbox.state, view);
}

/**
 * The admins' view of the outbox: the messages to their consortium's accounts, latest first, a
 * page at a time, all states or one, with how many there are in each state.
 */
export function listOutbox(db: Db, params: { consortiumId: number; state?: OutboxView; page: number }) {
  const ours = eq(users.consortiumId, params.consortiumId);
  const where = params.state === undefined ? ours : and(ours, whereView(params.state));
  const rows = db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      recipient: outbox.recipient,
      recipientName: users.name,
      comune: comuni.name,
      subject: outbox.subject,
      state: viewSql,
      attempts: outbox.attempts,
      nextAttemptAt: outbox.nextAttemptAt,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .innerJoin(users, eq(users.id, outbox.userId))
    .leftJoin(comuni, eq(comuni.id, outbox.comuneId))
    .where(where)
    .orderBy(desc(outbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((params.page - 1) * OUTBOX_PAGE_SIZE)
    .all()
    .map((row) => ({ ...row, errorKind: classifySendError(row.lastError) }));
  const grouped = db
    .select({ state: viewSql, n: count() })
    .from(outbox)
    .innerJoin(users, eq(users.id, outbox.userId))
    .where(ours)
    .groupBy(viewSql)
    .all();
  const counts = Object.fromEntries(
    OUTBOX_VIEWS.map((view) => [view, grouped.find((g) => g.state === view)?.n ?? 0]),
  ) as Record<OutboxView, number>;
  const total = params.state === undefined ? grouped.reduce((sum, g) => sum + g.n, 0) : counts[params.state];
  return { rows, counts, total, page: params.page, pageSize: OUTBOX_PAGE_SIZE };
}

/** A failed message tried again from the admins' screen: pending now, its attempts counted afresh. */
export function retryFailedEmail(db: Db, params: { id: number; consortiumId: number; now: Date }): boolean {
  const owned = db
    .select({ id: outbox.id })
    .from(outbox)
    .innerJoin(users, eq(users.id, outbox.userId))
    .where(and(eq(outbox.id, params.id), eq(users.consortiumId, params.consortiumId), eq(outbox.state, 'failed')))
    .get();
  if (owned === undefined) return false;
  db.update(outbox)
    .set({ state: 'pending', attempts: 0, nextAttemptAt: params.now.toISOString() })
    .where(and(eq(outbox.id, params.id), eq(outbox.state, 'failed')))
    .run();
  return true;
}

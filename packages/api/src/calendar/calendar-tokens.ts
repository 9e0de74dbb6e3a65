import { createHash, randomBytes } from 'node:crypto';
import { type Db, schema, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../access';
import { comuneIdsOf, SESSION_USER_COLUMNS } from '../auth/sessions';
import { notFound } from '../errors';
import { type Author, insertAudited, recordAudit } from '../writes/audit';

const { calendarTokens, users } = schema;

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The private calendar addresses an account made: when, and whether revoked (never the token). */
export function listCalendarTokens(db: Db, userId: number) {
  return db
    .select({ id: calendarTokens.id, createdAt: calendarTokens.createdAt, revokedAt: calendarTokens.revokedAt })
    .from(calendarTokens)
    .where(eq(calendarTokens.userId, userId))
    .orderBy(desc(calendarTokens.id))
    .all();
}

/**
 * A new private calendar address for the account: the token is returned once and only its
 * SHA-256 is kept, like a session's.
 */
export function createCalendarToken(db: Db, params: { userId: number; author: Author }): { id: number; token: string } {
  const secret = randomBytes(32).toString('base64url');
  return writeTransaction(db, (tx) => {
    const row = insertAudited(tx, calendarTokens, {
      author: params.author,
      values: { userId: params.userId, tokenHash: hashOf(secret) },
      after: () => ({ userId: params.userId }),
    });
    return { id: row.id, token: secret };
  });
}

/** Revokes one of the account's own calendar addresses: it stops working at once; twice changes nothing. */
export function revokeCalendarToken(db: Db, params: { userId: number; id: number; author: Author; now: Date }) {
  writeTransaction(db, (tx) => {
    const row =
      tx
        .select()
        .from(calendarTokens)
        .where(and(eq(calendarTokens.id, params.id), eq(calendarTokens.userId, params.userId)))
        .get() ?? notFound(token('calendar.notFound', { id: params.id }));
    if (row.revokedAt !== null) return;
    const revokedAt = params.now.toISOString();
    tx.update(calendarTokens).set({ revokedAt }).where(eq(calendarTokens.id, row.id)).run();
    recordAudit(tx, {
      author: params.author,
      action: 'revoke',
      entity: 'calendar_tokens',
      entityId: row.id,
      comuneId: null,
      before: { revokedAt: null },
      after: { revokedAt },
    });
  });
  return listCalendarTokens(db, params.userId);
}

/** The enabled account a calendar token belongs to, while neither is revoked or disabled; null otherwise. */
export function findCalendarOwner(db: Db, secret: string): SessionUser | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  const row = db
    .select(SESSION_USER_COLUMNS)
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(
      and(eq(calendarTokens.tokenHash, hashOf(secret)), isNull(calendarTokens.revokedAt), isNull(users.disabledAt)),
    )
    .get();
  if (row === undefined) return null;
  return { ...row, comuneIds: comuneIdsOf(db, row.id) };
}

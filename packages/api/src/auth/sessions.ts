import { createHash, randomBytes } from 'node:crypto';
import { type Db, schema } from '@switchoff/db';
import { eq, lte } from 'drizzle-orm';
import type { SessionUser } from '../access';
import { isDatabaseBusy } from '../errors';

const { sessions, userComuni, users } = schema;

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/**
 * A session ends after 12 hours without use (a working day), and in any case 7 days after the
 * login: a stolen cookie cannot be kept alive for ever by using it.
 */
export const SESSION_IDLE_MS = 12 * HOUR;
export const SESSION_MAX_MS = 7 * 24 * HOUR;
/** The expiry slides at most once every 10 minutes, so reading pages does not write each time. */
export const SESSION_RENEW_STEP_MS = 10 * MINUTE;

/** 32 random bytes in base64url: 43 characters. Anything else is not one of our tokens. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a token: its SHA-256, so a leaked table opens no session. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type NewSession = { token: string; expiresAt: Date };

/** Opens a session for `userId`; the token goes to the cookie, only its hash to the database. */
export function createSession(db: Db, { userId, now }: { userId: number; now: Date }): NewSession {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  db.insert(sessions)
    .values({
      tokenHash: hashSessionToken(token),
      userId,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    .run();
  return { token, expiresAt };
}

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'role' | 'consortiumId'>;

/** The columns of an account a session user is made of (`toSessionUser`), to select beside others. */
export const SESSION_USER_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  consortiumId: users.consortiumId,
};

/** The comuni an account belongs to (council members only belong to some). */
export function comuneIdsOf(db: Db, userId: number): number[] {
  return db
    .select({ id: userComuni.comuneId })
    .from(userComuni)
    .where(eq(userComuni.userId, userId))
    .all()
    .map((r) => r.id);
}

/** The user as procedures see them; council members carry their comuni. */
export function toSessionUser(db: Db, row: UserRow): SessionUser {
  const comuneIds = row.role === 'council' ? comuneIdsOf(db, row.id) : [];
  return { id: row.id, email: row.email, name: row.name, role: row.role, consortiumId: row.consortiumId, comuneIds };
}

export type ResolvedSession = {
  user: SessionUser;
  expiresAt: Date;
  /** True when the expiry moved forward, so the cookie must be sent again with it. */
  renewed: boolean;
};

/**
 * The session a token opens at `now`, sliding its expiry forward (never past the 7-day cap).
 * Null for an unknown, expired or malformed token and for a disabled user; an expired session
 * is deleted on sight.
 */
export function resolveSession(db: Db, token: string | null | undefined, now: Date): ResolvedSession | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const row = db
    .select({
      sessionId: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      ...SESSION_USER_COLUMNS,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashSessionToken(token)))
    .get();
  if (!row) return null;
  const expiresAt = Date.parse(row.expiresAt);
  if (!(expiresAt > now.getTime()) || row.disabledAt !== null) {
    unlessBusy(() => db.delete(sessions).where(eq(sessions.id, row.sessionId)).run());
    return null;
  }
  const wanted = Math.min(now.getTime() + SESSION_IDLE_MS, Date.parse(row.createdAt) + SESSION_MAX_MS);
  const renewed =
    wanted - expiresAt >= SESSION_RENEW_STEP_MS &&
    unlessBusy(() =>
      db
        .update(sessions)
        .set({ expiresAt: new Date(wanted).toISOString() })
        .where(eq(sessions.id, row.sessionId))
        .run(),
    );
  return { user: toSessionUser(db, row), expiresAt: new Date(renewed ? wanted : expiresAt), renewed };
}

/**
 * Runs a write a request makes by the way (a session's expiry slid forward, an expired one
 * removed) and says whether it ran: while another connection holds the database (an import), it
 * is left for the next request rather than turning every logged-in call into a 503.
 */
function unlessBusy(write: () => unknown): boolean {
  try {
    write();
    return true;
  } catch (error) {
    if (isDatabaseBusy(error)) return false;
    throw error;
  }
}

/** The logged-in user a session token stands for at `now`, or null. */
export function loadSessionUser(db: Db, token: string | null | undefined, now: Date): SessionUser | null {
  return resolveSession(db, token, now)?.user ?? null;
}

/** Ends one session (logout). Unknown tokens are ignored. */
export function deleteSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, hashSessionToken(token)))
    .run();
}

/** Ends every session of a user (account disabled or password changed). */
export function deleteUserSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Removes sessions that expired by `now`; returns how many. */
export function purgeExpiredSessions(db: Db, now: Date): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run().changes;
}

/** The active account with this email as procedures see it (the command line acting as that person), or null. */
export function loadActiveUserByEmail(db: Db, email: string): SessionUser | null {
  const row = db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return row && row.disabledAt === null ? toSessionUser(db, row) : null;
}

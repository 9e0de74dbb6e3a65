import { type Db, schema } from '@switchoff/db';
import { ACCOUNT_LIMITS, MESSAGES } from '@switchoff/domain';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { SessionUser } from '../access';
import { appError } from '../errors';
import { verifyPassword } from './password';
import {
  addressKey,
  clearFailures,
  LoginRateLimited,
  loginBlockedUntil,
  purgeOldFailures,
  recordLoginFailure,
} from './rate-limit';
import { createSession, type NewSession, purgeExpiredSessions, SESSION_USER_COLUMNS, toSessionUser } from './sessions';
import { normaliseEmail } from './users';

const { users } = schema;

export const loginInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, MESSAGES['auth.emailRequired'])
    .max(ACCOUNT_LIMITS.emailChars, MESSAGES['auth.emailTooLong']),
  password: z
    .string()
    .min(1, MESSAGES['auth.passwordRequired'])
    .max(ACCOUNT_LIMITS.passwordMaxChars, MESSAGES['auth.passwordTooLong']),
});

/**
 * The hash of a random password nobody knows, with the same scrypt cost as real hashes: an
 * unknown email is checked against it, so it takes as long as a wrong password.
 */
const DUMMY_HASH = 'scrypt$32768$8$1$_O1aGDwKQsNrrIpqWpGgXw$vrI6IrfKZ5N2BeJsSK9CeWn7AOKlYQuyhr0cS_EsTbg';

export type LoginAttempt = { email: string; password: string; address: string; now: Date };

/**
 * Checks a login and opens a session. After 5 failures for the account from this address, or 20
 * from the address, in 15 minutes, each further attempt from there waits (30 s, then twice as
 * long each time, at most 15 minutes): TOO_MANY_REQUESTS says when to retry. Nobody can lock an
 * account: the count is per account and address, and the owner logs in from elsewhere. Every
 * call counts, one by one inside a batch too. Otherwise UNAUTHORIZED, the same message whatever
 * was wrong (`auth.loginRefused`).
 */
export async function logIn(db: Db, attempt: LoginAttempt): Promise<{ session: NewSession; user: SessionUser }> {
  const { now } = attempt;
  const email = normaliseEmail(attempt.email);
  const address = addressKey(attempt.address);
  purgeOldFailures(db, now);
  purgeExpiredSessions(db, now);

  const retryAt = loginBlockedUntil(db, { email, address, now });
  if (retryAt) {
    const cause = new LoginRateLimited(retryAt, now);
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
  }
  // Counted as a failure until the password proves right, so parallel guesses count too.
  recordLoginFailure(db, { email, address, now });

  const row = db
    .select({
      ...SESSION_USER_COLUMNS,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.email, email))
    .get();
  const matches = await verifyPassword(attempt.password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !matches || row.disabledAt !== null) {
    throw appError('UNAUTHORIZED', 'auth.loginRefused');
  }

  clearFailures(db, { email, address }); // the pending row included
  const session = createSession(db, { userId: row.id, now });
  return { session, user: toSessionUser(db, row) };
}

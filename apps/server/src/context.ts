import { type Context, createContextInner, type SessionTransport } from '@switchoff/api';
import type { JobRunner, ReadBudget } from '@switchoff/api/server';
import { resolveSession } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { clearedSessionCookie, readSessionToken, sessionCookie } from './session-cookie';

/**
 * The tRPC context of an HTTP request: the user of the session cookie (its expiry slid forward
 * and the cookie sent again when it moves), and a transport that sets or clears the cookie.
 */
export function createExpressContext({
  db,
  today,
  now,
  operator = null,
  readBudget = null,
  jobs = null,
  writeWaitMs,
}: {
  db: Db;
  today?: (() => string) | undefined;
  now: () => Date;
  operator?: string | null;
  /** Expensive reads left to each caller, shared by every request this process answers. */
  readBudget?: ReadBudget | null;
  /** Where imports run (worker threads in the server); null: in place. */
  jobs?: JobRunner | null;
  /** How long a call waits, in turns, for a database another connection holds (WRITE_WAIT's budget). */
  writeWaitMs?: number;
}) {
  return ({ req, res }: CreateExpressContextOptions): Context => {
    const secure = req.secure;
    const token = readSessionToken(req);
    const session: SessionTransport = {
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      token,
      setSessionToken: (value, expiresAt) => {
        res.append('Set-Cookie', sessionCookie({ token: value, expiresAt, secure, now: now() }));
      },
      clearSessionToken: () => {
        res.append('Set-Cookie', clearedSessionCookie(secure));
      },
    };
    const resolved = token ? resolveSession(db, token, now()) : null;
    if (token && !resolved) session.clearSessionToken();
    if (token && resolved?.renewed) session.setSessionToken(token, resolved.expiresAt);
    const user = resolved?.user ?? null;
    return createContextInner({ db, today, now, user, session, operator, readBudget, jobs, writeWaitMs });
  };
}

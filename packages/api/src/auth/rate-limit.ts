import { isIPv6 } from 'node:net';
import { type Db, schema } from '@switchoff/db';
import { appMessage } from '@switchoff/domain';
import { and, asc, eq, gt, lte, type SQL } from 'drizzle-orm';
import { AppErrorCause } from '../errors';

const { loginFailures } = schema;

/** Failed logins count for 15 minutes. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/**
 * Per account and address: guessing one person's password from one place. Counted per pair, so
 * failures from an attacker's address never hold back the account's owner logging in elsewhere.
 */
export const FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Per address: trying many accounts from one place (an office behind one address still fits). */
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The wait after the first failure over a limit; it doubles with each further one, up to the window. */
export const FIRST_DELAY_MS = 30 * 1000;

/** A thrown TOO_MANY_REQUESTS carries this as its cause, so HTTP can say Retry-After. */
export class LoginRateLimited extends AppErrorCause {
  constructor(
    readonly retryAt: Date,
    now: Date,
  ) {
    // "Riprova tra 12 minuti (alle 17:42)": whole minutes, at least one.
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
    super(appMessage('auth.tooManyAttempts', { retryAt: retryAt.toISOString(), minutes }));
    this.name = 'LoginRateLimited';
  }
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(missing, 0) }, () => '0'), ...right];
}

/**
 * The key an address is limited under: IPv4 as is (also when IPv4-mapped), IPv6 by its /64,
 * since one subscriber usually holds a whole /64 and could otherwise rotate addresses.
 */
export function addressKey(address: string): string {
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (!isIPv6(plain)) return plain.slice(0, 100) || 'unknown';
  const prefix = expandIPv6(plain.split('%')[0] ?? plain)
    .slice(0, 4)
    .map((part) => part.replace(/^0+(?=.)/, ''));
  return `${prefix.join(':')}::/64`;
}

function failureTimes(db: Db, since: string, ...where: SQL[]): number[] {
  return db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(...where, gt(loginFailures.at, since)))
    .orderBy(asc(loginFailures.at))
    .all()
    .map((r) => Date.parse(r.at));
}

/**
 * Progressive delay, never a lock: once `free` failures (ascending `times`) are in the window, the
 * next attempt waits FIRST_DELAY_MS after the last one, twice as long after each further failure,
 * at most the window. Null when no wait is due.
 */
function freeAt(times: number[], free: number): number | null {
  const last = times.at(-1);
  if (times.length < free || last === undefined) return null;
  return last + Math.min(LOGIN_WINDOW_MS, FIRST_DELAY_MS * 2 ** (times.length - free));
}

/** The moment a new login attempt for `email` from `address` is allowed again, or null if allowed now. */
export function loginBlockedUntil(
  db: Db,
  { email, address, now }: { email: string; address: string; now: Date },
): Date | null {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const account = freeAt(
    failureTimes(db, since, eq(loginFailures.email, email), eq(loginFailures.address, address)),
    FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  );
  const place = freeAt(failureTimes(db, since, eq(loginFailures.address, address)), FREE_FAILURES_PER_ADDRESS);
  const until = Math.max(account ?? 0, place ?? 0);
  return until > now.getTime() ? new Date(until) : null;
}

/** Records a failed (or not yet verified) attempt; returns its id. */
export function recordLoginFailure(
  db: Db,
  { email, address, now }: { email: string; address: string; now: Date },
): number {
  const row = db
    .insert(loginFailures)
    .values({ email, address, at: now.toISOString() })
    .returning({ id: loginFailures.id })
    .get();
  return row.id;
}

/**
 * After a successful login the account starts afresh from that address (only there: the owner
 * logging in must not give an attacker elsewhere new guesses).
 */
export function clearFailures(db: Db, { email, address }: { email: string; address: string }): void {
  db.delete(loginFailures)
    .where(and(eq(loginFailures.email, email), eq(loginFailures.address, address)))
    .run();
}

/** Drops failures that no longer count, so the table stays small. */
export function purgeOldFailures(db: Db, now: Date): void {
  db.delete(loginFailures)
    .where(lte(loginFailures.at, new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString()))
    .run();
}

import { inReadTransaction } from '@switchoff/db';
import { TRPCError } from '@trpc/server';
import { addressKey } from './auth/rate-limit';
import { retryWhileBusy } from './busy-retry';
import type { Context } from './context';
import { DATABASE_BUSY_MESSAGE, DatabaseBusy, isDatabaseBusy } from './errors';
import { ReadBudgetExceeded } from './read-budget';

/**
 * What a procedure says about itself with `.meta()`: the guard below reads it, and so does the
 * HTTP layer (apps/server), from the router, instead of keeping lists of names.
 */
export type ProcedureMeta = {
  /**
   * The same answer for everyone who is not logged in: a browser or proxy may keep it and ask
   * again with its ETag. Only for queries whose answer depends on the input alone.
   */
  publicRead?: boolean;
  /**
   * A read that costs tens of milliseconds at national scale (a whole report, a portfolio,
   * the national summary): each call counts against the caller's address budget.
   */
  expensive?: boolean;
};

/** What a middleware's `next()` gives back, as far as the guard reads it. */
type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * What every call runs in, once, whichever middleware runs it (trpc.ts: the base procedure's,
 * the login or role check's, or the one of a comune's, a consortium's or a data scope's procedures,
 * which resolves it inside the guard): a middleware fewer than a guard of its own, and each level
 * of tRPC's middleware chain costs about 5 µs of CPU a call (BENCHMARKS.md, session 18).
 * The guard:
 * - an expensive read (meta) spends one call of the caller's budget, each call of a batch alike,
 *   and is refused with 429 and Retry-After when none is left (ReadBudgetExceeded);
 * - a public read (a `publicRead` query) runs in one read transaction, each attempt its own (none
 *   is open while the thread waits): its answer depends on its input alone and writes nothing;
 * - a call the database refused as busy runs again, after a timer, until the context's
 *   `writeWaitMs` has passed (busy-retry.ts), then is a 503 with Retry-After (DatabaseBusy).
 * Both are read by the server's responseMeta. Never a 500. `attempt` may throw (a lookup's
 * NOT_FOUND, a refusal, a busy database): what it throws is retried alike when busy, else thrown
 * on for tRPC to turn into its error answer, as it would from a middleware of its own.
 */
export async function guardedCall<R extends Outcome>(
  opts: { ctx: Context; meta: ProcedureMeta | undefined; type: string },
  attempt: () => Promise<R>,
): Promise<R> {
  const { ctx, meta } = opts;
  if (meta?.expensive && ctx.readBudget) {
    // Logged in: the account's own budget, so an office shares none with a script behind its address.
    const caller = ctx.user ? `user:${ctx.user.id}` : addressKey(ctx.session.clientAddress);
    const wait = ctx.readBudget.spend(caller, ctx.now().getTime());
    if (wait > 0) {
      const cause = new ReadBudgetExceeded(wait);
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
    }
  }
  const publicRead = opts.type === 'query' && meta?.publicRead === true;
  // What the last attempt threw, when it threw: thrown on unless it was the database being busy.
  let thrown: { error: unknown } | null = null;
  const settled = async (): Promise<R | Outcome> => {
    thrown = null;
    try {
      return await attempt();
    } catch (error) {
      thrown = { error };
      return { ok: false, error };
    }
  };
  const result = await retryWhileBusy<R | Outcome>({
    db: ctx.db,
    budgetMs: ctx.writeWaitMs,
    attempt: publicRead ? () => inReadTransaction(ctx.db, settled) : settled,
    isBusy: (outcome) => !outcome.ok && isDatabaseBusy(outcome.error),
    readOnly: publicRead,
  });
  if (!result.ok && isDatabaseBusy(result.error)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_BUSY_MESSAGE, cause: new DatabaseBusy() });
  }
  if (thrown !== null) throw (thrown as { error: unknown }).error;
  return result as R;
}

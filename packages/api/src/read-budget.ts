import { appMessage } from '@switchoff/domain';
import { AppErrorCause } from './errors';

/**
 * How many expensive reads (procedures with `meta: { expensive: true }`) one caller may make:
 * a burst of `capacity` calls, then `perSecond`. A person opening reports and portfolios stays
 * far below it; a script looping batches of council reports is held to two calls a second, which
 * at national scale (a portfolio 12 ms, the national summary 40 ms) is a few percent of a worker.
 */
export type ReadBudgetRate = { capacity: number; perSecond: number };

export const EXPENSIVE_READS: ReadBudgetRate = { capacity: 20, perSecond: 2 };

/** Buckets kept at most; the least recently used goes first (one map per server process). */
const MAX_CALLERS = 10_000;

/** A thrown TOO_MANY_REQUESTS carries this as its cause, so HTTP says Retry-After. */
export class ReadBudgetExceeded extends AppErrorCause {
  constructor(readonly retryAfterSeconds: number) {
    super(appMessage('server.tooManyReads', { seconds: retryAfterSeconds }));
    this.name = 'ReadBudgetExceeded';
  }
}

/** The expensive reads each caller has left, as token buckets in memory. */
export type ReadBudget = {
  /** Spends one call of `caller`'s budget: 0 when there was one, else the whole seconds until there is. */
  spend: (caller: string, nowMs: number) => number;
};

/**
 * A budget per caller (an address, or an account when logged in), kept in this process: with
 * several server workers each holds its own, so a caller gets at most that many times the rate.
 */
export function createReadBudget(rate: ReadBudgetRate = EXPENSIVE_READS): ReadBudget {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    spend(caller, nowMs) {
      const bucket = buckets.get(caller);
      const elapsed = bucket ? Math.max(0, nowMs - bucket.at) / 1000 : 0;
      const tokens = bucket ? Math.min(rate.capacity, bucket.tokens + elapsed * rate.perSecond) : rate.capacity;
      // Re-inserted, so the map's order is least recently used first.
      buckets.delete(caller);
      if (tokens < 1) {
        buckets.set(caller, { tokens, at: nowMs });
        return Math.max(1, Math.ceil((1 - tokens) / rate.perSecond));
      }
      buckets.set(caller, { tokens: tokens - 1, at: nowMs });
      if (buckets.size > MAX_CALLERS) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      return 0;
    },
  };
}

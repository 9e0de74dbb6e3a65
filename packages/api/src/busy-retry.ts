import { BUSY_TIMEOUT_MS, countChanges, type Db } from '@switchoff/db';

/**
 * How a request's write waits for a database another connection holds (an operator's `sqlite3`
 * shell in BEGIN IMMEDIATE, the CLI's import, another worker's write): SQLite's busy handler
 * sleeps on the thread that answers requests, so the server's request connection waits at most
 * `attemptMs` each time and the write is tried again after a timer, the thread free meanwhile,
 * until `budgetMs` (the usual busy timeout) has passed; then the request is answered 503.
 * `attemptMs` covers an ordinary write of another worker (milliseconds).
 */
export const WRITE_WAIT = { attemptMs: 20, budgetMs: BUSY_TIMEOUT_MS } as const;

/** The first pause between attempts; each next one twice as long, up to LONGEST_PAUSE_MS. */
const FIRST_PAUSE_MS = 10;
const LONGEST_PAUSE_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` and, while its outcome says the database was busy (`isBusy`) and it wrote
 * nothing (the connection's count of changed rows did not move: the lock is taken before a
 * write transaction's first statement), runs it again after a pause, until `budgetMs` has passed
 * since the first attempt. Gives the last outcome: a busy one only when the budget ran out (or
 * something was written before the database turned busy, which is not tried twice).
 */
export async function retryWhileBusy<R>(p: {
  db: Db;
  budgetMs: number;
  attempt: () => Promise<R>;
  isBusy: (outcome: R) => boolean;
  /**
   * The call writes nothing (a public read): tried again without counting changed rows, a
   * statement spared on every public read (BENCHMARKS.md, session 15).
   */
  readOnly?: boolean;
}): Promise<R> {
  const deadline = Date.now() + p.budgetMs;
  const changes = () => (p.readOnly ? 0 : countChanges(p.db));
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    const before = changes();
    const outcome = await p.attempt();
    if (!p.isBusy(outcome) || changes() !== before) return outcome;
    const left = deadline - Date.now();
    if (left <= 0) return outcome;
    // Spread out, so that writes waiting for the same lock do not all try again at once.
    await sleep(Math.min(left, pause * (0.5 + Math.random())));
  }
}

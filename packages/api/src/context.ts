import type { Db } from '@switchoff/db';
import { openJobStore } from '@switchoff/db/jobs';
import { todayIso } from '@switchoff/domain';
import type { SessionUser } from './access';
import { WRITE_WAIT } from './busy-retry';
import { inPlaceJobRunner, type JobRunner } from './jobs/import-job';
import type { ReadBudget } from './read-budget';

/** What the transport offers the login and logout procedures (a cookie, over HTTP). */
export type SessionTransport = {
  /** The client's address, for rate limiting. */
  clientAddress: string;
  /** The session token the request presented, if any (logout and a new login end it). */
  token?: string | null;
  setSessionToken: (token: string, expiresAt: Date) => void;
  clearSessionToken: () => void;
};

export type Context = {
  db: Db;
  /** Today's date (YYYY-MM-DD); injected so tests can fix the calendar. */
  today: () => string;
  /** The clock of sessions and login limits; injected so tests can fix it too. */
  now: () => Date;
  user: SessionUser | null;
  session: SessionTransport;
  /**
   * Slug of the consortium that runs the installation (SWITCHOFF_OPERATOR), whose admins may
   * download a backup holding every consortium; null: the first consortium created.
   */
  operator: string | null;
  /** Expensive reads left to each caller (HTTP); null: no limit (tests, the CLI). */
  readBudget: ReadBudget | null;
  /** Where long writes (imports) run: a worker thread in the server, in place otherwise. */
  jobs: JobRunner;
  /** How long a call waits, in turns, for a database another connection holds before 503 (busy-retry.ts). */
  writeWaitMs: number;
};

/** One in-place runner per database, so its job store outlives a request (an in-memory one too). */
const inPlaceRunners = new WeakMap<Db, JobRunner>();

/** The runner of `db` that runs jobs where they are called, with the job store beside the database. */
export function inPlaceJobsOf(db: Db): JobRunner {
  let runner = inPlaceRunners.get(db);
  if (runner === undefined) {
    runner = inPlaceJobRunner(db, openJobStore(db.$client.name));
    inPlaceRunners.set(db, runner);
  }
  return runner;
}

/** The context without any transport: what tests and the HTTP adapter both build on. */
export function createContextInner(options: {
  db: Db;
  today?: () => string;
  now?: () => Date;
  user?: SessionUser | null;
  session?: SessionTransport;
  operator?: string | null;
  readBudget?: ReadBudget | null;
  jobs?: JobRunner | null;
  writeWaitMs?: number;
}): Context {
  return {
    db: options.db,
    today: options.today ?? (() => todayIso()),
    now: options.now ?? (() => new Date()),
    user: options.user ?? null,
    session: options.session ?? { clientAddress: 'local', setSessionToken: () => {}, clearSessionToken: () => {} },
    operator: options.operator ?? null,
    readBudget: options.readBudget ?? null,
    jobs: options.jobs ?? inPlaceJobsOf(options.db),
    writeWaitMs: options.writeWaitMs ?? WRITE_WAIT.budgetMs,
  };
}

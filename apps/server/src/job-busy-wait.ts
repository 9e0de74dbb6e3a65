import type { Db } from '@switchoff/db';
import { type JobStore, readRunningJob } from '@switchoff/db/jobs';

/**
 * How long a write waits for the database while a job runs. A job (an import's commit) holds the
 * write lock for its whole transaction, seconds at a time, so waiting the usual busy timeout (5 s)
 * would only hold the thread that answers requests (better-sqlite3 waits synchronously: /healthz
 * and every read of this worker with it) and then answer 503 anyway. This short wait still lets
 * a write through the moment the job ends.
 */
export const BUSY_TIMEOUT_DURING_JOB_MS = 50;

/** How often the job store is asked whether a job runs (any process's: another worker's, the CLI's). */
const CHECK_EVERY_MS = 100;

/**
 * Keeps the busy timeout of `db` (the connection that answers requests) short while a job runs on
 * its database and puts it back when none does, checking the job store every CHECK_EVERY_MS.
 * `check` asks at once (the runner calls it when it starts a job). Stops when `db` is closed.
 */
export function watchRunningJobs(db: Db, store: JobStore): { check: () => void; stop: () => void } {
  const sqlite = db.$client;
  let usual: number | null = null;
  const check = () => {
    if (!sqlite.open || !store.open) {
      stop();
      return;
    }
    const running = readRunningJob(store) !== undefined;
    if (running && usual === null) {
      usual = sqlite.pragma('busy_timeout', { simple: true }) as number;
      sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_DURING_JOB_MS}`);
    } else if (!running && usual !== null) {
      sqlite.pragma(`busy_timeout = ${usual}`);
      usual = null;
    }
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  // A server that is closing does not wait for it.
  timer.unref();
  function stop() {
    clearInterval(timer);
  }
  return { check, stop };
}

import type { Db } from './client';
import { prepared } from './prepared';

/**
 * How long a connection waits for another's write lock before SQLite answers SQLITE_BUSY: the
 * CLI's and the job threads' wait. better-sqlite3 waits synchronously, on the thread that runs
 * the statement, so the server's request connection waits far less (setBusyTimeout) and tries
 * again after a timer instead.
 */
export const BUSY_TIMEOUT_MS = 5000;

/** Sets how long `db`'s connection waits for another's write lock, in milliseconds. */
export function setBusyTimeout(db: Db, ms: number): void {
  db.$client.pragma(`busy_timeout = ${Math.max(0, Math.round(ms))}`);
}

const totalChanges = prepared<[], { n: number }>('SELECT total_changes() AS n');

/**
 * Rows inserted, updated or deleted on `db`'s connection since it opened (rolled back or not):
 * unchanged across a failed write means it wrote nothing, so trying it again cannot write twice.
 */
export function countChanges(db: Db): number {
  return totalChanges.get(db)?.n ?? 0;
}

import type { Db } from './client';
import { prepared } from './prepared';

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

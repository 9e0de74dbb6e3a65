import type { Db } from './client';
import { prepared } from './prepared';

const ownChanges = prepared<[], { n: number }>('SELECT total_changes() AS n');

/**
 * A mark that changes whenever the database's content may have: SQLite's `data_version` moves
 * when another connection (another worker, the CLI) commits, `total_changes()` when this one
 * writes a row (triggers' rows included). Equal marks mean nothing was written in between, so
 * what was computed from the data still holds. Two reads of a few microseconds.
 */
export function readDataVersion(db: Db): string {
  const others = db.$client.pragma('data_version', { simple: true });
  return `${String(others)}.${ownChanges.get(db)?.n ?? 0}`;
}

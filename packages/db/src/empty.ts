import type { Db } from './client';

/** True when the database holds no consortium, comune or catalogue service yet. */
export function isDatabaseEmpty(db: Db): boolean {
  const rows = db.$client
    .prepare(
      'SELECT (SELECT count(*) FROM consortia) + (SELECT count(*) FROM comuni) + (SELECT count(*) FROM catalogue_services)',
    )
    .pluck()
    .get();
  return rows === 0;
}

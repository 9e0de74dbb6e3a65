import type { Db } from '@switchoff/db';

/** A real read through the database, for /healthz: throws when SQLite cannot answer. */
export function checkHealth(db: Db): { ok: true } {
  db.$client.prepare('SELECT count(*) AS n FROM consortia').get();
  return { ok: true };
}

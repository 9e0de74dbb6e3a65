import type { Db } from './client';

/** A real read through the database, for /healthz: throws when SQLite cannot answer. */
export function checkDatabase(db: Db): void {
  db.$client.prepare('SELECT count(*) AS n FROM consortia').get();
}

import { checkDatabase, type Db } from '@switchoff/db';

/** A real read through the database, for /healthz: throws when SQLite cannot answer. */
export function checkHealth(db: Db): { ok: true } {
  checkDatabase(db);
  return { ok: true };
}

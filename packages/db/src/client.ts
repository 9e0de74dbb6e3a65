import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';

/**
 * How long a connection waits for another's write lock before SQLite answers SQLITE_BUSY: the
 * CLI's and the job threads' wait. better-sqlite3 waits synchronously, on the thread that runs
 * the statement, so the server's request connection waits far less (setBusyTimeout) and tries
 * again after a timer instead.
 */
export const BUSY_TIMEOUT_MS = 5000;

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The committed SQL migrations, found through the package itself so a bundled server finds them too. */
export const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve('@switchoff/db/package.json')),
  'drizzle',
);

/**
 * Refuses a file made by a migration that is no longer committed (before the first release the
 * initial migration was regenerated): drizzle would run the new one over it and fail on the
 * first existing table, saying nothing useful.
 */
function refuseUnknownMigrations(sqlite: Database.Database, path: string): void {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (table === undefined) return;
  const known = new Set(readMigrationFiles({ migrationsFolder }).map((m) => m.hash));
  const applied = sqlite.prepare('SELECT hash FROM __drizzle_migrations').pluck().all() as string[];
  if (applied.every((hash) => known.has(hash))) return;
  sqlite.close();
  throw new Error(
    `${path} was made with an earlier, unreleased schema of Switch-off: move it away and start again (an empty file is migrated and filled with the demo)`,
  );
}

/**
 * Opens (or creates) the SQLite database at `path` (":memory:" for tests), with WAL and
 * foreign keys on, and applies the committed migrations.
 */
export function createDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  refuseUnknownMigrations(sqlite, path);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return db;
}

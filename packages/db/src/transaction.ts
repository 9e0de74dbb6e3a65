import type Database from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';
import type * as schema from './schema';

/** The result of a write on better-sqlite3: rows changed and the last rowid. */
export type RunResult = Database.RunResult;

/**
 * The database or an open (synchronous) transaction on it: what every read and write runs on.
 * Both carry the better-sqlite3 connection as `$client` (a transaction is a BEGIN on that one
 * connection, so a statement prepared on it runs inside the open transaction).
 */
export type Tx = BaseSQLiteDatabase<'sync', RunResult, typeof schema> & { $client: Database.Database };

/**
 * A write transaction: BEGIN IMMEDIATE, so it takes the write lock before it reads. With several
 * server processes on one SQLite file, a deferred transaction that reads and then writes can
 * find another process's commit in between and fail at once (SQLITE_BUSY); an immediate one
 * waits its turn (busy_timeout) instead. The transaction handed to `write` carries the
 * connection as `$client`, as the database does, which drizzle's own transaction object does not.
 */
export function writeTransaction<T>(db: Db, write: (tx: Tx) => T): T {
  const client = db.$client;
  return db.transaction((tx) => write(Object.assign(tx, { $client: client })), { behavior: 'immediate' });
}

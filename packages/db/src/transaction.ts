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

const snapshotStatements = new WeakMap<Database.Database, { begin: Database.Statement; commit: Database.Statement }>();

/**
 * Runs a read's statements in one read transaction (BEGIN … COMMIT): SQLite takes its read lock
 * and finds its snapshot of the WAL once, instead of once per statement (about 4 µs each,
 * BENCHMARKS.md, session 17), and the statements see one state of the data. For a read that
 * writes nothing and waits for nothing but its own statements, which are synchronous: nothing
 * else runs on the connection until it settles. Inside an open transaction it runs in that one.
 * Always committed, never rolled back (it wrote nothing), whatever `read` gives.
 */
export async function inReadTransaction<T>(db: Db, read: () => Promise<T>): Promise<T> {
  const client = db.$client;
  if (client.inTransaction) return read();
  let statements = snapshotStatements.get(client);
  if (statements === undefined) {
    statements = { begin: client.prepare('BEGIN'), commit: client.prepare('COMMIT') };
    snapshotStatements.set(client, statements);
  }
  statements.begin.run();
  try {
    return await read();
  } finally {
    if (client.inTransaction) statements.commit.run();
  }
}

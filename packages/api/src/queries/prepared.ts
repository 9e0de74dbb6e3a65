import type { Db } from '@switchoff/db';
import type { Tx } from './audit';

type Client = Db['$client'];
const prepare = (client: Client, sql: string) => client.prepare<unknown[]>(sql);
type Statement = ReturnType<typeof prepare>;
type Params = readonly unknown[] | [Record<string, unknown>];

/** A statement of a hot read or write, typed by its parameters and rows. */
export type Prepared<P extends Params, Row> = {
  all: (db: Db | Tx, ...params: P) => Row[];
  get: (db: Db | Tx, ...params: P) => Row | undefined;
  run: (db: Db | Tx, ...params: P) => { changes: number; lastInsertRowid: number | bigint };
};

/**
 * The connection under a database or an open transaction. better-sqlite3 has one connection
 * and a transaction is a BEGIN on it, so a statement prepared on the connection runs inside
 * the open transaction. drizzle's transaction object does not expose the connection but its
 * session holds it.
 */
export function connectionOf(db: Db | Tx): Client {
  if ('$client' in db) return db.$client;
  const { session } = db as unknown as { session?: { client?: Client } };
  if (session?.client === undefined) throw new Error('prepared: no better-sqlite3 connection under this transaction');
  return session.client;
}

/**
 * A statement prepared once per database connection and kept in a WeakMap keyed by the
 * connection (a closed or dropped database takes its statements along): hot reads never build
 * or parse SQL, and rows come back as plain objects, without an ORM's mapping in between.
 */
export function prepared<P extends Params, Row>(sql: string): Prepared<P, Row> {
  return preparedWith<P, Row>(sql, false);
}

/**
 * The same for reads of thousands of rows: each row an array of its columns in SELECT order,
 * which spares building an object per row.
 */
export function preparedTuples<P extends Params, Row extends readonly unknown[]>(sql: string): Prepared<P, Row> {
  return preparedWith<P, Row>(sql, true);
}

function preparedWith<P extends Params, Row>(sql: string, tuples: boolean): Prepared<P, Row> {
  const statements = new WeakMap<Client, Statement>();
  const statement = (db: Db | Tx): Statement => {
    const client = connectionOf(db);
    let found = statements.get(client);
    if (found === undefined) {
      found = prepare(client, sql);
      if (tuples) found.raw(true);
      statements.set(client, found);
    }
    return found;
  };
  return {
    all: (db, ...params) => statement(db).all(...(params as unknown[])) as Row[],
    get: (db, ...params) => statement(db).get(...(params as unknown[])) as Row | undefined,
    run: (db, ...params) => statement(db).run(...(params as unknown[])),
  };
}

/** A list of ids as one parameter: `… IN (SELECT value FROM json_each(?))` keeps one statement for any length. */
export const idList = (ids: readonly number[]): string => JSON.stringify(ids);

/** SQLite keeps booleans as 0/1. */
export const bool = (value: number): boolean => value === 1;

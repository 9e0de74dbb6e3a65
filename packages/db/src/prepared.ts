import type Database from 'better-sqlite3';
import type { Tx } from './transaction';

type Client = Database.Database;
const prepare = (client: Client, sql: string) => client.prepare<unknown[]>(sql);
type Statement = ReturnType<typeof prepare>;
type Params = readonly unknown[] | [Record<string, unknown>];

/** A statement of a hot read or write, typed by its parameters and rows; it runs on the database or an open transaction. */
export type Prepared<P extends Params, Row> = {
  all: (db: Tx, ...params: P) => Row[];
  get: (db: Tx, ...params: P) => Row | undefined;
  run: (db: Tx, ...params: P) => { changes: number; lastInsertRowid: number | bigint };
};

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
  const statement = (db: Tx): Statement => {
    const client = db.$client;
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

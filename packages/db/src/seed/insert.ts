import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * A prepared single-row INSERT for the given fields of a drizzle table, for the seed's tens of
 * thousands of figures: run inside the open transaction it costs microseconds a row, where a
 * query built by drizzle for each batch costs far more. Column names come from the schema.
 * Only for plain text and number columns (no booleans or JSON to convert).
 */
export function prepareInsert<T extends SQLiteTable, K extends keyof T['$inferInsert'] & string>(
  client: Database.Database,
  table: T,
  fields: readonly K[],
): (row: Pick<T['$inferInsert'], K>) => void {
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const names = fields.map((field) => {
    const column = columns[field];
    if (column === undefined) throw new Error(`Seed: ${getTableName(table)} has no field "${field}"`);
    return `"${column.name}"`;
  });
  const statement = client.prepare(
    `INSERT INTO "${getTableName(table)}" (${names.join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`,
  );
  return (row) => {
    statement.run(fields.map((field) => row[field]));
  };
}

import { VISIBILITIES } from '@switchoff/domain';
import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, integer, text } from 'drizzle-orm/sqlite-core';

/** SQLite's clock as ISO 8601 UTC with milliseconds: the default of every timestamp column. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** The autoincrementing row id of every table that has one. */
export const rowId = () => integer('id').primaryKey({ autoIncrement: true });

/** A required reference to another table's key (NOT NULL, a foreign key). */
export const requiredRef = (name: string, target: () => AnySQLiteColumn) => integer(name).notNull().references(target);

/**
 * The first columns of a row that belongs to another (a comune's service, a service's month, a
 * milestone's re-plan …): its id, then the required reference to its parent as `key` (the column
 * is `key` in snake case: `serviceId`, `service_id`).
 */
export const childRow = <K extends string>(key: K, parent: () => AnySQLiteColumn) =>
  ({
    id: rowId(),
    [key]: requiredRef(
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      parent,
    ),
  }) as { id: ReturnType<typeof rowId> } & Record<K, ReturnType<typeof requiredRef>>;

/** When the row was written (or last changed), set by SQLite unless given. */
export const stamp = (name: string) => text(name).notNull().default(now);

/** The version every edit of the row is checked against and moves on (from 1). */
export const lockVersion = () => integer('version').notNull().default(1);

/** The columns of an edited row that is not kept from the public: its version, then when it last changed. */
export const versionedColumns = () => ({
  version: lockVersion(),
  updatedAt: stamp('updated_at'),
});

/**
 * The columns of a row staff keep up to date and may keep from the public (services, milestones):
 * its visibility and internal note, then its version, creation and change times.
 */
export const internalVersionedColumns = () => ({
  visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('public'),
  internalNote: text('internal_note'),
  version: lockVersion(),
  createdAt: stamp('created_at'),
  updatedAt: stamp('updated_at'),
});

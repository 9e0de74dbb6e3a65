import type Database from 'better-sqlite3';

/**
 * Bulk-load settings, for the generator only: no rollback journal and no fsync (a failed run
 * leaves a file to delete, never a half-trusted one), a 1 GiB page cache, temporary B-trees in
 * memory for index builds, foreign keys unchecked (the generator writes parents first).
 * Returns the function that puts back what createDb set.
 */
export function tuneForBulkLoad(client: Database.Database): () => void {
  const saved = {
    journalMode: String(client.pragma('journal_mode', { simple: true })),
    synchronous: Number(client.pragma('synchronous', { simple: true })),
    foreignKeys: Number(client.pragma('foreign_keys', { simple: true })),
    cacheSize: Number(client.pragma('cache_size', { simple: true })),
    tempStore: Number(client.pragma('temp_store', { simple: true })),
  };
  client.pragma('foreign_keys = OFF');
  client.pragma('journal_mode = OFF');
  client.pragma('synchronous = OFF');
  client.pragma('cache_size = -1048576');
  client.pragma('temp_store = MEMORY');
  return () => {
    client.pragma(`journal_mode = ${saved.journalMode}`);
    client.pragma(`synchronous = ${saved.synchronous}`);
    client.pragma(`cache_size = ${saved.cacheSize}`);
    client.pragma(`temp_store = ${saved.tempStore}`);
    client.pragma(`foreign_keys = ${saved.foreignKeys}`);
  };
}

export type SavedIndex = { name: string; sql: string };

/** Drops the secondary indexes of `tables` (as the migration wrote them) and returns them to rebuild. */
export function dropIndexes(client: Database.Database, tables: readonly string[]): SavedIndex[] {
  const rows = client
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')}) ORDER BY name`,
    )
    .all(...tables) as SavedIndex[];
  for (const index of rows) client.exec(`DROP INDEX "${index.name}"`);
  return rows;
}

/** Builds the indexes back with their exact SQL; a UNIQUE one fails here if the load broke it. */
export function rebuildIndexes(client: Database.Database, indexes: readonly SavedIndex[]): void {
  for (const index of indexes) client.exec(index.sql);
}

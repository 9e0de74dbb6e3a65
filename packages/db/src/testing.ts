import type Database from 'better-sqlite3';
import type { Db } from './client';

/** The tables of the consortia's data, from the consortia down to their open datasets. */
export const DATA_TABLES = [
  'consortia',
  'comuni',
  'catalogue_services',
  'services',
  'stage_events',
  'monthly_figures',
  'milestones',
  'milestone_dependencies',
  'milestone_replans',
  'platform_adoptions',
  'pnrr_measures',
  'open_datasets',
] as const;

/** The accounts and what their people write. */
export const PEOPLE_TABLES = ['users', 'user_comuni', 'comments'] as const;

/** Every row of `tables` in rowid order, one table a line: text to compare two databases by. */
export function dumpTables(db: Db | Database.Database, tables: readonly string[] = DATA_TABLES): string {
  const sqlite = 'prepare' in db ? db : db.$client;
  return tables.map((t) => JSON.stringify(sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createDb, type Db, migrationsFolder } from '@switchoff/db';
import { type GenerateProgress, type GenerateSummary, generateNational } from '@switchoff/db/generate';
import { lastCompleteMonth, todayIso } from '@switchoff/domain';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export type DatabaseSize = { comuni: 'all' | number; months: number };
/** The national database of issue 6, and the small one CI proves the bench with. */
export const NATIONAL: DatabaseSize = { comuni: 'all', months: 120 };
export const QUICK: DatabaseSize = { comuni: 60, months: 24 };

/** What the bench remembers beside a database it generated: a file without it is a failed run. */
export type DatabaseMeta = DatabaseSize & { summary: GenerateSummary };

export type BenchDatabase = { db: Db; path: string; meta: DatabaseMeta; bytes: number; generatedNow: boolean };

const metaPath = (path: string) => `${path}.json`;

function formatProgress(p: GenerateProgress): string {
  const percent = ((p.comuniDone / p.comuniTotal) * 100).toFixed(0);
  const eta = p.etaSeconds === null ? '?' : `${Math.round(p.etaSeconds)} s`;
  return (
    `  ${p.phase}: ${p.comuniDone}/${p.comuniTotal} comuni (${percent}%), ${p.figures.toLocaleString('en')} monthly rows, ` +
    `${Math.round(p.rowsPerSecond).toLocaleString('en')} rows/s, ${Math.round(p.elapsedSeconds)} s elapsed, ETA ${eta}`
  );
}

/** Whether the file was made with the committed migrations (a regenerated one means a new schema). */
function hasCurrentSchema(path: string): boolean {
  const client = new Database(path, { readonly: true });
  try {
    const applied = new Set(client.prepare('SELECT hash FROM __drizzle_migrations').pluck().all());
    return readMigrationFiles({ migrationsFolder }).every((m) => applied.has(m.hash));
  } catch {
    return false;
  } finally {
    client.close();
  }
}

function readMeta(path: string, size: DatabaseSize, log: (line: string) => void): DatabaseMeta | null {
  if (!existsSync(path) || !existsSync(metaPath(path))) return null;
  const meta = JSON.parse(readFileSync(metaPath(path), 'utf8')) as DatabaseMeta;
  if (meta.comuni !== size.comuni || meta.months !== size.months) return null;
  if (hasCurrentSchema(path)) return meta;
  log(`${path} was generated with an older schema: generating it again.`);
  return null;
}

/** Opens the database at `path` when a complete one of that size is there; generates it otherwise. */
export function openBenchDatabase(p: { path: string; size: DatabaseSize; log: (line: string) => void }): BenchDatabase {
  const existing = readMeta(p.path, p.size, p.log);
  if (existing !== null) {
    p.log(`Reusing ${p.path} (generated for today = ${existing.summary.today}).`);
    return { db: createDb(p.path), path: p.path, meta: existing, bytes: statSync(p.path).size, generatedNow: false };
  }
  for (const file of [p.path, `${p.path}-wal`, `${p.path}-shm`, metaPath(p.path)]) rmSync(file, { force: true });
  const today = todayIso();
  p.log(`Generating ${p.path}: ${p.size.comuni} comuni × ${p.size.months} months …`);
  const db = createDb(p.path);
  const summary = generateNational(db, {
    comuni: p.size.comuni,
    months: p.size.months,
    until: lastCompleteMonth(today),
    today,
    onProgress: (progress) => p.log(formatProgress(progress)),
  });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const meta: DatabaseMeta = { ...p.size, summary };
  writeFileSync(metaPath(p.path), `${JSON.stringify(meta, null, 2)}\n`);
  return { db, path: p.path, meta, bytes: statSync(p.path).size, generatedNow: true };
}

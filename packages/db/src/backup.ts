import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { createDb, type Db, migrationsFolder } from './client';
import { rebuildRollups } from './rollups';

/**
 * Online backup and offline restore of the SQLite file.
 *
 * A backup uses SQLite's online backup API (through better-sqlite3), so it is a consistent
 * snapshot even while the server keeps writing. The copy is switched to the rollback journal,
 * so it is one self-contained file.
 *
 * A restore never half-replaces the database: the file is copied next to the target, checked
 * (SQLite header, `PRAGMA integrity_check`, `foreign_key_check`, Switch-off's tables and
 * migrations), brought up to the current migrations, and only then renamed over the target in
 * one step. The previous database is kept beside it. The server must be stopped: a database
 * still open elsewhere is refused.
 */

/** A file that cannot be restored, or a restore that cannot run now; the message says why. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

/** Tables every Switch-off database has; a file without them is something else. */
const REQUIRED_TABLES = [
  'consortia',
  'comuni',
  'services',
  'stage_events',
  'monthly_figures',
  'milestones',
  'users',
  'audit_log',
];
const MIGRATIONS_TABLE = '__drizzle_migrations';
const SQLITE_HEADER = 'SQLite format 3\u0000';
const PAGES_PER_STEP = 1000;
const ALL_PAGES = 0x7fffffff;

/**
 * Writes a consistent copy of the open database to `target` (overwritten if present) while
 * others keep reading and writing. Returns its size in bytes.
 */
export async function backupDatabase(db: Db | Database.Database, target: string): Promise<{ bytes: number }> {
  const sqlite = 'prepare' in db ? db : db.$client;
  // Pages are copied in steps, so a server doing the backup keeps answering. A write by another
  // connection restarts the copy; after one restart the rest goes in a single step (one read
  // transaction), so a busy database cannot starve the backup.
  let remaining = Number.POSITIVE_INFINITY;
  let restarted = false;
  await sqlite.backup(target, {
    progress: ({ remainingPages }) => {
      if (remainingPages > remaining) restarted = true;
      remaining = remainingPages;
      return restarted ? ALL_PAGES : PAGES_PER_STEP;
    },
  });
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return { bytes: statSync(target).size };
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

export type DatabaseFileReport = {
  /** Migrations the file has applied, by tag (0000_init …). */
  migrations: string[];
  /** Migrations of this version it lacks (applied when it is restored). */
  pending: string[];
  bytes: number;
};

/**
 * Checks that `path` is a sound Switch-off database this version can use: SQLite, intact,
 * foreign keys consistent, Switch-off's tables, and only migrations this version knows.
 * Throws RestoreError saying what is wrong.
 */
export function inspectDatabaseFile(path: string): DatabaseFileReport {
  if (!existsSync(path)) throw new RestoreError(`${path}: file not found`);
  const bytes = statSync(path).size;
  if (bytes === 0) throw new RestoreError(`${path}: the file is empty`);
  if (!hasSqliteHeader(path)) throw new RestoreError(`${path}: not an SQLite database`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new RestoreError(`${path}: cannot be opened (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return checkOpenedFile(sqlite, path, bytes);
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`${path}: damaged (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    sqlite.close();
  }
}

function checkOpenedFile(sqlite: Database.Database, path: string, bytes: number): DatabaseFileReport {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.length !== 1 || integrity[0] !== 'ok') {
    throw new RestoreError(`${path}: damaged, integrity_check says: ${integrity.slice(0, 3).join('; ')}`);
  }
  const tables = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
  if (!tables.has(MIGRATIONS_TABLE) || missing.length > 0) {
    throw new RestoreError(
      `${path}: not a Switch-off database (missing ${[...(tables.has(MIGRATIONS_TABLE) ? [] : [MIGRATIONS_TABLE]), ...missing].join(', ')})`,
    );
  }
  const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length > 0)
    throw new RestoreError(`${path}: ${foreignKeys.length} rows point at rows that do not exist (foreign_key_check)`);
  const applied = sqlite
    .prepare(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE} ORDER BY created_at`)
    .all() as {
    hash: string;
    createdAt: number;
  }[];
  const known = knownMigrations();
  const unknown = applied.filter((a) => !known.some((k) => k.hash === a.hash && k.when === Number(a.createdAt)));
  if (unknown.length > 0) {
    throw new RestoreError(
      `${path}: made by another version of Switch-off (${unknown.length} migrations this version does not know)`,
    );
  }
  if (applied.length === 0) throw new RestoreError(`${path}: not a Switch-off database (no migrations applied)`);
  return {
    migrations: known.filter((k) => applied.some((a) => a.hash === k.hash)).map((k) => k.tag),
    pending: known.filter((k) => !applied.some((a) => a.hash === k.hash)).map((k) => k.tag),
    bytes,
  };
}

function knownMigrations(): { tag: string; hash: string; when: number }[] {
  const files = readMigrationFiles({ migrationsFolder });
  // Tags are only for messages; the hash and timestamp identify a migration.
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return files.map((f) => ({
    tag: journal.entries.find((e) => e.when === f.folderMillis)?.tag ?? String(f.folderMillis),
    hash: f.hash,
    when: f.folderMillis,
  }));
}

/**
 * Refuses to replace a database another process has open. A WAL database keeps its -wal and
 * -shm files while any connection is open, and the last connection to close removes them: if
 * they outlive our own open and close, someone else (the server) holds the file.
 */
function ensureNotInUse(target: string): void {
  if (!existsSync(target)) return;
  const sidecars = () => [`${target}-wal`, `${target}-shm`].filter((f) => existsSync(f));
  if (sidecars().length === 0) return;
  new Database(target).close();
  if (sidecars().length > 0) {
    throw new RestoreError(`${target} is in use (is the server running?): stop the server, then restore`);
  }
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Where a restore is: the pages copied out of the total while copying, 0 of 0 in the other phases. */
export type RestoreProgress = (progress: {
  phase: 'checking' | 'copying' | 'preparing' | 'replacing';
  done: number;
  total: number;
}) => void;

/**
 * Replaces the database at `target` with the backup at `source`, after checking it. Every session
 * the backup holds is ended: one logged out, or of an account disabled or with a new password
 * since, must not come back with it. For the same reason every private calendar address it holds
 * is revoked (one revoked after the backup was taken would work again): owners make new ones. `prepare` runs on the checked copy, migrated to this version,
 * before it takes the target's place (e.g. to record the restore, and the sessions it ended, in
 * its audit log). `onProgress` hears each phase, and the pages copied (a job's progress, the CLI's lines).
 * Returns where the previous database was kept and how many sessions ended.
 */
export async function restoreDatabase(params: {
  source: string;
  target: string;
  now?: Date;
  prepare?: (db: Db, restored: { sessionsEnded: number }) => void;
  onProgress?: RestoreProgress;
}): Promise<{ previous: string | null; report: DatabaseFileReport; sessionsEnded: number }> {
  const { source, target } = params;
  const now = params.now ?? new Date();
  const progress: RestoreProgress = params.onProgress ?? (() => {});
  progress({ phase: 'checking', done: 0, total: 0 });
  const report = inspectDatabaseFile(source);
  ensureNotInUse(target);
  const temp = join(dirname(target), `.${basename(target)}.restore-${process.pid}-${now.getTime()}.tmp`);
  try {
    // Through SQLite, not a file copy: a source with its own -wal is read whole.
    const from = new Database(source, { readonly: true, fileMustExist: true });
    try {
      const pages = from.pragma('page_count', { simple: true }) as number;
      progress({ phase: 'copying', done: 0, total: pages });
      await from.backup(temp, {
        // Not called after the last step: the end is said below.
        progress: ({ totalPages, remainingPages }) => {
          progress({ phase: 'copying', done: totalPages - remainingPages, total: totalPages });
          return PAGES_PER_STEP;
        },
      });
      progress({ phase: 'copying', done: pages, total: pages });
    } finally {
      from.close();
    }
    progress({ phase: 'preparing', done: 0, total: 0 });
    inspectDatabaseFile(temp);
    const db = createDb(temp);
    let sessionsEnded = 0;
    try {
      // A backup from before a migration holds no roll-ups that migration added: build them.
      if (report.pending.length > 0) db.$client.transaction(() => rebuildRollups(db.$client))();
      sessionsEnded = db.$client.prepare('DELETE FROM sessions').run().changes;
      db.$client.prepare('UPDATE calendar_tokens SET revoked_at = ? WHERE revoked_at IS NULL').run(now.toISOString());
      params.prepare?.(db, { sessionsEnded });
    } finally {
      db.$client.close();
    }
    // The last connection has closed: the copy is one file again (no -wal to carry along).
    ensureNotInUse(target);
    progress({ phase: 'replacing', done: 0, total: 0 });
    let previous: string | null = null;
    if (existsSync(target)) {
      previous = `${target}.before-restore-${stamp(now)}`;
      copyFileSync(target, previous);
    }
    renameSync(temp, target);
    return { previous, report, sessionsEnded };
  } finally {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(leftover, { force: true });
  }
}

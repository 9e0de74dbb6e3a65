import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, inspectDatabaseFile, RestoreError, restoreDatabase } from './backup';
import { createDb, type Db, migrationsFolder } from './client';
import * as schema from './schema';
import { auditLog } from './schema';
import { seedDemo } from './seed';
import { dumpTables as dump } from './testing';

const folder = () => mkdtempSync(join(tmpdir(), 'switchoff-backup-'));

describe('backup and restore', () => {
  let dir: string;
  let live: Db;
  let livePath: string;

  beforeAll(() => {
    dir = folder();
    livePath = join(dir, 'switchoff.db');
    live = createDb(livePath);
    seedDemo(live, { until: '2026-10', today: '2026-11-27' });
  });

  it('copies a consistent snapshot while another connection keeps writing', async () => {
    const writer = new Database(livePath);
    writer.pragma('busy_timeout = 5000');
    const insertPair = writer.transaction((n: number) => {
      const stmt = writer.prepare("INSERT INTO audit_log (actor, action, entity) VALUES ('test', ?, 'pair')");
      stmt.run(`pair-${n}`);
      stmt.run(`pair-${n}`);
    });
    let writes = 0;
    let writing = true;
    const loop = () => {
      if (!writing) return;
      insertPair(writes++);
      setImmediate(loop);
    };
    setImmediate(loop);
    const target = join(dir, 'during-writes.db');
    const { bytes } = await backupDatabase(live, target);
    writing = false;
    writer.close();
    expect(bytes).toBeGreaterThan(100_000);
    expect(writes).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    const pairs = copy
      .prepare("SELECT action, count(*) AS n FROM audit_log WHERE entity = 'pair' GROUP BY action")
      .all() as { n: number }[];
    expect(pairs.every((p) => p.n === 2)).toBe(true);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    const committed = (
      JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
        entries: { tag: string }[];
      }
    ).entries.map((e) => e.tag);
    expect(committed.slice(0, 2)).toEqual(['0000_init', '0001_rollups']);
    expect(inspectDatabaseFile(target)).toMatchObject({ migrations: committed, pending: [] });
  });

  it('restores a backup over a stopped database: identical data, previous database kept, restore recorded', async () => {
    const backup = join(dir, 'before.db');
    await backupDatabase(live, backup);
    const before = dump(live);

    const targetDir = folder();
    const target = join(targetDir, 'switchoff.db');
    const other = createDb(target);
    other.insert(auditLog).values({ actor: 'someone', action: 'other', entity: 'database' }).run();
    other.$client.close();

    const { previous } = await restoreDatabase({
      source: backup,
      target,
      now: new Date('2024-07-15T10:00:00Z'),
      prepare: (db) => db.insert(auditLog).values({ actor: 'cli', action: 'restore', entity: 'database' }).run(),
    });
    expect(previous).toBe(`${target}.before-restore-20240715T100000Z`);
    expect(previous && existsSync(previous)).toBe(true);
    const restored = createDb(target);
    expect(dump(restored)).toBe(before);
    const audit = restored.$client.prepare("SELECT actor, action FROM audit_log WHERE entity = 'database'").all();
    expect(audit).toEqual([{ actor: 'cli', action: 'restore' }]);
    restored.$client.close();
    expect(readdirClean(targetDir)).toEqual(['switchoff.db', 'switchoff.db.before-restore-20240715T100000Z']);
  });

  it('revokes every private calendar address the backup holds: one revoked since must not work again', async () => {
    const source = live;
    const consortiumId = source.select({ id: schema.consortia.id }).from(schema.consortia).limit(1).get()?.id ?? 0;
    const { id: userId } = source
      .insert(schema.users)
      .values({ email: 'sindaco@test.it', name: 'Sindaco', passwordHash: 'x', role: 'council', consortiumId })
      .returning({ id: schema.users.id })
      .get();
    source.insert(schema.calendarTokens).values({ userId, tokenHash: 'hash-in-force' }).run();
    const backup = join(folder(), 'backup.db');
    await backupDatabase(source, backup);

    const target = join(folder(), 'switchoff.db');
    await restoreDatabase({ source: backup, target, now: new Date('2024-07-20T08:00:00Z') });
    const restored = createDb(target);
    expect(restored.select({ revokedAt: schema.calendarTokens.revokedAt }).from(schema.calendarTokens).all()).toEqual([
      { revokedAt: '2024-07-20T08:00:00.000Z' },
    ]);
    restored.$client.close();
  });

  it('refuses to replace a database that is open elsewhere (the server running)', async () => {
    const backup = join(dir, 'for-busy.db');
    await backupDatabase(live, backup);
    const target = join(folder(), 'busy.db');
    const server = createDb(target);
    server.insert(auditLog).values({ actor: 'server', action: 'write', entity: 'database' }).run();
    await expect(restoreDatabase({ source: backup, target })).rejects.toThrow(/in use \(is the server running\?\)/);
    expect(server.$client.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    server.$client.close();
  });

  it('refuses bad files with a clear reason and leaves the target untouched', async () => {
    const bad = folder();
    const empty = join(bad, 'empty.db');
    writeFileSync(empty, '');
    const text = join(bad, 'text.db');
    writeFileSync(text, 'istat;servizio\n019001;mensa\n');
    const foreign = join(bad, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    f.close();
    const damaged = join(bad, 'damaged.db');
    await backupDatabase(live, damaged);
    const bytes = readFileSync(damaged);
    // Scribble over the middle of the file: b-tree pages, not the header.
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
    writeFileSync(damaged, bytes);

    const target = join(folder(), 'switchoff.db');
    const db = createDb(target);
    const before = dump(db);
    db.$client.close();
    const cases: [string, RegExp][] = [
      [join(bad, 'missing.db'), /file not found/],
      [empty, /the file is empty/],
      [text, /not an SQLite database/],
      [foreign, /not a Switch-off database \(missing __drizzle_migrations, consortia/],
      [damaged, /damaged/],
    ];
    for (const [source, reason] of cases) {
      const error = await restoreDatabase({ source, target }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, source).toBeInstanceOf(RestoreError);
      expect(String(error)).toMatch(reason);
    }
    const after = createDb(target);
    expect(dump(after)).toBe(before);
    after.$client.close();
  });
});

function readdirClean(dir: string): string[] {
  return readdirSync(dir).sort();
}

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimImportJob, resolveSession } from '@switchoff/api/server';
import { createSession, createTestWorld, deleteSession } from '@switchoff/api/testing';
import { createDb } from '@switchoff/db';
import { claimJob, finishJob, openJobStore, readJob } from '@switchoff/db/jobs';
import { describe, expect, it } from 'vitest';

import { auditOf, cli, dump, folder, NOW, runProgram } from './cli-data.testing';

describe('pnpm switchoff backup and restore', () => {
  it('backs up, then restores identical data into a stopped database, keeping the previous one', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const dir = folder();
    const backup = join(dir, 'copia.sqlite');
    const made = await cli(db, ['backup', backup]);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/written to .*copia\.sqlite \(\d+ bytes\); it holds every consortium/);
    expect(auditOf(db, 'database')).toEqual([expect.objectContaining({ actor: 'cli', action: 'backup' })]);
    expect((await cli(db, ['backup', backup])).err).toContain('already exists: choose another name, or add --force');

    const target = join(dir, 'switchoff.db');
    createDb(target).$client.close();
    const restored = await cli(db, ['restore', backup], target);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/intact Switch-off database \(migrations 0000_init, 0001_rollups(, \w+)*\)/);
    expect(restored.out).toMatch(/the previous database is kept as .*switchoff\.db\.before-restore-20240715T080000Z/);
    const copy = createDb(target);
    expect(dump(copy)).toBe(dump(db));
    expect(auditOf(copy, 'database').map((a) => a.action)).toEqual(['restore']);
    copy.$client.close();
  });

  it('ends every session: a cookie logged out after the backup does not come back with it', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const dir = folder();
    const userId = db.$client.prepare('SELECT id FROM users ORDER BY id LIMIT 1').pluck().get() as number;
    const loggedOut = createSession(db, { userId, now: NOW });
    const backup = join(dir, 'copia.sqlite');
    expect((await cli(db, ['backup', backup])).code).toBe(0);
    deleteSession(db, loggedOut.token);

    const target = join(dir, 'switchoff.db');
    createDb(target).$client.close();
    const restored = await cli(db, ['restore', backup], target);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('Every session has ended (1 in the backup): everyone logs in again');
    const copy = createDb(target);
    expect(resolveSession(copy, loggedOut.token, NOW)).toBeNull();
    expect(copy.$client.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    expect(auditOf(copy, 'database').map((a) => ({ action: a.action, after: JSON.parse(a.after) }))).toEqual([
      { action: 'restore', after: expect.objectContaining({ sessionsEnded: 1 }) },
    ]);
    copy.$client.close();
  });

  it('refuses a bad file or a database in use, changing nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const dir = folder();
    const bad = join(dir, 'non-un-backup.sqlite');
    writeFileSync(bad, 'istat;servizio\n');
    const target = join(dir, 'switchoff.db');
    const running = createDb(target);
    const refusedBad = await cli(db, ['restore', bad], target);
    expect(refusedBad).toMatchObject({ code: 1 });
    expect(refusedBad.err).toContain('not an SQLite database. Nothing was changed.');
    const backup = join(dir, 'copia.sqlite');
    await cli(db, ['backup', backup]);
    const refusedBusy = await cli(db, ['restore', backup], target);
    expect(refusedBusy.err).toContain('is in use (is the server running?)');
    running.$client.close();
    expect((await cli(db, ['restore'], target)).err).toContain('Missing the backup file');
  });

  it('runs as a long write (a job): its phases printed and stored, never beside an import', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const dir = folder();
    const backup = join(dir, 'copia.sqlite');
    expect((await cli(db, ['backup', backup])).code).toBe(0);
    const target = join(dir, 'switchoff.db');
    createDb(target).$client.close();
    const store = openJobStore(target);
    const importing = { id: 'import-1', kind: 'import', label: 'Alfa', ownerId: 7, ownerName: 'Eva Editor' };
    expect(claimJob(store, importing, NOW)).toBeNull();
    const refused = await cli(db, ['restore', backup], target);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('È già in corso un’importazione (Alfa), avviata da Eva Editor');
    finishJob(store, importing.id, { status: 'done', result: '{}' }, NOW);

    const restored = await cli(db, ['restore', backup], target);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('Checking the backup (integrity, foreign keys, migrations)…');
    expect(restored.out).toMatch(/Copying it beside the database…\n {2}(\d+) \/ \1 pages \(100%\)/);
    expect(restored.out).toContain('Keeping the previous database and putting the backup in its place…');
    const job = store.prepare("SELECT id FROM jobs WHERE kind = 'restore'").pluck().get() as string;
    expect(readJob(store, job)).toMatchObject({ status: 'done', label: 'copia.sqlite', ownerName: 'cli' });

    // While a restore runs, an import (the screen's, the CLI's) is refused, saying so.
    const restoring = { id: 'restore-2', kind: 'restore', label: 'copia.sqlite', ownerId: null, ownerName: 'cli' };
    expect(claimJob(store, restoring, NOW)).toBeNull();
    const scope = { kind: 'comune', consortium: { name: 'Consorzio Test' }, comuni: [{ name: 'Alfa' }] };
    const author = { userId: 7, actor: 'Eva Editor' };
    expect(() => claimImportJob(store, { scope, author } as Parameters<typeof claimImportJob>[1], NOW)).toThrow(
      'È in corso il ripristino del database da un backup (copia.sqlite), avviato da cli',
    );
    store.close();
  });

  it('runs as a program on SWITCHOFF_DB', () => {
    const dir = folder();
    const path = join(dir, 'switchoff.db');
    createDb(path).$client.close();
    const run = (...args: string[]) => runProgram(path, ...args);
    const backup = join(dir, 'copia.sqlite');
    const made = run('backup', backup);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const restored = run('restore', backup);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(existsSync(path)).toBe(true);
  });
});

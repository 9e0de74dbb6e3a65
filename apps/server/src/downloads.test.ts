import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, createTestWorld, sessionUserFor, TEST_TODAY, type TestRole } from '@switchoff/api/testing';
import { createDb, schema } from '@switchoff/db';
import { inspectDatabaseFile } from '@switchoff/db/backup';
import { DATA_TABLES, dumpTables, PEOPLE_TABLES } from '@switchoff/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppOptions, createApp } from './app';
import { baseUrlOf } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';

const servers: { close: () => void }[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.close();
});

const NOW = new Date('2024-07-15T09:30:00.000Z');

async function start(options: Partial<AppOptions> = {}) {
  const world = createTestWorld({ withPeople: true });
  const server = createApp({ db: world.db, today: () => TEST_TODAY, now: () => NOW, ...options }).listen(0);
  servers.push(server);
  const base = await baseUrlOf(server);
  const cookie = (role: TestRole) =>
    `${SESSION_COOKIE}=${createSession(world.db, { userId: sessionUserFor(world.db, role).id, now: NOW }).token}`;
  return { ...world, cookie, base };
}

describe('backup download', () => {
  it('gives the operator’s admin a consistent, dated copy of the whole database, and records it', async () => {
    const { db, base, cookie } = await start();
    const res = await fetch(`${base}/api/backup`, { headers: { cookie: cookie('admin1') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="switchoff-backup-2024-07-15-0930.sqlite"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    const file = join(mkdtempSync(join(tmpdir(), 'switchoff-download-')), 'backup.sqlite');
    writeFileSync(file, bytes);
    const inspected = inspectDatabaseFile(file);
    expect(inspected.migrations.slice(0, 2)).toEqual(['0000_init', '0001_rollups']);
    expect(inspected.pending).toEqual([]);
    const copy = createDb(file);
    for (const table of [...DATA_TABLES, ...PEOPLE_TABLES]) {
      expect(dumpTables(copy, [table]), table).toBe(dumpTables(db, [table]));
    }
    copy.$client.close();
    const audit = db
      .select()
      .from(schema.auditLog)
      .all()
      .filter((a) => a.entity === 'database');
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'backup',
        actor: 'Admin del Consorzio Test <admin1@test.it>',
        after: { filename: 'switchoff-backup-2024-07-15-0930.sqlite', bytes: bytes.length, via: 'browser' },
      }),
    ]);
  });

  it('refuses everyone else: a backup holds every consortium', async () => {
    const { base, cookie } = await start();
    expect((await fetch(`${base}/api/backup`)).status).toBe(401);
    expect((await fetch(`${base}/api/backup`, { headers: { cookie: cookie('editor1') } })).status).toBe(403);
    const other = await fetch(`${base}/api/backup`, { headers: { cookie: cookie('admin2') } });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: string }).error).toContain(
      'lo scaricano solo gli amministratori di Consorzio Test',
    );
    expect(
      (await fetch(`${base}/api/backup`, { headers: { cookie: cookie('admin1'), 'sec-fetch-site': 'cross-site' } }))
        .status,
    ).toBe(403);
  });

  it('follows SWITCHOFF_OPERATOR, and says so through backups.info', async () => {
    const { base, cookie } = await start({ operator: 'altro-consorzio' });
    expect((await fetch(`${base}/api/backup`, { headers: { cookie: cookie('admin1') } })).status).toBe(403);
    expect((await fetch(`${base}/api/backup`, { headers: { cookie: cookie('admin2') } })).status).toBe(200);
    const info = await fetch(`${base}/api/trpc/backups.info`, { headers: { cookie: cookie('admin2') } });
    const { result } = (await info.json()) as { result: { data: Record<string, unknown> & { history: unknown[] } } };
    expect(result.data).toMatchObject({
      allowed: true,
      reason: null,
      operator: { slug: 'altro-consorzio', name: 'Altro Consorzio' },
      downloadUrl: '/api/backup',
      contains: 'all-consortia',
    });
    expect(result.data.history).toEqual([
      expect.objectContaining({ action: 'backup', actor: 'Admin di Altro Consorzio <admin2@test.it>' }),
    ]);
    const refused = await fetch(`${base}/api/trpc/backups.info`, { headers: { cookie: cookie('admin1') } });
    expect(((await refused.json()) as { result: { data: unknown } }).result.data).toMatchObject({
      allowed: false,
      history: [],
    });
  });
});

describe('CSV export download', () => {
  it('gives staff the export as an attachment; refuses others', async () => {
    const { base, cookie } = await start();
    const res = await fetch(`${base}/api/export/dati-mensili.csv?istat=019001`, {
      headers: { cookie: cookie('editor1') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="switchoff-dati-mensili-019001-2024-07-15.csv"',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFFistat;comune;servizio;mese;')).toBe(true);
    expect(text).toContain('019001;Alfa;segreto;2024-06;1000');
    const consortium = await fetch(`${base}/api/export/traguardi.csv?consortium=consorzio-test`, {
      headers: { cookie: cookie('admin1') },
    });
    expect(consortium.status).toBe(200);
    expect(await consortium.text()).toContain('Beta in ritardo');
    expect((await fetch(`${base}/api/export/dati-mensili.csv?istat=019001`)).status).toBe(401);
    expect(
      (await fetch(`${base}/api/export/dati-mensili.csv?istat=019001`, { headers: { cookie: cookie('councilA') } }))
        .status,
    ).toBe(403);
    expect(
      (await fetch(`${base}/api/export/dati-mensili.csv?istat=098001`, { headers: { cookie: cookie('editor1') } }))
        .status,
    ).toBe(403);
    expect(
      (await fetch(`${base}/api/export/utenti.csv?istat=019001`, { headers: { cookie: cookie('editor1') } })).status,
    ).toBe(404);
  });

  it('gives the change history of a month, filtered as on the screen, to the same staff', async () => {
    const { db, ids, base, cookie } = await start();
    // Audit rows carry the clock's time: the month is the real one.
    const month = new Date().toISOString().slice(0, 7);
    db.insert(schema.auditLog)
      .values([
        {
          actor: 'Editor del Consorzio Test <editor1@test.it>',
          action: 'update',
          entity: 'services',
          comuneId: ids.alfa,
        },
        { actor: 'Admin <admin1@test.it>', action: 'update', entity: 'milestones', comuneId: ids.alfa },
      ])
      .run();
    const url = `${base}/api/export/modifiche.csv?istat=019001&mese=${month}&tipo=services`;
    const res = await fetch(url, { headers: { cookie: cookie('editor1') } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="switchoff-modifiche-019001-${month}-services.csv"`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    const lines = text.trim().split('\r\n');
    expect(text.startsWith('\uFEFFdata_ora;persona;email;azione;tipo;riguarda;campo;prima;dopo\r\n')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(';').slice(1, 5))).toEqual([
      ['Editor del Consorzio Test', 'editor1@test.it', 'Modifica', 'Servizio'],
    ]);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { cookie: cookie('councilA') } })).status).toBe(403);
    expect((await fetch(url, { headers: { cookie: cookie('editor2') } })).status).toBe(403);
    const badKind = await fetch(url.replace('tipo=services', 'tipo=users'), { headers: { cookie: cookie('editor1') } });
    expect(badKind.status).toBe(400);
  });
});

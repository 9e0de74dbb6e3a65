import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveSession } from '@switchoff/api/server';
import { createSession, createTestWorld, deleteSession } from '@switchoff/api/testing';
import { createDb, type Db } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './cli';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../packages/api/src/data-io/fixtures/${name}`, import.meta.url));
const folder = () => mkdtempSync(join(tmpdir(), 'switchoff-cli-data-'));
const NOW = new Date('2024-07-15T08:00:00.000Z');

async function cli(db: Db, argv: string[], databasePath = join(folder(), 'unused.db')) {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), raw: (t) => raw.push(t), askSecret: null };
  const code = await runCli(argv, { io, openDb: () => db, now: () => NOW, databasePath });
  return { code, out: out.join('\n'), err: err.join('\n'), raw: raw.join('') };
}

const TABLES = [
  'consortia',
  'comuni',
  'services',
  'stage_events',
  'monthly_figures',
  'milestones',
  'milestone_dependencies',
  'milestone_replans',
  'platform_adoptions',
  'users',
  'user_comuni',
  'comments',
];
const dump = (db: Db) =>
  TABLES.map((t) => JSON.stringify(db.$client.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
const auditOf = (db: Db, entity: string) =>
  db.$client.prepare('SELECT actor, action, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as {
    actor: string;
    action: string;
    after: string;
  }[];

describe('pnpm switchoff import', () => {
  const excel = [
    'import',
    '--kind',
    'figures',
    '--file',
    fixture('dati-mensili-excel.csv'),
    '--actor-email',
    'Editor1@test.it',
    '--comune',
    '019001',
  ];

  it('shows a dry run and writes nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const before = dump(db);
    const run = await cli(db, [...excel, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Alfa: 24 rows read (separator ";")');
    expect(run.out).toContain('to add: 19, to change: 3, unchanged: 2, errors: 0');
    expect(run.out).toContain('~ line 9 019001 mensa, 2024-02: online=80 assistito=10');
    expect(run.out).toContain('Dry run: nothing was written.');
    expect(dump(db)).toBe(before);
  });

  it('imports as the named account, and a second time changes nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const first = await cli(db, excel);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('Imported: 19 added, 3 changed, 2 unchanged');
    expect(auditOf(db, 'imports')).toEqual([
      expect.objectContaining({ actor: 'Editor del Consorzio Test <editor1@test.it>', action: 'import' }),
    ]);
    const before = dump(db);
    const second = await cli(db, excel);
    expect(second.out).toContain('Imported: 0 added, 0 changed, 24 unchanged (nothing to write)');
    expect(dump(db)).toBe(before);
  });

  it('reads a file Excel saved as "CSV" (Windows-1252), says so, and keeps accents and €', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const run = await cli(db, [
      'import',
      '--kind',
      'milestones',
      '--file',
      fixture('traguardi-excel-1252.csv'),
      '--actor-email',
      'editor1@test.it',
      '--comune',
      '019001',
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('File read as Windows-1252 (Excel "CSV"): not valid UTF-8');
    expect(run.out).toContain('Imported: 2 added');
    expect(db.$client.prepare("SELECT title, description FROM milestones WHERE code = 'MENSA-APP'").get()).toEqual({
      title: 'Iscrizione alla mensa più facile',
      description: 'Attività dell’ufficio “Servizi scolastici”: costo previsto 1.200 €',
    });
  });

  it('refuses a file that is no text, such as a spreadsheet saved as .xlsx', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const file = join(folder(), 'dati.xlsx');
    writeFileSync(file, Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00));
    const run = await cli(db, [...excel.slice(0, 4), file, ...excel.slice(5)]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('not a text CSV file (a spreadsheet such as .xlsx?): save it as CSV');
  });

  it('lists every bad row and imports nothing, with exit code 1', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const before = dump(db);
    const run = await cli(db, [
      'import',
      '--kind',
      'figures',
      '--file',
      fixture('righe-errate.csv'),
      '--actor-email',
      'editor1@test.it',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('7 errors:');
    expect(run.err).toContain('  line 3, column online: Non può essere negativo ("-3")');
    expect(run.err).toContain('  line 7: La riga ha 5 colonne invece di 6');
    expect(run.err).toContain('Nothing was imported');
    expect(dump(db)).toBe(before);
  });

  it('refuses bad arguments and accounts without access', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const file = fixture('dati-mensili-excel.csv');
    const cases: [string[], RegExp][] = [
      [['import', '--kind', 'figures', '--file', file], /Missing --actor-email/],
      [['import', '--kind', 'numeri', '--file', file, '--actor-email', 'editor1@test.it'], /Unknown --kind "numeri"/],
      [['import', '--kind', 'figures', '--file', '/nessuno.csv', '--actor-email', 'editor1@test.it'], /file not found/],
      [
        ['import', '--kind', 'figures', '--file', file, '--actor-email', 'nessuno@test.it'],
        /No active account nessuno@test.it/,
      ],
      [
        ['import', '--kind', 'figures', '--file', file, '--actor-email', 'editor2@test.it', '--comune', '019001'],
        /Non hai accesso al comune di Alfa/,
      ],
      [
        ['import', '--kind', 'figures', '--file', file, '--actor-email', 'councila@test.it', '--comune', '019001'],
        /Non hai accesso al comune di Alfa/,
      ],
      [
        [
          'import',
          '--kind',
          'figures',
          '--file',
          file,
          '--actor-email',
          'editor1@test.it',
          '--comune',
          '019001',
          '--consortium',
          'consorzio-test',
        ],
        /not both/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(db, argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.err, argv.join(' ')).toMatch(message);
    }
  });
});

describe('pnpm switchoff export', () => {
  it('writes the CSV import reads back with no change, to a file or to stdout', async () => {
    const { db } = createTestWorld({ withPeople: true });
    await cli(db, [
      'import',
      '--kind',
      'milestones',
      '--file',
      fixture('traguardi.csv'),
      '--actor-email',
      'editor1@test.it',
      '--comune',
      '019001',
    ]);
    const target = join(folder(), 'traguardi.csv');
    const written = await cli(db, [
      'export',
      '--kind',
      'milestones',
      '--consortium',
      'consorzio-test',
      '--file',
      target,
    ]);
    expect(written.out).toBe(`Wrote 8 rows to ${target}`);
    const stdout = await cli(db, ['export', '--kind', 'milestones', '--consortium', 'consorzio-test']);
    expect(stdout.raw).toBe(readFileSync(target, 'utf8'));
    const again = await cli(db, [
      'import',
      '--kind',
      'milestones',
      '--file',
      target,
      '--actor-email',
      'editor1@test.it',
      '--dry-run',
    ]);
    expect(again.out).toContain('to add: 0, to change: 0, unchanged: 8, errors: 0');
    expect((await cli(db, ['export', '--kind', 'figures', '--comune', '019001', '--from', '2024-5'])).err).toContain(
      '--from must be a month as YYYY-MM',
    );
  });
});

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

  it('runs as a program on SWITCHOFF_DB', () => {
    const dir = folder();
    const path = join(dir, 'switchoff.db');
    createDb(path).$client.close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
        cwd: serverDir,
        env: { ...process.env, SWITCHOFF_DB: path },
        encoding: 'utf8',
        input: '',
      });
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

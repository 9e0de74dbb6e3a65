import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestWorld, logIn } from '@switchoff/api/testing';
import { createDb, type Db, schema } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { NOW, runCliOn, runProgram } from './cli-data.testing';

/** Runs the CLI in process on `db`, answering password prompts from `answers` when given. */
const cli = (db: Db, argv: string[], answers?: string[]) => runCliOn(() => db, argv, { now: () => NOW, answers });

/** Accounts these tests made (the test world may hold some of its own). */
const accounts = (db: Db) =>
  db
    .select()
    .from(schema.users)
    .all()
    .filter((u) => ['admin@test.it', 'sindaca@alfa.it', 'x@test.it'].includes(u.email));
const userAudit = (db: Db) =>
  db
    .select()
    .from(schema.auditLog)
    .all()
    .filter((a) => a.entity === 'users' && a.actor === 'cli');

/** `user add` with an email, a role, a consortium and whatever else a test gives. */
const userAdd = (account: { email: string; role: string; consortium: string }, ...extra: string[]) => [
  'user',
  'add',
  '--email',
  account.email,
  '--role',
  account.role,
  '--consortium',
  account.consortium,
  ...extra,
];
const add = (...extra: string[]) =>
  userAdd({ email: 'Admin@Test.it', role: 'admin', consortium: 'consorzio-test' }, ...extra);

describe('pnpm switchoff', () => {
  it('adds an admin with a generated password printed once, which then logs in', async () => {
    const { db } = createTestWorld();
    const { code, out } = await cli(db, add('--name', 'Ada Admin'));
    expect(code).toBe(0);
    expect(out).toContain('Created admin admin@test.it (consorzio-test)');
    const password = /shown only this once[^:]*: (\S+)/.exec(out)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    await expect(
      logIn(db, { email: 'admin@test.it', password, address: '127.0.0.1', now: new Date() }),
    ).resolves.toBeDefined();
    const audit = userAudit(db);
    expect(audit).toEqual([expect.objectContaining({ actor: 'cli', action: 'create', userId: null })]);
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('asks for the password twice on a terminal and never prints it', async () => {
    const { db } = createTestWorld();
    const typed = 'una-password-scelta';
    const ok = await cli(
      db,
      userAdd(
        { email: 'sindaca@alfa.it', role: 'council', consortium: 'consorzio-test' },
        '--comune',
        '019001',
        '--comune',
        '019002',
      ),
      [typed, typed],
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Created council sindaca@alfa.it (consorzio-test: 019001, 019002)');
    expect(ok.out + ok.err).not.toContain(typed);
    await expect(
      logIn(db, { email: 'sindaca@alfa.it', password: typed, address: '127.0.0.1', now: new Date() }),
    ).resolves.toBeDefined();

    const differ = await cli(db, add(), ['una-password-scelta', 'un-altra-password']);
    expect(differ.code).toBe(1);
    expect(differ.err).toContain('The two passwords differ');
    const short = await cli(db, add(), ['corta']);
    expect(short.code).toBe(1);
    expect(short.err).toContain('at least 12 characters');
    expect(accounts(db)).toHaveLength(1);
  });

  it('refuses bad arguments with a clear message and exit code 1, before asking for a password', async () => {
    const { db } = createTestWorld();
    await cli(db, add());
    const addX = (role: string, consortium: string, ...extra: string[]) =>
      userAdd({ email: 'x@test.it', role, consortium }, ...extra);
    const cases: [string[], RegExp][] = [
      [addX('mayor', 'consorzio-test'), /Unknown role "mayor"/],
      [addX('editor', 'nessuno'), /Unknown consortium "nessuno"/],
      [addX('council', 'consorzio-test', '--comune', '999999'), /no comune has ISTAT code "999999"/],
      [addX('council', 'consorzio-test', '--comune', '098001'), /does not belong to the consortium/],
      [addX('council', 'consorzio-test'), /at least one comune/],
      [add(), /already exists/],
      [['user', 'add', '--role', 'admin', '--consortium', 'consorzio-test'], /Missing --email/],
      [addX('admin', 'consorzio-test', '--colour', 'blu'), /Unknown option '--colour'/],
      [['user', 'remove', '--email', 'x@test.it'], /Unknown command "user remove"/],
      [['utenti'], /Unknown command "utenti"/],
    ];
    for (const [argv, message] of cases) {
      const asked: string[] = [];
      const result = await runCli(argv, {
        io: {
          out: () => {},
          err: (line) => asked.push(`err:${line}`),
          askSecret: async (q) => {
            asked.push(`ask:${q}`);
            return 'mai-chiesta-123';
          },
        },
        openDb: () => db,
      });
      expect(result, argv.join(' ')).toBe(1);
      expect(asked.join('\n')).toMatch(message);
      expect(
        asked.some((a) => a.startsWith('ask:')),
        argv.join(' '),
      ).toBe(false);
    }
    expect(accounts(db)).toHaveLength(1);
  });

  it('disables, enables and lists accounts without showing any hash', async () => {
    const { db } = createTestWorld();
    await cli(db, add());
    const disabled = await cli(db, ['user', 'disable', '--email', 'ADMIN@test.it']);
    expect(disabled).toMatchObject({ code: 0, out: 'Disabled admin@test.it; its sessions were ended' });
    expect((await cli(db, ['user', 'disable', '--email', 'admin@test.it'])).out).toContain('already disabled');
    expect((await cli(db, ['user', 'disable', '--email', 'nessuno@test.it'])).code).toBe(1);
    const list = await cli(db, ['user', 'list']);
    expect(list.out).toMatch(/admin@test\.it\s+admin\s+consorzio-test\s+-\s+disabled 2024-07-15/);
    expect(list.out).not.toContain('scrypt');
    expect((await cli(db, ['user', 'enable', '--email', 'admin@test.it'])).out).toBe('Enabled admin@test.it');
    const actions = userAudit(db).map((a) => a.action);
    expect(actions).toEqual(['create', 'disable', 'enable']);
  });

  it('shows help with exit code 0', async () => {
    const { db } = createTestWorld();
    const help = await cli(db, ['help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('user add --email <email> --role admin|editor|council --consortium <slug>');
  });

  it('runs as a program on the database SWITCHOFF_DB names, generating the password when stdin is not a terminal', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'switchoff-cli-')), 'switchoff.db');
    const db = createDb(path);
    db.insert(schema.consortia)
      .values({ slug: 'consorzio-it', name: 'Consorzio.IT', ipaCode: 'consorzioit', city: 'Crema' })
      .run();
    db.$client.close();
    const run = (...args: string[]) => runProgram(path, ...args);
    const created = run('user', 'add', '--email', 'a@b.it', '--role', 'admin', '--consortium', 'consorzio-it');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(
      /Created admin a@b\.it \(consorzio-it\)\nPassword \(shown only this once[^:]*\): \S{20,}\n$/,
    );
    const duplicate = run('user', 'add', '--email', 'A@B.it', '--role', 'admin', '--consortium', 'consorzio-it');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('already exists');
    expect(run('user', 'list').stdout).toContain('a@b.it');
  });
});

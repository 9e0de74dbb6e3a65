import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '@switchoff/db';
import { DATA_TABLES, dumpTables, PEOPLE_TABLES } from '@switchoff/db/testing';
import { type CliIo, runCli } from './cli';

/** The server package's folder, where `pnpm switchoff` runs. */
export const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** A CSV of the API's import fixtures, by name. */
export const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../packages/api/src/data-io/fixtures/${name}`, import.meta.url));
/** A new empty folder under the system's temporary one. */
export const folder = () => mkdtempSync(join(tmpdir(), 'switchoff-cli-data-'));
/** The clock every CLI test runs on. */
export const NOW = new Date('2024-07-15T08:00:00.000Z');

/** `pnpm switchoff init` of the installation tests' Consorzio della Bassa (Lodi), with its IPA code and emails. */
export const initBassa = (p: { ipa: string; email: string; adminEmail: string }) => [
  'init',
  '--consortium',
  'consorzio-bassa',
  '--name',
  'Consorzio della Bassa',
  '--ipa',
  p.ipa,
  '--city',
  'Lodi',
  '--email',
  p.email,
  '--admin-email',
  p.adminEmail,
];

/** What a CLI run in process may be given besides its database: clock, paths, answers to password prompts. */
export type CliRunContext = { now?: () => Date; databasePath?: string; cwd?: string; answers?: readonly string[] };

/**
 * Runs `pnpm switchoff …` in process on a database (`openDb`); what it printed and its exit code.
 * Without `answers` it has no terminal, so passwords are generated; unset clock and paths are the CLI's own.
 */
export async function runCliOn(openDb: () => Db, argv: string[], context: CliRunContext = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  const queue = [...(context.answers ?? [])];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    raw: (t) => raw.push(t),
    askSecret: context.answers ? async () => queue.shift() ?? '' : null,
  };
  const { now, databasePath, cwd } = context;
  const code = await runCli(argv, { io, openDb, now, databasePath, cwd });
  return { code, out: out.join('\n'), err: err.join('\n'), raw: raw.join('') };
}

/** The CLI in process on `db` at the tests' clock (NOW), its backups and restores beside `databasePath`. */
export const cli = (db: Db, argv: string[], databasePath = join(folder(), 'unused.db')) =>
  runCliOn(() => db, argv, { now: () => NOW, databasePath });

/** Runs `src/cli.ts` as a program on the database at `path` (SWITCHOFF_DB), nothing on its standard input. */
export const runProgram = (path: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, SWITCHOFF_DB: path },
    encoding: 'utf8',
    input: '',
  });

/** Every row of the tables a backup or an import could change, as text to compare. */
export const dump = (db: Db) => dumpTables(db, [...DATA_TABLES, ...PEOPLE_TABLES]);
/** The audit rows of one entity, oldest first. */
export const auditOf = (db: Db, entity: string) =>
  db.$client.prepare('SELECT actor, action, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as {
    actor: string;
    action: string;
    after: string;
  }[];

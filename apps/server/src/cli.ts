import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  AccountError,
  checkNewUser,
  createUser,
  disableUser,
  enableUser,
  listUsers,
  setUserPassword,
} from '@switchoff/api/server';
import { createDb, type Db } from '@switchoff/db';
import { DataUsageError, dataCommandMessage, runBackup, runExport, runImport } from './cli-data';
import { runDigest } from './cli-digest';
import { runGenerate } from './cli-generate';
import { InvalidInputError, runInstallationCommand } from './cli-installation';
import { runPadigitaleImport } from './cli-padigitale';
import { type CliIo, choosePassword, printGenerated } from './cli-password';
import { runRestore } from './cli-restore';
import { USAGE } from './cli-usage';
import { databasePath } from './config';
import { promptHidden } from './prompt';

export { USAGE };

export type CliOptions = {
  io: CliIo;
  /** Opens the database, only for commands that need it. */
  openDb: () => Db;
  now?: () => Date;
  /** The database file (restore replaces it without opening it); SWITCHOFF_DB's when absent. */
  databasePath?: string;
  /** Where relative file names start; where pnpm was run (INIT_CWD) when absent. */
  cwd?: string;
};

export type { CliIo };

class UsageError extends Error {}

const ACTOR = { userId: null, name: 'cli' };

type Options = NonNullable<ParseArgsConfig['options']>;
const EMAIL: Options = { email: { type: 'string' } };
const COMMAND_OPTIONS: Record<string, Options> = {
  add: {
    ...EMAIL,
    role: { type: 'string' },
    consortium: { type: 'string' },
    name: { type: 'string' },
    comune: { type: 'string', multiple: true },
  },
  disable: EMAIL,
  enable: EMAIL,
  password: EMAIL,
  list: {},
};

function parse(command: string, args: string[]) {
  const options = COMMAND_OPTIONS[command];
  if (!options) throw new UsageError(`Unknown command "user ${command}"`);
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`Missing --${name}`);
  return value;
}

async function addUser(db: Db, io: CliIo, values: Record<string, unknown>): Promise<void> {
  const details = {
    email: required(values, 'email'),
    role: required(values, 'role'),
    consortium: required(values, 'consortium'),
    name: typeof values.name === 'string' ? values.name : undefined,
    comuni: Array.isArray(values.comune) ? values.comune.filter((c): c is string => typeof c === 'string') : [],
  };
  checkNewUser(db, details); // before asking for a password that would be thrown away
  const { password, generated } = await choosePassword(io, details.email);
  const created = await createUser(db, { ...details, password, actor: ACTOR });
  io.out(
    `Created ${details.role} ${created.email} (${details.consortium}${details.comuni.length ? `: ${details.comuni.join(', ')}` : ''})`,
  );
  if (generated) printGenerated(io, password);
}

async function changePassword(db: Db, io: CliIo, email: string): Promise<void> {
  const { password, generated } = await choosePassword(io, email);
  await setUserPassword(db, { email, password, actor: ACTOR });
  io.out(`New password set for ${email.trim().toLowerCase()}; its sessions were ended`);
  if (generated) printGenerated(io, password);
}

function printUsers(db: Db, io: CliIo): void {
  const rows = listUsers(db).map((u) => [
    u.email,
    u.role,
    u.consortium,
    u.comuni.join(' ') || '-',
    u.disabledAt ? `disabled ${u.disabledAt.slice(0, 10)}` : 'active',
    u.name,
  ]);
  if (rows.length === 0) {
    io.out(
      'No accounts yet. Create the first admin with: pnpm switchoff user add --email <email> --role admin --consortium <slug>',
    );
    return;
  }
  const table = [['EMAIL', 'ROLE', 'CONSORTIUM', 'COMUNI', 'STATUS', 'NAME'], ...rows];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of table)
    io.out(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '));
}

async function runUserCommand(command: string, args: string[], options: CliOptions): Promise<void> {
  const values = parse(command, args);
  const { io } = options;
  const now = options.now ?? (() => new Date());
  const db = options.openDb();
  if (command === 'add') return addUser(db, io, values);
  if (command === 'list') return printUsers(db, io);
  const email = required(values, 'email');
  if (command === 'password') return changePassword(db, io, email);
  if (command === 'disable') {
    const changed = disableUser(db, { email, actor: ACTOR, now: now() });
    io.out(
      changed
        ? `Disabled ${email.trim().toLowerCase()}; its sessions were ended`
        : `${email.trim().toLowerCase()} was already disabled`,
    );
    return;
  }
  const changed = enableUser(db, { email, actor: ACTOR });
  io.out(changed ? `Enabled ${email.trim().toLowerCase()}` : `${email.trim().toLowerCase()} was not disabled`);
}

/** Runs one command; returns the exit code (0 done, 1 refused or bad arguments). */
export async function runCli(argv: readonly string[], options: CliOptions): Promise<number> {
  const [area, command, ...rest] = argv;
  const { io } = options;
  if (area === undefined || area === 'help' || area === '--help' || area === '-h') {
    io.out(USAGE);
    return area === undefined ? 1 : 0;
  }
  const data = {
    out: io.out,
    err: io.err,
    raw: io.raw,
    openDb: options.openDb,
    databasePath: options.databasePath ?? databasePath(),
    now: options.now ?? (() => new Date()),
    cwd: options.cwd ?? process.env.INIT_CWD ?? process.cwd(),
  };
  const args = argv.slice(1);
  try {
    if (area === 'import' && command === 'padigitale2026') return runPadigitaleImport(rest, data);
    if (area === 'import') return await runImport(args, data);
    if (area === 'export') return runExport(args, data);
    if (area === 'backup') return await runBackup(args, data);
    if (area === 'restore') return await runRestore(args, data);
    if (area === 'generate') return runGenerate(args, data);
    if (area === 'digest') return await runDigest(args, data);
    if (area === 'init' || area === 'consortium' || area === 'comune') {
      await runInstallationCommand(area, command, rest, options);
      return 0;
    }
    if (area !== 'user') throw new UsageError(`Unknown command "${area}"`);
    if (command === undefined) throw new UsageError('Missing the user command (add, disable, enable, password, list)');
    await runUserCommand(command, rest, options);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DataUsageError) {
      io.err(`Error: ${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof InvalidInputError) {
      // One line per refused option, each naming it.
      for (const line of error.message.split('\n')) io.err(`Error: ${line}`);
      return 1;
    }
    if (error instanceof AccountError) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    const message = dataCommandMessage(error);
    if (message !== null) {
      io.err(`Error: ${message}`);
      return 1;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const opened: { db: Db | null } = { db: null };
  const code = await runCli(process.argv.slice(2), {
    io: {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      raw: (text) => process.stdout.write(text),
      askSecret: process.stdin.isTTY ? (question) => promptHidden(question) : null,
    },
    openDb: () => {
      opened.db = createDb(databasePath());
      return opened.db;
    },
    databasePath: databasePath(),
  }).catch((error: unknown) => {
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
  opened.db?.$client.close();
  process.exitCode = code;
}

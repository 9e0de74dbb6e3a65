import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the server was starting with, to name it in the message. */
export type StartupSettings = { dbPath: string; port: number };

type SystemError = { code?: unknown; message?: unknown; syscall?: unknown };

type Wrapped = { cause?: unknown };

/** The error and the errors it wraps (drizzle wraps SQLite's in a query error of its own). */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at: unknown = error; at !== undefined && at !== null && chain.length < 10; at = (at as Wrapped).cause) {
    chain.push(at);
  }
  return chain;
}

const ownCode = (error: unknown): string => {
  const code = (error as SystemError | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** The innermost code an error carries: the system's or SQLite's, under any wrapping. */
const codeOf = (error: unknown): string =>
  chainOf(error)
    .map(ownCode)
    .filter((code) => code !== '')
    .at(-1) ?? '';

const messageOf = (error: unknown): string => {
  const message = (error as SystemError | null)?.message;
  return typeof message === 'string' ? message : String(error);
};

/**
 * drizzle's migrator answers a failed migration with ROLLBACK, which fails when SQLite has already
 * rolled the transaction back itself (as it does on a full disk), hiding the first error.
 */
const rolledBackBySqlite = (error: unknown): boolean =>
  chainOf(error).some((e) => messageOf(e).includes('cannot rollback - no transaction is active'));

/** Whether the file system holding `folder` has less than 1 MB left. */
function isNearlyFull(folder: string): boolean {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

/**
 * Why the server could not start, as one line an operator acts on: a busy port, a database
 * folder that is missing and cannot be made or is not writable, a file that is not a healthy
 * database, a full disk. Anything else keeps its own message.
 */
export function describeStartupError(error: unknown, settings: StartupSettings): string {
  const code = codeOf(error);
  const { dbPath, port } = settings;
  const folder = dirname(dbPath);
  if (code === 'EADDRINUSE') {
    return `Port ${port} is already in use: stop what uses it, or start Switch-off with another PORT`;
  }
  if (code === 'EACCES' && chainOf(error).some((e) => (e as SystemError).syscall === 'listen')) {
    return `Port ${port} needs privileges this user does not have: choose a PORT above 1023`;
  }
  if (code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') {
    return `Cannot create or write the database folder ${folder} (${code}): make it a writable folder, or set SWITCHOFF_DB to a file in one`;
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) {
    return `Cannot open the database ${dbPath} for writing (${code}): check that ${folder} and the file are writable by this user`;
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) {
    return `${dbPath} is not a healthy SQLite database (${code}): move it away and restore a backup (pnpm switchoff restore <file>)`;
  }
  const full = ['SQLITE_FULL', 'ENOSPC', 'EFBIG', 'SQLITE_IOERR_WRITE'].includes(code)
    ? code
    : rolledBackBySqlite(error) && isNearlyFull(folder)
      ? 'less than 1 MB free'
      : null;
  if (full) {
    return `Cannot write the database ${dbPath}: the disk is full or a file-size limit was reached (${full}); free some space and start again`;
  }
  return `Switch-off could not start: ${chainOf(error).map(messageOf).join(': ')}`;
}

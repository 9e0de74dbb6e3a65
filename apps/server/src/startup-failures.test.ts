import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(serverDir, 'dist', 'main.js');
const isRoot = process.getuid?.() === 0;

type Outcome = { code: number | null; stderr: string[]; timedOut: boolean };

/**
 * Starts `node dist/main.js` and waits for it to stop by itself: a server that keeps running
 * (or restarting workers) after 60 s is killed and reported as such.
 */
function runUntilExit(env: Record<string, string>, prefix: string[] = []): Promise<Outcome> {
  const { SWITCHOFF_DEMO_ACCOUNTS: _ignored, ...inherited } = process.env;
  const [command = process.execPath, ...args] = [...prefix, process.execPath, entry];
  const child = spawn(command, args, {
    cwd: serverDir,
    env: { ...inherited, SWITCHOFF_WORKERS: '2', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.split('\n').filter((line) => line.trim() !== ''), timedOut });
    });
  });
}

/** A tmpfs of `size` mounted on a new folder (as root), or null where mounting is not allowed. */
function mountTmpfs(options: string): string | null {
  if (!isRoot) return null;
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

describe('a server that cannot start stops with one clear line and exit code 1, never a loop', () => {
  let dir: string;
  const mounts: string[] = [];
  beforeAll(() => {
    if (!existsSync(entry)) throw new Error(`Build the server first: ${entry} is missing`);
    dir = mkdtempSync(join(tmpdir(), 'switchoff-startup-'));
  });
  afterAll(() => {
    for (const mount of mounts) execFileSync('umount', [mount], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });

  for (const workers of ['1', '2']) {
    it(`on a busy port (${workers} worker${workers === '1' ? '' : 's'})`, async () => {
      const taken: Server = createServer();
      await new Promise<void>((resolve) => taken.listen(0, resolve));
      const { port } = taken.address() as { port: number };
      try {
        const outcome = await runUntilExit({
          PORT: String(port),
          SWITCHOFF_DB: join(dir, `busy-${workers}.db`),
          SWITCHOFF_WORKERS: workers,
        });
        expect(outcome).toEqual({
          code: 1,
          stderr: [`Port ${port} is already in use: stop what uses it, or start Switch-off with another PORT`],
          timedOut: false,
        });
      } finally {
        taken.close();
      }
    }, 90_000);
  }

  it('when the database folder cannot be created', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const outcome = await runUntilExit({ PORT: '0', SWITCHOFF_DB: join(file, 'data', 'switchoff.db') });
    expect(outcome).toEqual({
      code: 1,
      stderr: [
        `Cannot create or write the database folder ${join(file, 'data')} (ENOTDIR): make it a writable folder, or set SWITCHOFF_DB to a file in one`,
      ],
      timedOut: false,
    });
  }, 90_000);

  it('when the database folder is not writable', async () => {
    // Root writes anywhere: a read-only file system then; anyone else: a folder without write permission.
    const readOnly = mountTmpfs('ro,size=1m') ?? join(dir, 'read-only');
    if (readOnly.startsWith(dir)) {
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o555);
    } else mounts.push(readOnly);
    const dbPath = join(readOnly, 'switchoff.db');
    const outcome = await runUntilExit({ PORT: '0', SWITCHOFF_DB: dbPath });
    expect(outcome.code).toBe(1);
    expect(outcome.timedOut).toBe(false);
    expect(outcome.stderr).toEqual([
      `Cannot open the database ${dbPath} for writing (SQLITE_CANTOPEN): check that ${readOnly} and the file are writable by this user`,
    ]);
  }, 90_000);

  it('when the database file is corrupt', async () => {
    const dbPath = join(dir, 'corrupt.db');
    writeFileSync(dbPath, 'this is not an SQLite database '.repeat(200));
    const outcome = await runUntilExit({ PORT: '0', SWITCHOFF_DB: dbPath });
    expect(outcome).toEqual({
      code: 1,
      stderr: [
        `${dbPath} is not a healthy SQLite database (SQLITE_NOTADB): move it away and restore a backup (pnpm switchoff restore <file>)`,
      ],
      timedOut: false,
    });
  }, 90_000);

  it('when the disk is full', async () => {
    // A 256 kB file system (as root), or else a 256 kB limit on the size of any file the process writes.
    const tiny = mountTmpfs('size=256k');
    if (tiny) mounts.push(tiny);
    const dbPath = join(tiny ?? dir, 'full.db');
    const outcome = await runUntilExit(
      { PORT: '0', SWITCHOFF_DB: dbPath },
      tiny ? [] : ['prlimit', `--fsize=${256 * 1024}`],
    );
    expect(outcome.code).toBe(1);
    expect(outcome.timedOut).toBe(false);
    expect(outcome.stderr).toHaveLength(1);
    expect(outcome.stderr[0]).toMatch(
      new RegExp(
        `^Cannot write the database ${dbPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the disk is full or a file-size limit was reached \\((SQLITE_FULL|SQLITE_IOERR_WRITE|less than 1 MB free)\\); free some space and start again$`,
      ),
    );
  }, 90_000);
});

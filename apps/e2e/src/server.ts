import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnBuiltServer, stopProcess } from '@switchoff/server/spawn-server';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server');
const entry = join(serverDir, 'dist', 'main.js');
const webDist = join(serverDir, '..', 'web', 'dist');
/** The web app's server entry (`vite build --ssr`), found by the server beside the SPA's folder. */
const webSsr = join(serverDir, '..', 'web', 'dist-ssr');

export type RunningServer = {
  base: string;
  /** The SQLite file it serves, for the command line (`runBuiltCli`). */
  dbPath: string;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * Starts the built server (`node apps/server/dist/main.js`, what `pnpm start` runs) on a free
 * port with a fresh SQLite file, which it migrates and fills with the demo; `demo` also creates
 * the demo accounts; `real` starts a real installation instead (`--no-demo`: empty, set up with
 * `runBuiltCli(… init …)`). The built web app is copied aside first, so a rebuild while the tests
 * run cannot pull its files from under the browser. Resolves once /healthz answers.
 */
export async function startBuiltServer({
  demo = true,
  real = false,
}: {
  demo?: boolean;
  real?: boolean;
} = {}): Promise<RunningServer> {
  if (!existsSync(entry)) throw new Error(`Build the server first (pnpm build): ${entry} is missing`);
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error(`Build the web app first (pnpm build): ${webDist} is missing`);
  const dataDir = mkdtempSync(join(tmpdir(), 'switchoff-e2e-'));
  cpSync(webDist, join(dataDir, 'web'), { recursive: true });
  if (existsSync(webSsr)) cpSync(webSsr, join(dataDir, 'dist-ssr'), { recursive: true });
  const {
    SWITCHOFF_DEMO_ACCOUNTS: _demo,
    SWITCHOFF_PUBLIC_URL: _url,
    SWITCHOFF_WEB_DIR: _web,
    PORT: _port,
    ...env
  } = process.env;
  const dbPath = join(dataDir, 'switchoff.db');
  const flags = real ? ['--no-demo'] : demo ? ['--demo'] : [];
  const { child, port, output } = await spawnBuiltServer({
    entry,
    cwd: serverDir,
    env: { ...env, SWITCHOFF_DB: dbPath, SWITCHOFF_WEB_DIR: join(dataDir, 'web') },
    args: flags,
    timeoutMs: 60_000,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(child, 5_000).then(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    await waitForHealth(base);
  } catch (error) {
    // A server that never became healthy is stopped: the caller has nothing to stop.
    await stop();
    throw error;
  }
  return { base, dbPath, output, stop };
}

/**
 * Runs the built command line (`node apps/server/dist/cli.js`, what `pnpm switchoff` runs) on a
 * database, as a script does: no terminal, so a password is generated and printed once.
 */
export function runBuiltCli(dbPath: string, args: readonly string[]): { code: number; out: string; err: string } {
  const result = spawnSync(process.execPath, [join(serverDir, 'dist', 'cli.js'), ...args], {
    cwd: serverDir,
    env: { ...process.env, SWITCHOFF_DB: dbPath },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? 1, out: result.stdout, err: result.stderr };
}

async function waitForHealth(base: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok && ((await res.json()) as { ok?: boolean }).ok === true) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`${base}/healthz did not answer { ok: true } in 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

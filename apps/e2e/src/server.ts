import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server');
const entry = join(serverDir, 'dist', 'main.js');
const webDist = join(serverDir, '..', 'web', 'dist');

export type RunningServer = { base: string; output: () => string; stop: () => Promise<void> };

/**
 * Starts the built server (`node apps/server/dist/main.js`, what `pnpm start` runs) on a free
 * port with a fresh SQLite file, which it migrates and fills with the demo; `demo` also creates
 * the demo accounts. The built web app is copied aside first, so a rebuild while the tests run
 * cannot pull its files from under the browser. Resolves once /healthz answers.
 */
export async function startBuiltServer({ demo = true }: { demo?: boolean } = {}): Promise<RunningServer> {
  if (!existsSync(entry)) throw new Error(`Build the server first (pnpm build): ${entry} is missing`);
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error(`Build the web app first (pnpm build): ${webDist} is missing`);
  const dataDir = mkdtempSync(join(tmpdir(), 'switchoff-e2e-'));
  cpSync(webDist, join(dataDir, 'web'), { recursive: true });
  const {
    SWITCHOFF_DEMO_ACCOUNTS: _demo,
    SWITCHOFF_PUBLIC_URL: _url,
    SWITCHOFF_WEB_DIR: _web,
    PORT: _port,
    ...env
  } = process.env;
  const child = spawn(process.execPath, [entry, ...(demo ? ['--demo'] : [])], {
    cwd: serverDir,
    env: { ...env, PORT: '0', SWITCHOFF_DB: join(dataDir, 'switchoff.db'), SWITCHOFF_WEB_DIR: join(dataDir, 'web') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  await waitForHealth(base);
  return {
    base,
    output: () => output,
    stop: () => stopChild(child).then(() => rmSync(dataDir, { recursive: true, force: true })),
  };
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

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

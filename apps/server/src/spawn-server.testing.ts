import { type ChildProcess, spawn } from 'node:child_process';

/** A built server started as a process: its port, how many processes serve (primary and workers), what it printed. */
export type SpawnedServer = { child: ChildProcess; port: number; workers: number; output: () => string };

/** What `main.ts` prints once it listens: the port, then the database and, in a cluster, the workers. */
const LISTENING = /listening on http:\/\/localhost:(\d+) \(database [^,)]+(?:, (\d+) workers)?\)/;

/**
 * Starts a built server entry (`dist/main.js`, what `pnpm start` runs, or a build of its own) on
 * a free port (`PORT=0`) with the environment given, and resolves once it says where it listens.
 * The tests of the server, the browser tests and the bench start it this way; `timeoutMs` bounds
 * the wait (none by default: a national database may take minutes to migrate).
 */
export function spawnBuiltServer(p: {
  entry: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  args?: readonly string[];
  /** Options of node itself, before the entry (`--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: readonly string[];
  timeoutMs?: number;
}): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [...(p.nodeArgs ?? []), p.entry, ...(p.args ?? [])], {
    cwd: p.cwd,
    env: { ...p.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer =
      p.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            // A server that did not start in time is stopped, not left running behind the caller.
            void stopProcess(child, 5_000);
            reject(new Error(`the server did not start in ${p.timeoutMs} ms:\n${output}`));
          }, p.timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ child, port: Number(match[1]), workers: Number(match[2] ?? 1), output: () => output });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
    child.once('error', reject);
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
export function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

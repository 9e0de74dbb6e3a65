import { type ChildProcess, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type SpawnedServer, spawnBuiltServer, stopProcess } from '@switchoff/server/spawn-server';
import autocannon from 'autocannon';

export type HttpResult = {
  connections: number;
  seconds: number;
  /** Server processes: the primary and its workers (SWITCHOFF_WORKERS, one per core by default). */
  workers: number;
  readsPerSecond: number;
  requests: number;
  errors: number;
  latencyP50: number;
  latencyP99: number;
  /**
   * Largest sum of the processes' PSS (Linux smaps_rollup), sampled every 100 ms during the load:
   * the memory the server uses, each page counted once (RSS counts the Node binary and libraries,
   * about 50 MB of shared pages, once per process).
   */
  peakPssDuringLoad: number;
  /** Largest sum of the processes' RSS, sampled with it. */
  peakRssDuringLoad: number;
  /** Sum of each process's own RSS high-water mark (VmHWM), start-up included: an upper bound. */
  maxRss: number;
  /** The same reads asked again with the ETag of their last answer: 304s. */
  revalidatedPerSecond: number | null;
};

export const serverDir = dirname(createRequire(import.meta.url).resolve('@switchoff/server/package.json'));

const query = (procedure: string, input: object) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** A mix of public reads: overview, service page and roadmap of the given comuni and services. */
export function publicReadPaths(p: {
  comuni: readonly string[];
  services: ReadonlyArray<{ istat: string; slug: string }>;
}): string[] {
  const paths: string[] = [];
  for (const [i, istat] of p.comuni.entries()) {
    paths.push(query('comuni.overview', { istat }));
    const service = p.services[i];
    if (service !== undefined) paths.push(query('services.get', service));
    paths.push(query('milestones.roadmap', { istat }));
  }
  return paths;
}

/**
 * The server as `pnpm start` runs it (esbuild bundle, node:cluster), built into a folder of the
 * bench's own (apps/server/.tmp/bench-server), so a server running from dist/ is left alone.
 */
export function buildServer(): string {
  // Once per process: the JSON reads and the rendered pages start the same bundle (a build is
  // seconds of CPU on a busy machine).
  if (builtEntry !== undefined && existsSync(builtEntry)) return builtEntry;
  const outdir = join(serverDir, '.tmp', 'bench-server');
  const run = spawnSync(process.execPath, ['build.mjs', outdir], { cwd: serverDir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench: the server build failed\n${run.stderr}`);
  builtEntry = join(outdir, 'main.js');
  return builtEntry;
}

let builtEntry: string | undefined;

/** Memory of a process from /proc (Linux), in bytes; 0 when it is gone or not Linux. */
function procMemory(pid: number, field: 'VmRSS' | 'VmHWM' | 'Pss'): number {
  try {
    const file = field === 'Pss' ? `/proc/${pid}/smaps_rollup` : `/proc/${pid}/status`;
    const kib = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'))?.[1];
    return kib === undefined ? 0 : Number(kib) * 1024;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/**
 * Starts the built server on any free port, on the database at `dbPath` (migrated, and seeded
 * with the demo when empty); with `webDir` (a built SPA, its server entry in `../dist-ssr`) it
 * serves and renders the public pages, otherwise the API alone; `extraEnv` is added to its environment,
 * `nodeArgs` given to node before the entry.
 */
export function startServer(
  entry: string,
  dbPath: string,
  webDir: string = join(serverDir, '.tmp', 'no-web'),
  extraEnv: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<SpawnedServer> {
  const { SWITCHOFF_DEMO_ACCOUNTS: _demo, PORT: _port, ...env } = process.env;
  return spawnBuiltServer({
    entry,
    cwd: serverDir,
    env: { ...env, ...extraEnv, SWITCHOFF_DB: dbPath, SWITCHOFF_WEB_DIR: webDir },
    nodeArgs,
  });
}

/** SIGTERM, then SIGKILL after 10 s. */
export function stopServer(child: ChildProcess): Promise<void> {
  return stopProcess(child, 10_000);
}

/** autocannon against the built server (`buildServer`, primary and workers), their RSS summed and sampled during the load. */
export async function loadTest(p: {
  dbPath: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
}): Promise<HttpResult> {
  const { child, port, workers } = await startServer(buildServer(), p.dbPath);
  const pids = () => [child.pid ?? 0, ...childrenOf(child.pid ?? 0)];
  try {
    const url = `http://127.0.0.1:${port}`;
    const requests = p.paths.map((path) => ({ method: 'GET' as const, path }));
    // A short warm-up so the first compilations of the handlers are not in the figures.
    await autocannon({ url, connections: 4, duration: 1, requests });
    const samples: number[] = [];
    const pssSamples: number[] = [];
    const sampler = setInterval(() => {
      const now = pids();
      samples.push(now.reduce((sum, pid) => sum + procMemory(pid, 'VmRSS'), 0));
      pssSamples.push(now.reduce((sum, pid) => sum + procMemory(pid, 'Pss'), 0));
    }, 100);
    let result: Awaited<ReturnType<typeof autocannon>>;
    try {
      result = await autocannon({ url, connections: p.connections, duration: p.seconds, timeout: 10, requests });
    } finally {
      clearInterval(sampler);
    }
    // The same reads from a browser that has them: If-None-Match with each answer's ETag.
    const etags = await Promise.all(p.paths.map(async (path) => (await fetch(`${url}${path}`)).headers.get('etag')));
    const revalidating = p.paths.flatMap((path, i) => {
      const etag = etags[i];
      return etag ? [{ method: 'GET' as const, path, headers: { 'if-none-match': etag } }] : [];
    });
    const revalidated =
      revalidating.length === 0
        ? null
        : await autocannon({
            url,
            connections: p.connections,
            duration: Math.max(1, Math.round(p.seconds / 2)),
            timeout: 10,
            requests: revalidating,
          });
    const maxRss = pids().reduce((sum, pid) => sum + procMemory(pid, 'VmHWM'), 0);
    return {
      connections: p.connections,
      seconds: p.seconds,
      workers,
      readsPerSecond: result.requests.average,
      requests: result.requests.total,
      // autocannon's errors include its timeouts.
      errors: result.errors + result.non2xx,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      peakPssDuringLoad: Math.max(0, ...pssSamples),
      peakRssDuringLoad: Math.max(0, ...samples),
      maxRss: maxRss || Math.max(0, ...samples),
      revalidatedPerSecond: revalidated === null ? null : revalidated.requests.average,
    };
  } finally {
    await stopServer(child);
  }
}

// pnpm --filter @switchoff/bench run amplification [--entry <built main.js>] [--seconds <n>] [--calls <n>]
// Issue 11's amplification: four clients loop one anonymous GET batch of council reports (250
// calls as in the issue, or --calls: 10 is the most a batch may carry) while autocannon measures
// ordinary public reads, on the demo database. Loopback only; each loop stops when the
// measurement ends. The machine's load average is printed beside the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildServer, publicReadPaths, startServer, stopServer } from './http';

const ATTACKERS = 4;
const CALLS_PER_BATCH = Number(option('--calls') ?? 250);

type Load = { readsPerSecond: number; p50: number; p99: number; errors: number };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** The demo consortium's comuni, as a visitor finds them. */
async function demoComuni(url: string): Promise<string[]> {
  const input = encodeURIComponent(JSON.stringify({ consortium: 'consorzio-it', limit: 20 }));
  const res = await fetch(`${url}/api/trpc/comuni.list?input=${input}`);
  const body = (await res.json()) as { result: { data: { comuni: Array<{ istat: string }> } } };
  return body.result.data.comuni.map((c) => c.istat);
}

async function measureReads(url: string, paths: readonly string[], seconds: number): Promise<Load> {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    timeout: 10,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    readsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** One client looping the batch until `until`; returns the statuses it got. */
async function attack(url: string, istat: string, until: number): Promise<Map<number, number>> {
  const paths = Array.from({ length: CALLS_PER_BATCH }, () => 'reports.council').join(',');
  const inputs = Object.fromEntries(Array.from({ length: CALLS_PER_BATCH }, (_, i) => [String(i), { istat }]));
  const target = `${url}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
  const statuses = new Map<number, number>();
  while (Date.now() < until) {
    const res = await fetch(target, { signal: AbortSignal.timeout(Math.max(1, until - Date.now() + 5_000)) }).catch(
      () => null,
    );
    const status = res?.status ?? 0;
    await res?.arrayBuffer().catch(() => null);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return statuses;
}

const seconds = Number(option('--seconds') ?? 10);
const entry = option('--entry') ?? buildServer();
const folder = mkdtempSync(join(tmpdir(), 'switchoff-amplification-'));
const { child, port } = await startServer(entry, join(folder, 'demo.db'));
try {
  const url = `http://127.0.0.1:${port}`;
  const comuni = await demoComuni(url);
  const paths = publicReadPaths({ comuni, services: [] });
  await measureReads(url, paths, 1);
  const quiet = await measureReads(url, paths, seconds);
  const until = Date.now() + seconds * 1000;
  const attacks = Array.from({ length: ATTACKERS }, () => attack(url, comuni[0] ?? '', until));
  const loud = await measureReads(url, paths, seconds);
  const statuses = new Map<number, number>();
  for (const result of await Promise.all(attacks))
    for (const [status, n] of result) statuses.set(status, (statuses.get(status) ?? 0) + n);
  const row = (name: string, l: Load) =>
    `${name.padEnd(34)} ${l.readsPerSecond.toFixed(0).padStart(6)} reads/s  p50 ${l.p50} ms  p99 ${l.p99} ms  errors ${l.errors}`;
  console.log(row('public reads alone', quiet));
  console.log(row(`with ${ATTACKERS} clients × ${CALLS_PER_BATCH}-call batches`, loud));
  console.log(
    `load average: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`,
  );
  console.log(`batches sent: ${[...statuses].map(([status, n]) => `${n} × ${status || 'no answer'}`).join(', ')}`);
} finally {
  await stopServer(child);
  rmSync(folder, { recursive: true, force: true });
}

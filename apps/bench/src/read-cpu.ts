// pnpm --filter @switchoff/bench run read-cpu --db <copy of a bench database> [--entry <built main.js>]…
//   [--reads <n>] [--warmup <n>] [--rounds <n>] [--connections <n>] [--profile <folder>]
//   [--mix national|fixed] [--write-every <ms>] [--accept-encoding <header>]
// CPU of the server per public read: the built server in one process (SWITCHOFF_WORKERS=1) on
// the database given, autocannon sending the bench's mix (`fixed`, the default: the 120
// addresses of 40 comuni that `pnpm bench`'s load test asks in turn; `national`: visitors over
// every comune by population, read-mix.ts, while a figure is written every `--write-every` ms,
// 1,000 by default, 0 none) `--warmup` reads untimed, then `--reads` reads; the user +
// system CPU the process spent meanwhile (/proc/<pid>/stat) divided by the reads. The load
// average moves reads/s far more than this figure, so a change to the request path is measured
// here on a shared machine. Several `--entry` (builds of different commits) run in turn, each
// round, so both see the same load. `--profile` writes a V8 CPU profile of each server there.
// Then the same reads revalidated (If-None-Match with each answer's ETag: 304s), as the bench's
// second load test sends them, and the CPU per revalidation likewise; beside each, the CPU the
// client (autocannon, in this process) spent per read: on the bench the two share the cores.
// `--accept-encoding` sends that header with every read and revalidation, as a browser does
// ("gzip, deflate, br, zstd" for Chromium), so compression's cost is measured too; without it the
// reads accept no encoding, as the bench's load test (autocannon) asks.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createDb } from '@switchoff/db';
import type { Request as CannonRequest } from 'autocannon';
import autocannon from 'autocannon';
import { buildServer, publicReadPaths, startServer, stopServer } from './http';
import { mixRequests, nationalReadMix, type ReadMix, revalidationRequests, startStaffWrites } from './read-mix';
import { pickTargets } from './targets';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const options = (name: string): string[] =>
  argv.flatMap((a, i) => {
    const value = argv[i + 1];
    return a === name && value !== undefined ? [value] : [];
  });

/** User + system CPU of a process so far, in milliseconds (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command's name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

async function measureOnce(p: {
  entry: string;
  dbPath: string;
  /** The fixed addresses asked in turn, or the mix drawn from. */
  asked: readonly string[] | ReadMix;
  writeEveryMs: number;
  reads: number;
  warmup: number;
  connections: number;
  profile: string | undefined;
  acceptEncoding: string | undefined;
}): Promise<{
  cpuPerRead: number;
  clientCpuPerRead: number;
  readsPerSecond: number;
  errors: number;
  cpuPer304: number;
  notModified: number;
}> {
  const nodeArgs = p.profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${p.profile}`];
  const { child, port } = await startServer(p.entry, p.dbPath, undefined, { SWITCHOFF_WORKERS: '1' }, nodeArgs);
  try {
    const url = `http://127.0.0.1:${port}`;
    const { asked } = p;
    const requests: CannonRequest[] = Array.isArray(asked)
      ? asked.map((path) => ({ method: 'GET' as const, path }))
      : mixRequests(asked as ReadMix);
    const run = (amount: number, sent: CannonRequest[]) =>
      autocannon({
        url,
        connections: p.connections,
        amount,
        timeout: 10,
        requests: p.acceptEncoding === undefined ? sent : withHeader(sent, 'accept-encoding', p.acceptEncoding),
      });
    const writes = p.writeEveryMs > 0 ? startStaffWrites(p.dbPath, p.writeEveryMs) : null;
    try {
      await run(p.warmup, requests);
      const pid = child.pid ?? 0;
      const before = cpuMs(pid);
      const client = process.cpuUsage();
      const result = await run(p.reads, requests);
      const spent = cpuMs(pid) - before;
      const clientSpent = process.cpuUsage(client);
      const revalidating = Array.isArray(asked)
        ? await revalidationsOf(url, asked)
        : await revalidationRequests(url, asked as ReadMix, 2000);
      await run(p.warmup, revalidating);
      const before304 = cpuMs(pid);
      const revalidated = await run(p.reads, revalidating);
      return {
        cpuPerRead: spent / p.reads,
        clientCpuPerRead: (clientSpent.user + clientSpent.system) / 1000 / p.reads,
        readsPerSecond: result.requests.average,
        errors: result.errors + result.timeouts + result.non2xx,
        cpuPer304: (cpuMs(pid) - before304) / p.reads,
        notModified: revalidated['3xx'],
      };
    } finally {
      writes?.stop();
    }
  } finally {
    await stopServer(child);
  }
}

/** The requests with one more header each, also those a request's `setupRequest` draws. */
function withHeader(requests: CannonRequest[], name: string, value: string): CannonRequest[] {
  const add = (request: CannonRequest): CannonRequest => ({
    ...request,
    headers: { ...request.headers, [name]: value },
  });
  return requests.map((request) => {
    const setup = request.setupRequest;
    const added = add(request);
    return setup === undefined ? added : { ...added, setupRequest: (r, context) => add(setup(r, context)) };
  });
}

/** Each fixed address with the ETag of its answer now, asked in turn. */
async function revalidationsOf(url: string, paths: readonly string[]): Promise<CannonRequest[]> {
  const etags = await Promise.all(paths.map(async (path) => (await fetch(`${url}${path}`)).headers.get('etag')));
  return paths.map((path, i) => ({ method: 'GET' as const, path, headers: { 'if-none-match': etags[i] ?? '' } }));
}

const dbPath = option('--db');
if (dbPath === undefined) throw new Error('read-cpu: --db <a copy of a bench database> is required');
const entries = options('--entry');
if (entries.length === 0) entries.push(buildServer());
const db = createDb(dbPath);
const fixed = option('--mix') !== 'national';
const targets = pickTargets(db.$client, 200);
const asked = fixed
  ? publicReadPaths({ comuni: targets.comuni.slice(0, 40), services: targets.services.slice(0, 40) })
  : nationalReadMix(db.$client);
db.$client.close();
const settings = {
  dbPath,
  asked,
  writeEveryMs: fixed ? 0 : Number(option('--write-every') ?? 1000),
  reads: Number(option('--reads') ?? 3000),
  warmup: Number(option('--warmup') ?? 1000),
  connections: Number(option('--connections') ?? 10),
  profile: option('--profile'),
  acceptEncoding: option('--accept-encoding'),
};
const rounds = Number(option('--rounds') ?? 2);
const what = Array.isArray(asked) ? `${asked.length} fixed addresses` : 'the national mix';
const writing = settings.writeEveryMs > 0 ? `, a write every ${settings.writeEveryMs} ms` : ', no write';
const encoding = settings.acceptEncoding === undefined ? '' : `, Accept-Encoding: ${settings.acceptEncoding}`;
console.log(`${what}${writing}${encoding}, ${settings.reads} reads after ${settings.warmup}, ${rounds} round(s)`);
for (let round = 1; round <= rounds; round += 1) {
  for (const entry of entries) {
    const loadBefore = load();
    const r = await measureOnce({ ...settings, entry });
    console.log(
      `round ${round}  ${entry}\n  CPU ${r.cpuPerRead.toFixed(3)} ms/read (autocannon ${r.clientCpuPerRead.toFixed(3)})  ` +
        `${r.readsPerSecond.toFixed(0)} reads/s  ` +
        `errors ${r.errors}\n  CPU ${r.cpuPer304.toFixed(3)} ms/revalidation  ${r.notModified} of ${settings.reads} ` +
        `answered 304  load ${loadBefore} → ${load()}`,
    );
  }
}

// pnpm --filter @switchoff/bench run import-load --db <national.db> [--entry <built main.js>] [--rows <n>]
// Issue 11, item 4: what visitors get while an editor imports a large file through the server.
// A copy of the national database (the original is only read), an editor of its consortium of 50
// comuni, the built server on it (one worker per core, as `pnpm start`); then the editor's
// preview and commit of `--rows` monthly rows (100,000 by default) over HTTP while /healthz is
// asked every 50 ms and four clients loop ordinary public reads, each request on a connection of
// its own (so the cluster spreads them over its workers, as it does visitors). Prints each phase's length and
// the latencies (p50, p99, max) of /healthz and of the reads, quiet and during the import, with
// the machine's load average. Loopback only; the copy is removed at the end.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '@switchoff/api/server';
import { createDb } from '@switchoff/db';
import { buildServer, publicReadPaths, startServer, stopServer } from './http';
import { writeFiguresCsv } from './import';
import { percentile } from './stats';

const EMAIL = 'bench-editor@example.it';
const PASSWORD = 'bench-password-import-1';
const READERS = 4;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** Each answer's latency and when its request was sent (performance.now()). */
type Samples = { latencies: number[]; sentAt: number[]; errors: number; statuses: Map<number, number> };

const emptySamples = (): Samples => ({ latencies: [], sentAt: [], errors: 0, statuses: new Map() });

/** One GET on a connection of its own (as many visitors are): the cluster hands each to the next worker. */
function getOnce(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false, timeout: 30_000 }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(0));
  });
}

async function timed(url: string, into: Samples): Promise<void> {
  const started = performance.now();
  const status = await getOnce(url);
  into.latencies.push(performance.now() - started);
  into.sentAt.push(started);
  into.statuses.set(status, (into.statuses.get(status) ?? 0) + 1);
  if (status !== 200) into.errors += 1;
}

/** /healthz every 50 ms and READERS loops of public reads, until `stop()`; their samples. */
function probe(url: string, paths: readonly string[]) {
  let running = true;
  const health = emptySamples();
  const reads = emptySamples();
  const started = performance.now();
  const healthLoop = (async () => {
    while (running) {
      await timed(`${url}/healthz`, health);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const readLoops = Array.from({ length: READERS }, async (_, reader) => {
    for (let i = reader; running; i += READERS) await timed(`${url}${paths[i % paths.length]}`, reads);
  });
  return async () => {
    running = false;
    await Promise.all([healthLoop, ...readLoops]);
    return { health, reads, seconds: (performance.now() - started) / 1000 };
  };
}

async function post(url: string, procedure: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${url}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
}

async function dataOf<T>(res: Response, what: string): Promise<T> {
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || body.result === undefined)
    throw new Error(`bench: ${what} answered ${res.status}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

type JobView = { id: string; status: string; phase: string; done: number; total: number };

/** Until the import's job ends (a commit answered at once with its job), or at once (a commit that answered when done). */
async function waitForJob(url: string, answer: { job?: JobView }, cookie: string): Promise<string> {
  let job = answer.job;
  if (job === undefined) return 'answered when done';
  while (job.status === 'running' || job.status === 'queued') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const input = encodeURIComponent(JSON.stringify({ id: job.id }));
    job = await dataOf<JobView>(
      await fetch(`${url}/api/trpc/imports.job?input=${input}`, { headers: { cookie } }),
      'imports.job',
    );
  }
  return `job ${job.status}`;
}

/** The /healthz answers slower than 100 ms, counted by the import's phase their request was sent in. */
function slowByPhase(s: Samples, phases: readonly { name: string; from: number }[]): string {
  const counts = phases.map((phase) => ({ ...phase, slow: 0, all: 0 }));
  s.sentAt.forEach((at, i) => {
    const phase = counts.findLast((p) => p.from <= at);
    if (phase === undefined) return;
    phase.all += 1;
    if ((s.latencies[i] ?? 0) > 100) phase.slow += 1;
  });
  return counts.map((p) => `${p.name} ${p.slow} of ${p.all}`).join('; ');
}

function summary(name: string, s: Samples, seconds: number): string {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `${name.padEnd(30)} ${String(s.latencies.length).padStart(6)} answers (${(s.latencies.length / seconds).toFixed(1)}/s)  p50 ${ms(percentile(sorted, 50))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? 0)}  not 200: ${s.errors}`;
}

const source = option('--db');
if (source === undefined) throw new Error('bench: --db <national.db> is required (the national database, only read)');
const rows = Number(option('--rows') ?? 100_000);
const consortium = option('--consortium') ?? 'consorzio-torino';
const entry = option('--entry') ?? buildServer();
const folder = mkdtempSync(join(tmpdir(), 'switchoff-import-load-'));
const dbPath = join(folder, 'national.db');
copyFileSync(source, dbPath);
const setup = createDb(dbPath);
const today = new Date().toISOString().slice(0, 10);
const { csv } = writeFiguresCsv(setup, { consortium, today, rows });
await createUser(setup, {
  email: EMAIL,
  name: 'Bench editor',
  role: 'editor',
  consortium,
  password: PASSWORD,
  actor: { userId: null, name: 'bench' },
});
const comuni = setup.$client
  .prepare('SELECT c.istat_code FROM comuni c JOIN consortia k ON k.id = c.consortium_id WHERE k.slug = ? LIMIT 10')
  .pluck()
  .all(consortium) as string[];
setup.$client.close();
const { child, port, workers } = await startServer(entry, dbPath);
try {
  const url = `http://127.0.0.1:${port}`;
  const login = await post(url, 'auth.login', { email: EMAIL, password: PASSWORD });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!login.ok) throw new Error(`bench: login answered ${login.status}`);
  const paths = publicReadPaths({ comuni, services: [] });
  console.log(
    `server: ${workers} workers; ${rows.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV`,
  );
  console.log(
    `load average at start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`,
  );
  const quiet = await new Promise<Awaited<ReturnType<ReturnType<typeof probe>>>>((resolve) => {
    const stop = probe(url, paths);
    setTimeout(() => resolve(stop()), 5_000);
  });
  const stop = probe(url, paths);
  const scope = { consortium };
  let started = performance.now();
  const previewFrom = started;
  const preview = await dataOf<{ fingerprint: string; canApply: boolean }>(
    await post(url, 'imports.preview', { scope, kind: 'figures', csv }, cookie),
    'imports.preview',
  );
  const previewSeconds = (performance.now() - started) / 1000;
  if (!preview.canApply) throw new Error('bench: the preview refuses the file');
  started = performance.now();
  const answer = await dataOf<{ job?: JobView }>(
    await post(url, 'imports.commit', { scope, kind: 'figures', csv, fingerprint: preview.fingerprint }, cookie),
    'imports.commit',
  );
  const answeredAt = performance.now();
  const answeredSeconds = (answeredAt - started) / 1000;
  const how = await waitForJob(url, answer, cookie);
  const commitSeconds = (performance.now() - started) / 1000;
  const endedAt = performance.now();
  const during = await stop();
  const phases = [
    { name: 'preview', from: previewFrom },
    { name: 'commit request', from: started },
    { name: 'job', from: answeredAt },
    { name: 'after', from: endedAt },
  ];
  console.log(
    `preview ${previewSeconds.toFixed(1)} s; commit answered in ${answeredSeconds.toFixed(2)} s, ${how} after ${commitSeconds.toFixed(1)} s`,
  );
  console.log(summary('/healthz, quiet', quiet.health, quiet.seconds));
  console.log(summary('public reads, quiet', quiet.reads, quiet.seconds));
  console.log(summary('/healthz, during the import', during.health, during.seconds));
  console.log(summary('public reads, during the import', during.reads, during.seconds));
  console.log(`/healthz over 100 ms, by phase: ${slowByPhase(during.health, phases)}`);
  console.log(
    `load average at end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}`,
  );
} finally {
  await stopServer(child);
  rmSync(folder, { recursive: true, force: true });
}

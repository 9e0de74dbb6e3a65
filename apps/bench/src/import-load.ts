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
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser } from '@switchoff/api/server';
import { createDb } from '@switchoff/db';
import { buildServer, publicReadPaths, startServer, stopServer } from './http';
import { writeFiguresCsv } from './import';
import { probe, slowByPhase, summary } from './import-load-probe';
import { describeLoopDelays, type LoopDelay, loopDelayProbe } from './loop-delay-probe';

const EMAIL = 'bench-editor@example.it';
const PASSWORD = 'bench-password-import-1';

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

type Answer = { status: number; cookie: string; body: { result?: { data: unknown }; error?: unknown } };

/** A tRPC POST; `onSent` is called once the whole body is written (the upload's end, seen from here). */
function post(url: string, procedure: string, body: unknown, cookie = '', onSent = () => {}): Promise<Answer> {
  const bytes = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/trpc/${procedure}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes.length, cookie } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () => {
          const text = Buffer.concat(chunks).toString();
          const cookie = (res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
          resolve({ status: res.statusCode ?? 0, cookie, body: JSON.parse(text) as Answer['body'] });
        });
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(bytes, onSent);
  });
}

function dataOf<T>(answer: Answer, what: string): T {
  const { result, error } = answer.body;
  if (answer.status !== 200 || result === undefined)
    throw new Error(`bench: ${what} answered ${answer.status}: ${JSON.stringify(error)}`);
  return result.data as T;
}

type JobView = { id: string; status: string; phase: string; done: number; total: number };

/** Until the import's job ends (a commit answered at once with its job), or at once (a commit that answered when done). */
async function waitForJob(url: string, answer: { job?: JobView }, cookie: string): Promise<string> {
  let job = answer.job;
  if (job === undefined) return 'answered when done';
  while (job.status === 'running' || job.status === 'queued') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const input = encodeURIComponent(JSON.stringify({ id: job.id }));
    const res = await fetch(`${url}/api/trpc/imports.job?input=${input}`, { headers: { cookie } });
    job = dataOf<JobView>(
      { status: res.status, cookie: '', body: (await res.json()) as Answer['body'] },
      'imports.job',
    );
  }
  return `job ${job.status}`;
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
const loop = loopDelayProbe();
const { child, port, workers, output } = await startServer(entry, dbPath, undefined, { SWITCHOFF_LOOP_DELAY: '1' });
loop.start(child, output());
try {
  const url = `http://127.0.0.1:${port}`;
  const login = await post(url, 'auth.login', { email: EMAIL, password: PASSWORD });
  if (login.status !== 200) throw new Error(`bench: login answered ${login.status}`);
  const cookie = login.cookie;
  const paths = publicReadPaths({ comuni, services: [] });
  console.log(
    `server: ${workers} workers; ${rows.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV`,
  );
  console.log(`load average at start: ${loadAverage()}`);
  // Each worker's event-loop delay by phase: start-up and login left out.
  const loopDelays: { name: string; delays: Promise<(LoopDelay | null)[]> }[] = [];
  await loop.mark();
  const quiet = await new Promise<Awaited<ReturnType<ReturnType<typeof probe>>>>((resolve) => {
    const stop = probe(url, paths);
    setTimeout(() => resolve(stop()), 5_000);
  });
  loopDelays.push({ name: 'quiet', delays: loop.mark() });
  const stop = probe(url, paths);
  const scope = { consortium };
  let started = performance.now();
  const previewFrom = started;
  const uploaded = (name: string) => () => loopDelays.push({ name, delays: loop.mark() });
  const preview = dataOf<{ fingerprint: string; canApply: boolean }>(
    await post(url, 'imports.preview', { scope, kind: 'figures', csv }, cookie, uploaded('preview upload')),
    'imports.preview',
  );
  loopDelays.push({ name: 'preview', delays: loop.mark() });
  const previewSeconds = (performance.now() - started) / 1000;
  if (!preview.canApply) throw new Error('bench: the preview refuses the file');
  started = performance.now();
  const commit = { scope, kind: 'figures', csv, fingerprint: preview.fingerprint };
  const answer = dataOf<{ job?: JobView }>(
    await post(url, 'imports.commit', commit, cookie, uploaded('commit upload')),
    'imports.commit',
  );
  loopDelays.push({ name: 'commit request', delays: loop.mark() });
  const answeredAt = performance.now();
  const answeredSeconds = (answeredAt - started) / 1000;
  const how = await waitForJob(url, answer, cookie);
  loopDelays.push({ name: 'job', delays: loop.mark() });
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
  for (const phase of loopDelays) {
    console.log(`event-loop delay, ${phase.name}: ${describeLoopDelays(await phase.delays)}`);
  }
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  await stopServer(child);
  rmSync(folder, { recursive: true, force: true });
}

// pnpm --filter @switchoff/bench run render-comuni --db <copy of the national database> [--comuni <n>] [--runs <n>]
//   [--web <built SPA folder>]… [--slowest <n>]
// Issue 15's render target alone: comune pages (the overview) rendered in process as the server
// renders a page it has not kept (the built server entry, the API through the router), timed in
// wall time, CPU and garbage collection per render. The comuni are the bench's own (seeded), each
// rendered once untimed, then --runs times. With several --web folders (each a built SPA with its
// server entry in ../dist-ssr, e.g. a copy of a build before a change) the builds take turns on
// every comune, so they are compared under the same load. Without --web the SPA is built into
// .bench/web as `pnpm bench` builds it. Profile with `node --cpu-prof --import tsx src/render-comuni.ts …`.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { appRouter, createContextInner } from '@switchoff/api';
import { loadPageEntry, type PageEntry } from '@switchoff/api/server';
import { createDb } from '@switchoff/db';
import type { DatabaseMeta } from './database';
import { repoRoot } from './options';
import { RENDERED_MARK } from './pages-render';
import { summarise, type Timing } from './stats';
import { pickTargets } from './targets';
import { buildWeb, ssrOutDirFor } from './web';

type Build = { name: string; entry: PageEntry; template: string };
/** One timed render: wall and CPU time, the garbage collector's pauses within it, the page's length (UTF-16 units). */
type Sample = { istat: string; wallMs: number; cpuMs: number; gcMs: number; bytes: number };

const argv = process.argv.slice(2);
const values = (flag: string): string[] => argv.flatMap((arg, i) => (arg === flag ? [argv[i + 1] ?? ''] : []));
const count = (flag: string, fallback: number): number => {
  const raw = values(flag)[0];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${flag} must be a positive integer`);
  return n;
};
const cwd = process.env.INIT_CWD ?? process.cwd();
const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));

const dbPath = absolute(values('--db')[0] ?? join(repoRoot, '.bench', 'national.db'));
if (!existsSync(`${dbPath}.json`))
  throw new Error(`${dbPath}.json not found: give --db a bench database with its meta`);
const meta = JSON.parse(readFileSync(`${dbPath}.json`, 'utf8')) as DatabaseMeta;
const today = meta.summary.today;
const comuniCount = count('--comuni', 60);
const runs = count('--runs', 3);
const slowest = count('--slowest', 8);

let webDirs = values('--web').map(absolute);
if (webDirs.length === 0) {
  const outDir = join(repoRoot, '.bench', 'web');
  console.log(`Building the SPA and its server entry into ${outDir} …`);
  buildWeb(outDir);
  webDirs = [outDir];
}
const builds: Build[] = [];
for (const dir of webDirs) {
  const entry = await loadPageEntry(join(ssrOutDirFor(dir), 'entry-server.js'));
  builds.push({ name: dir, entry, template: readFileSync(join(dir, 'index.html'), 'utf8') });
}

const db = createDb(dbPath);
const { comuni } = pickTargets(db.$client, comuniCount);
const createContext = async () => createContextInner({ db, today: () => today });

// The collector's pauses, noted as the observer reports them (later) and laid over each render's span.
const pauses: Array<{ start: number; end: number }> = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
const spans = new Map<Sample, { start: number; end: number }>();

async function render(build: Build, istat: string): Promise<{ sample: Sample; html: string }> {
  const url = `/comuni/${istat}`;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const page = await build.entry.renderPage({ url, template: build.template, router: appRouter, createContext });
  // Timed with the check, as the bench's row: reading the page makes V8 join its pieces into one
  // string, which the server pays too (hashing and compressing it).
  const rendered = page !== null && page.status === 200 && page.html.includes(RENDERED_MARK);
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  if (!rendered) throw new Error(`${url} was not rendered (${page === null ? 'the shell' : page.status})`);
  const cpuMs = (used.user + used.system) / 1000;
  const sample = { istat, wallMs: end - start, cpuMs, gcMs: 0, bytes: page.html.length };
  spans.set(sample, { start, end });
  return { sample, html: page.html };
}

const samples = new Map<Build, Sample[]>(builds.map((b) => [b, []]));
const loads = [loadavg()[0] ?? 0];
console.log(`${comuni.length} comuni × ${runs} runs, ${builds.length} build(s), today ${today}, ${dbPath}`);
// The code warmed up first (compiled, inlined), on the first comune, then each comune once untimed.
for (let i = 0; i < 20; i++) for (const build of builds) await render(build, comuni[0] ?? '');
// Builds compared must draw the same page: a difference is said once per comune.
const differing: string[] = [];
for (const istat of comuni) {
  const firsts: string[] = [];
  for (const build of builds) firsts.push((await render(build, istat)).html);
  if (firsts.some((html) => html !== firsts[0])) differing.push(istat);
  for (let run = 0; run < runs; run++) {
    for (const build of builds) samples.get(build)?.push((await render(build, istat)).sample);
  }
}
loads.push(loadavg()[0] ?? 0);
await new Promise((done) => setTimeout(done, 50));
gcObserver.disconnect();
for (const [sample, span] of spans) {
  for (const p of pauses) sample.gcMs += Math.max(0, Math.min(span.end, p.end) - Math.max(span.start, p.start));
}

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1).padStart(6);
const line = (name: string, t: Timing) => `${name.padEnd(16)} p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  p99 ${ms(t.p99)}`;
for (const build of builds) {
  const list = samples.get(build) ?? [];
  console.log(`\n${build.name} (${list.length} renders)`);
  console.log(line('wall ms', summarise(list.map((s) => s.wallMs))));
  console.log(line('CPU ms', summarise(list.map((s) => s.cpuMs))));
  console.log(line('GC ms', summarise(list.map((s) => s.gcMs))));
  console.log(line('page KB', summarise(list.map((s) => s.bytes / 1024))));
  // The comuni whose pages cost most (their median CPU), with their size: what makes p95.
  const byComune = new Map<string, Sample[]>();
  for (const s of list) byComune.set(s.istat, [...(byComune.get(s.istat) ?? []), s]);
  const ranked = [...byComune].map(([istat, own]) => ({
    istat,
    cpu: summarise(own.map((s) => s.cpuMs)).p50,
    kb: (own[0]?.bytes ?? 0) / 1024,
  }));
  ranked.sort((a, b) => b.cpu - a.cpu);
  console.log(
    `slowest comuni (median CPU ms, page KB): ${ranked
      .slice(0, slowest)
      .map((r) => `${r.istat} ${r.cpu.toFixed(1)} (${r.kb.toFixed(0)} KB)`)
      .join(', ')}`,
  );
}
if (builds.length > 1) {
  const listed = differing.length === 0 ? 'none' : `${differing.length} (${differing.slice(0, 5).join(', ')}…)`;
  console.log(`\ncomuni whose page differs between the builds: ${listed}`);
}
console.log(`\nload average (1 min) at the start / end: ${loads.map((n) => n.toFixed(2)).join(' / ')}`);

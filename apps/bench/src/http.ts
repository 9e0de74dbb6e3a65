import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export type HttpResult = {
  connections: number;
  seconds: number;
  readsPerSecond: number;
  requests: number;
  errors: number;
  latencyP50: number;
  latencyP99: number;
  /** Largest RSS sampled every 100 ms during the load. */
  peakRssDuringLoad: number;
  /** The process's own high-water mark (Linux VmHWM), start-up included; else the largest sample. */
  maxRss: number;
};

type Message = { type: 'ready'; port: number } | { type: 'rss'; rss: number } | { type: 'peak'; maxRss: number | null };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'type' in value;
}

const query = (procedure: string, input: object) => `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** A mix of public reads: overview, service page and roadmap of the given comuni and services. */
export function publicReadPaths(p: { comuni: readonly string[]; services: ReadonlyArray<{ istat: string; slug: string }> }): string[] {
  const paths: string[] = [];
  for (const [i, istat] of p.comuni.entries()) {
    paths.push(query('comuni.overview', { istat }));
    const service = p.services[i];
    if (service !== undefined) paths.push(query('services.get', service));
    paths.push(query('milestones.roadmap', { istat }));
  }
  return paths;
}

function startServer(dbPath: string, today: string): Promise<{ child: ChildProcess; port: number; samples: number[] }> {
  const entry = fileURLToPath(new URL('./server-child.ts', import.meta.url));
  // `--import tsx` is resolved from the child's folder: the bench package, which depends on tsx.
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const child = fork(entry, [dbPath, today], { cwd, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const samples: number[] = [];
  return new Promise((resolve, reject) => {
    child.on('message', (message: unknown) => {
      if (!isMessage(message)) return;
      if (message.type === 'ready') resolve({ child, port: message.port, samples });
      if (message.type === 'rss') samples.push(message.rss);
    });
    child.once('exit', (code) => reject(new Error(`bench: the server exited (${code}) before listening`)));
    child.once('error', reject);
  });
}

function stopServer(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    let maxRss: number | null = null;
    child.on('message', (message: unknown) => {
      if (isMessage(message) && message.type === 'peak') maxRss = message.maxRss;
    });
    child.once('exit', () => resolve(maxRss));
    child.send('stop');
    setTimeout(() => child.kill(), 10_000).unref();
  });
}

/** autocannon against createApp in a child process; its RSS sampled during the load. */
export async function loadTest(p: { dbPath: string; today: string; paths: readonly string[]; connections: number; seconds: number }): Promise<HttpResult> {
  const { child, port, samples } = await startServer(p.dbPath, p.today);
  try {
    const url = `http://127.0.0.1:${port}`;
    // A short warm-up so the first compilations of the handlers are not in the figures.
    await autocannon({ url, connections: 4, duration: 1, requests: p.paths.map((path) => ({ method: 'GET', path })) });
    samples.length = 0;
    const result = await autocannon({
      url,
      connections: p.connections,
      duration: p.seconds,
      timeout: 10,
      requests: p.paths.map((path) => ({ method: 'GET', path })),
    });
    const peakRssDuringLoad = Math.max(0, ...samples);
    const maxRss = (await stopServer(child)) ?? peakRssDuringLoad;
    return {
      connections: p.connections,
      seconds: p.seconds,
      readsPerSecond: result.requests.average,
      requests: result.requests.total,
      errors: result.errors + result.timeouts + result.non2xx,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      peakRssDuringLoad,
      maxRss,
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

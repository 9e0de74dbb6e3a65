// The visitors of the import-load bench: /healthz every 50 ms and public reads in loops, each
// request on a connection of its own, with their latencies summed up by phase.
import { get } from 'node:http';
import { percentile } from './stats';

const READERS = 4;

/** Each answer's latency and when its request was sent (performance.now()). */
export type Samples = { latencies: number[]; sentAt: number[]; errors: number; statuses: Map<number, number> };

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
export function probe(url: string, paths: readonly string[]) {
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

/** The /healthz answers slower than 100 ms, counted by the import's phase their request was sent in. */
export function slowByPhase(s: Samples, phases: readonly { name: string; from: number }[]): string {
  const counts = phases.map((phase) => ({ ...phase, slow: 0, all: 0 }));
  s.sentAt.forEach((at, i) => {
    const phase = counts.findLast((p) => p.from <= at);
    if (phase === undefined) return;
    phase.all += 1;
    if ((s.latencies[i] ?? 0) > 100) phase.slow += 1;
  });
  return counts.map((p) => `${p.name} ${p.slow} of ${p.all}`).join('; ');
}

export function summary(name: string, s: Samples, seconds: number): string {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `${name.padEnd(30)} ${String(s.latencies.length).padStart(6)} answers (${(s.latencies.length / seconds).toFixed(1)}/s)  p50 ${ms(percentile(sorted, 50))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? 0)}  not 200: ${s.errors}`;
}

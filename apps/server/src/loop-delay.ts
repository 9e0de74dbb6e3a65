import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * What one process's event loop waited since the previous report (milliseconds, how many samples),
 * and the CPU time its main thread used meanwhile (null where it cannot be read): work done on the
 * thread that answers requests, apart from time spent waiting for a core.
 */
export type LoopDelayReport = {
  pid: number;
  maxMs: number;
  p99Ms: number;
  p50Ms: number;
  samples: number;
  cpuMs: number | null;
};

/** The start of the line each report is printed on, followed by its JSON. */
export const LOOP_DELAY_LINE = 'loop-delay ';

/** How often the monitor samples the loop (Node's default): a block shorter than this can go unseen. */
const RESOLUTION_MS = 10;

/**
 * Whether this process measures its event loop (SWITCHOFF_LOOP_DELAY=1, set by the bench that
 * measures the server during an import): a measure of what blocks the thread that answers
 * requests which, unlike a request's latency, does not depend on how loaded the machine is.
 */
export function loopDelayRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SWITCHOFF_LOOP_DELAY === '1';
}

/** CPU time this thread has used (user and system), in milliseconds, on Linux; null elsewhere. */
function threadCpuMs(): number | null {
  try {
    // Fields after the command's closing parenthesis: state is the 3rd, utime the 14th, stime the 15th.
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(')').at(-1)?.trim().split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports clock ticks of 1/100 s (USER_HZ) to user space.
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

/** Milliseconds beyond the monitor's own period (each sample counts it: a free loop reads RESOLUTION_MS). */
const delayMs = (ns: number) => Math.max(0, Math.round(ns / 1e4) / 100 - RESOLUTION_MS);

/**
 * Measures this process's event-loop delay (perf_hooks.monitorEventLoopDelay): prints a first
 * line at once (no samples: which processes report), then at each SIGUSR2 what it measured since
 * the previous line (LOOP_DELAY_LINE and a LoopDelayReport), and starts again, so whoever sends
 * the signals (the import-load bench) gets each phase's figures apart. A block shows as one
 * sample as long as the block.
 */
export function reportLoopDelayOnSignal(): void {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let cpuBefore = threadCpuMs();
  const report = () => {
    const some = histogram.count > 0;
    const cpuNow = threadCpuMs();
    const line: LoopDelayReport = {
      pid: process.pid,
      maxMs: some ? delayMs(histogram.max) : 0,
      p99Ms: some ? delayMs(histogram.percentile(99)) : 0,
      p50Ms: some ? delayMs(histogram.percentile(50)) : 0,
      samples: histogram.count,
      cpuMs: cpuNow === null || cpuBefore === null ? null : cpuNow - cpuBefore,
    };
    cpuBefore = cpuNow;
    console.log(`${LOOP_DELAY_LINE}${JSON.stringify(line)}`);
    histogram.reset();
  };
  histogram.enable();
  report();
  process.on('SIGUSR2', report);
}

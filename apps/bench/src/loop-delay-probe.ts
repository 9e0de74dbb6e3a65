import type { ChildProcess } from 'node:child_process';
import { LOOP_DELAY_LINE, type LoopDelayReport } from '@switchoff/server/loop-delay';

/** One worker's event-loop delay over one phase and its main thread's CPU time. */
export type LoopDelay = LoopDelayReport;

/** How long a worker may take to answer a signal (a blocked loop answers when it is free). */
const ANSWER_WITHIN_MS = 120_000;

/**
 * The event-loop delay of a server started with SWITCHOFF_LOOP_DELAY=1, phase by phase: each
 * worker prints a line when it starts (so its pid is known) and one at each SIGUSR2 with what it
 * measured since the previous one. `start` reads the server's output from its beginning; `mark`
 * ends a phase and gives each worker's figures for it.
 */
export function loopDelayProbe() {
  // Each worker's marks not answered yet, oldest first (a blocked worker answers them in turn).
  const pending = new Map<number, ((delay: LoopDelay) => void)[]>();
  const seen = new Set<number>();
  let rest = '';
  const read = (chunk: Buffer | string) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith(LOOP_DELAY_LINE)) continue;
      const delay = JSON.parse(line.slice(LOOP_DELAY_LINE.length)) as LoopDelay;
      seen.add(delay.pid);
      pending.get(delay.pid)?.shift()?.(delay);
    }
  };
  const answerOf = (pid: number) =>
    new Promise<LoopDelay | null>((resolve) => {
      const late = setTimeout(() => resolve(null), ANSWER_WITHIN_MS);
      const waiting = pending.get(pid) ?? [];
      waiting.push((delay) => {
        clearTimeout(late);
        resolve(delay);
      });
      pending.set(pid, waiting);
    });
  return {
    /** Reads the server's output: what it printed before listening (`printed`), then as it comes. */
    start: (child: ChildProcess, printed: string) => {
      read(printed);
      child.stdout?.on('data', read);
    },
    /** Ends a phase: each worker's figures since the previous mark (or its start); null when it did not answer. */
    mark: async (): Promise<(LoopDelay | null)[]> => {
      const answers = [...seen].map((pid) => {
        const answer = answerOf(pid);
        process.kill(pid, 'SIGUSR2');
        return answer;
      });
      return Promise.all(answers);
    },
  };
}

/** One phase's figures, one worker after another: "max 12.3 ms, p99 4.1 ms, p50 0.2 ms (6,012 samples), CPU 870 ms". */
export function describeLoopDelays(delays: readonly (LoopDelay | null)[]): string {
  return delays
    .map((d) =>
      d === null
        ? 'a worker did not answer'
        : `worker ${d.pid}: max ${d.maxMs.toFixed(1)} ms, p99 ${d.p99Ms.toFixed(1)} ms, p50 ${d.p50Ms.toFixed(1)} ms (${d.samples.toLocaleString('en')} samples), CPU ${typeof d.cpuMs === 'number' ? `${d.cpuMs.toLocaleString('en')} ms` : '?'}`,
    )
    .join('; ');
}

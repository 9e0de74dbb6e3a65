import type { RowCounts } from './write';

export type GenerateProgress = {
  phase: 'load' | 'indexes' | 'rollups' | 'analyze' | 'done';
  /** Comuni loaded; in the `rollups` phase, comuni whose roll-ups are built. */
  comuniDone: number;
  comuniTotal: number;
  /** Rows written so far, every table. */
  rows: number;
  figures: number;
  figuresExpected: number;
  /** Rows per second since the start. */
  rowsPerSecond: number;
  elapsedSeconds: number;
  /** Seconds left for the load, from the pace so far; null before there is a pace. */
  etaSeconds: number | null;
};

const REPORT_EVERY_MS = 1000;

/** Reports progress at most once a second during the load, and at every change of phase. */
export function createProgress(p: {
  comuniTotal: number;
  figuresExpected: number;
  counts: RowCounts;
  onProgress: ((progress: GenerateProgress) => void) | undefined;
}) {
  const started = performance.now();
  let lastReport = started;
  let lastPhase: GenerateProgress['phase'] = 'load';
  let comuniDone = 0;
  let rolledUp = 0;
  return {
    tick(phase: GenerateProgress['phase'], comuni: number, mayReport = true): void {
      if (phase === 'rollups') rolledUp += comuni;
      else comuniDone += comuni;
      const { onProgress } = p;
      if (onProgress === undefined) return;
      const now = performance.now();
      const phaseChanged = phase !== lastPhase;
      if (!phaseChanged && (!mayReport || now - lastReport < REPORT_EVERY_MS)) return;
      lastReport = now;
      lastPhase = phase;
      const elapsedSeconds = (now - started) / 1000;
      const rows = Object.values(p.counts).reduce((sum, n) => sum + n, 0);
      const done = comuniDone / p.comuniTotal;
      onProgress({
        phase,
        comuniDone: phase === 'rollups' ? rolledUp : comuniDone,
        comuniTotal: p.comuniTotal,
        rows,
        figures: p.counts.monthlyFigures,
        figuresExpected: p.figuresExpected,
        rowsPerSecond: elapsedSeconds > 0 ? rows / elapsedSeconds : 0,
        elapsedSeconds,
        etaSeconds: phase !== 'load' ? 0 : done > 0 ? (elapsedSeconds / done) * (1 - done) : null,
      });
    },
  };
}

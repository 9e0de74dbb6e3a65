/** One month of figures; null fields are a month without figures (a gap, never a zero). */
export type TakeUpPoint = {
  month: string;
  online: number | null;
  assisted: number | null;
  paper: number | null;
  takeUp: number | null;
};

/** Runs of consecutive months without figures, shaded so a gap never reads as a zero. */
export function missingRuns(points: readonly TakeUpPoint[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = [];
  let current: { from: string; to: string } | null = null;
  for (const point of points) {
    const missing = point.online === null && point.assisted === null && point.paper === null;
    if (missing) {
      current = current ? { from: current.from, to: point.month } : { from: point.month, to: point.month };
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

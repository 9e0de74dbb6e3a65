/*
 * A straight line through monthly points and how sure it is: ordinary least squares with the 95%
 * confidence interval of its slope (Student's t with n − 2 degrees of freedom). A forecast is
 * only made from a slope whose interval leaves zero out: a rise the data cannot tell apart from
 * noise is "no clear trend".
 */

export type LinearFit = { slope: number; intercept: number };

/** The fit with the 95% confidence interval of its slope (`low` ≤ slope ≤ `high`). */
export type TrendFit = LinearFit & { low: number; high: number; points: number };

// Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom.
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The two-sided 95% quantile of Student's t (table to 30 degrees of freedom, Cornish–Fisher beyond). */
export function studentT975(degrees: number): number {
  const tabled = T_975[degrees - 1];
  if (tabled !== undefined) return tabled;
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * degrees) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * degrees ** 2);
}

type Point = { x: number; y: number };

function moments(points: readonly Point[]) {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  return { n, meanX, meanY, sxx, sxy };
}

/** Ordinary least squares line through the points; null with fewer than two distinct x. */
export function linearFit(points: readonly Point[]): LinearFit | null {
  if (points.length === 0) return null;
  const { meanX, meanY, sxx, sxy } = moments(points);
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

// Residuals this small are the rounding of points exactly on a line, not scatter.
const EXACT = 1e-12;

/**
 * The least squares line with the 95% confidence interval of its slope; null with fewer than
 * three points or two distinct x (two points always lie on a line: no interval).
 */
export function trendFit(points: readonly Point[]): TrendFit | null {
  if (points.length < 3) return null;
  const fit = linearFit(points);
  if (fit === null) return null;
  const { n, sxx } = moments(points);
  const residuals = points.reduce((s, p) => s + (p.y - fit.intercept - fit.slope * p.x) ** 2, 0);
  const variance = residuals < EXACT ? 0 : residuals / (n - 2);
  const half = studentT975(n - 2) * Math.sqrt(variance / sxx);
  return { ...fit, low: fit.slope - half, high: fit.slope + half, points: n };
}

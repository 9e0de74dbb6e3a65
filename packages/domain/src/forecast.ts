import { figuresByMonth, type MonthFigures } from './measures';
import { addMonths, monthsBetween, type YearMonth } from './months';
import { type MonthTakeUp, meetsTarget, monthlyTakeUps, takeUpCondition } from './readiness';

/**
 * When the take-up target will be reached, honestly:
 * - reached: the readiness take-up rule already holds, `since` the first month of the current run
 *   of months at/above target;
 * - forecast: the trend crosses the target `monthsAway` months after `latestMonth`, the latest month
 *   with figures (not today: figures arrive late);
 * - not_enough_data: too few months with take-up in the window to fit a trend;
 * - no_progress: the trend is flat or declining;
 * - beyond_horizon: the trend crosses the target later than `horizonMonths` after the latest month.
 */
export type Forecast =
  | { kind: 'reached'; since: YearMonth }
  | { kind: 'forecast'; month: YearMonth; monthsAway: number; latestMonth: YearMonth; slopePerMonth: number }
  | { kind: 'not_enough_data'; monthsWithData: number; needed: number }
  | { kind: 'no_progress'; slopePerMonth: number }
  | { kind: 'beyond_horizon'; horizonMonths: number };

export type ForecastOptions = {
  /** Calendar months of history used, ending at the latest month with figures. */
  window?: number;
  /** Fewest months with take-up needed to fit a trend (never fewer than 2). */
  minPoints?: number;
  /** How far ahead, in months after the latest month with figures, a forecast may go. */
  horizonMonths?: number;
};

export const FORECAST_DEFAULTS = { window: 12, minPoints: 6, horizonMonths: 60 } as const;

// A slope this small is rounding noise of a flat series, not progress.
const FLAT_SLOPE = 1e-9;

export type LinearFit = { slope: number; intercept: number };

/** Ordinary least squares line through the points; null with fewer than two distinct x. */
export function linearFit(points: readonly { x: number; y: number }[]): LinearFit | null {
  const n = points.length;
  if (n === 0) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

function firstMonthOfCurrentRun(takeUps: readonly MonthTakeUp[], target: number): YearMonth | null {
  let since: YearMonth | null = null;
  for (let i = takeUps.length - 1; i >= 0; i -= 1) {
    const point = takeUps[i];
    if (point === undefined || !meetsTarget(point.takeUp, target)) break;
    since = point.month;
  }
  return since;
}

/**
 * Forecasts the month the digital take-up reaches `target` from the recent trend: an ordinary
 * least squares line of monthly take-up on month index, over the months with take-up within the
 * last `window` calendar months ending at the latest month with figures. Missing months are gaps
 * in the fit, never zeros. It never extrapolates from fewer than `minPoints` months.
 */
export function forecastTarget(
  figures: readonly MonthFigures[],
  target: number,
  options: ForecastOptions = {},
): Forecast {
  const window = options.window ?? FORECAST_DEFAULTS.window;
  const needed = Math.max(2, options.minPoints ?? FORECAST_DEFAULTS.minPoints);
  const horizonMonths = options.horizonMonths ?? FORECAST_DEFAULTS.horizonMonths;

  const takeUps = monthlyTakeUps(figures);
  if (takeUpCondition(figures, target).met) {
    const since = firstMonthOfCurrentRun(takeUps, target);
    if (since !== null) return { kind: 'reached', since };
  }

  const latestMonth = [...figuresByMonth(figures).keys()].at(-1);
  if (latestMonth === undefined) return { kind: 'not_enough_data', monthsWithData: 0, needed };
  const windowStart = addMonths(latestMonth, -(window - 1));
  const points = takeUps
    .filter((p) => p.month >= windowStart)
    .map((p) => ({ x: monthsBetween(windowStart, p.month), y: p.takeUp }));
  const fit = points.length < needed ? null : linearFit(points);
  if (fit === null) return { kind: 'not_enough_data', monthsWithData: points.length, needed };
  if (fit.slope <= FLAT_SLOPE) return { kind: 'no_progress', slopePerMonth: fit.slope };

  const latestX = monthsBetween(windowStart, latestMonth);
  const fitted = (monthsAway: number) => fit.intercept + fit.slope * (latestX + monthsAway);
  let monthsAway = Math.max(1, Math.ceil((target - fit.intercept) / fit.slope - latestX));
  if (monthsAway > horizonMonths + 1) return { kind: 'beyond_horizon', horizonMonths };
  // The closed form may be off by one month through rounding; settle it on the fitted values.
  if (monthsAway > 1 && meetsTarget(fitted(monthsAway - 1), target)) monthsAway -= 1;
  if (!meetsTarget(fitted(monthsAway), target)) monthsAway += 1;
  if (monthsAway > horizonMonths) return { kind: 'beyond_horizon', horizonMonths };
  return {
    kind: 'forecast',
    month: addMonths(latestMonth, monthsAway),
    monthsAway,
    latestMonth,
    slopePerMonth: fit.slope,
  };
}

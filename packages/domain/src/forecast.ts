import { figuresFreshness } from './freshness';
import { figuresByMonth, type MonthFigures } from './measures';
import { addMonths, lastCompleteMonth, monthsBetween, type YearMonth } from './months';
import { type MonthTakeUp, meetsTarget, monthlyTakeUps, takeUpCondition } from './readiness';
import { trendFit } from './trend';

export { type LinearFit, linearFit, studentT975, type TrendFit, trendFit } from './trend';

/**
 * When the take-up target will be reached, honestly:
 * - reached: the readiness take-up rule already holds, `since` the first month of the current run
 *   of months at/above target;
 * - forecast: the trend rises beyond doubt (the 95% confidence interval of its slope, `low` to
 *   `high`, is above zero) and crosses the target `monthsAway` months after `latestMonth`, the
 *   latest month with figures (not today: figures arrive late);
 * - not_enough_data: too few months with take-up in the window to fit a trend;
 * - stale: the figures are not up to date (figuresFreshness): no trend is drawn from old data;
 * - no_clear_trend: the interval of the slope holds zero — what looks like a rise or a fall may be noise;
 * - falling: take-up falls beyond doubt (the whole interval below zero);
 * - beyond_horizon: the trend crosses the target later than `horizonMonths` after the latest month.
 */
export type Forecast =
  | { kind: 'reached'; since: YearMonth }
  | {
      kind: 'forecast';
      month: YearMonth;
      monthsAway: number;
      latestMonth: YearMonth;
      slopePerMonth: number;
      low: number;
      high: number;
    }
  | { kind: 'not_enough_data'; monthsWithData: number; needed: number }
  | { kind: 'stale'; lastMonth: YearMonth }
  | { kind: 'no_clear_trend'; slopePerMonth: number; low: number; high: number }
  | { kind: 'falling'; slopePerMonth: number; low: number; high: number }
  | { kind: 'beyond_horizon'; horizonMonths: number };

export type ForecastOptions = {
  /** Calendar months of history used, ending at the latest month with figures. */
  window?: number;
  /** Fewest months with take-up needed to fit a trend (never fewer than 3: a line needs scatter). */
  minPoints?: number;
  /** How far ahead, in months after the latest month with figures, a forecast may go. */
  horizonMonths?: number;
};

/**
 * The forecast rule: a line over the last 12 calendar months, from at least 6 months with
 * take-up, and never more than 24 months ahead (twice the history it stands on).
 */
export const FORECAST_DEFAULTS = { window: 12, minPoints: 6, horizonMonths: 24 } as const;

// A slope this small is the rounding of a flat series, not a direction.
const FLAT_SLOPE = 1e-9;

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
 * last `window` calendar months ending at the latest month with figures (up to the last complete
 * month before `today`). Missing months are gaps in the fit, never zeros. It never extrapolates
 * from fewer than `minPoints` months, from stale figures, from a slope whose 95% confidence
 * interval holds zero, or beyond `horizonMonths`.
 */
export function forecastTarget(
  figures: readonly MonthFigures[],
  target: number,
  today: string,
  options: ForecastOptions = {},
): Forecast {
  const window = options.window ?? FORECAST_DEFAULTS.window;
  const needed = Math.max(3, options.minPoints ?? FORECAST_DEFAULTS.minPoints);
  const horizonMonths = options.horizonMonths ?? FORECAST_DEFAULTS.horizonMonths;

  const asOf = lastCompleteMonth(today);
  const upTo = figures.filter((f) => f.month <= asOf);
  const takeUps = monthlyTakeUps(upTo);
  if (takeUpCondition(upTo, target, today).met) {
    const since = firstMonthOfCurrentRun(takeUps, target);
    if (since !== null) return { kind: 'reached', since };
  }

  const latestMonth = [...figuresByMonth(upTo).keys()].at(-1);
  if (latestMonth === undefined) return { kind: 'not_enough_data', monthsWithData: 0, needed };
  if (figuresFreshness(latestMonth, today).stale) return { kind: 'stale', lastMonth: latestMonth };
  const windowStart = addMonths(latestMonth, -(window - 1));
  const points = takeUps
    .filter((p) => p.month >= windowStart)
    .map((p) => ({ x: monthsBetween(windowStart, p.month), y: p.takeUp }));
  const fit = points.length < needed ? null : trendFit(points);
  if (fit === null) return { kind: 'not_enough_data', monthsWithData: points.length, needed };
  const spread = { slopePerMonth: fit.slope, low: fit.low, high: fit.high };
  if (fit.high < 0 && fit.slope < -FLAT_SLOPE) return { kind: 'falling', ...spread };
  if (fit.low <= 0 || fit.slope <= FLAT_SLOPE) return { kind: 'no_clear_trend', ...spread };

  const latestX = monthsBetween(windowStart, latestMonth);
  const fitted = (monthsAway: number) => fit.intercept + fit.slope * (latestX + monthsAway);
  let monthsAway = Math.max(1, Math.ceil((target - fit.intercept) / fit.slope - latestX));
  if (monthsAway > horizonMonths + 1) return { kind: 'beyond_horizon', horizonMonths };
  // The closed form may be off by one month through rounding; settle it on the fitted values.
  if (monthsAway > 1 && meetsTarget(fitted(monthsAway - 1), target)) monthsAway -= 1;
  if (!meetsTarget(fitted(monthsAway), target)) monthsAway += 1;
  if (monthsAway > horizonMonths) return { kind: 'beyond_horizon', horizonMonths };
  return { kind: 'forecast', month: addMonths(latestMonth, monthsAway), monthsAway, latestMonth, ...spread };
}

import { describe, expect, it } from 'vitest';
import { type ForecastOptions, forecastTarget, linearFit } from './forecast';
import type { MonthFigures } from './measures';
import { addMonths } from './months';
import { figuresWithTakeUp, makeFigures } from './testing';

/** One month of figures per take-up, consecutive from `start`. */
function series(start: string, takeUps: readonly number[]): MonthFigures[] {
  return takeUps.map((takeUp, i) => figuresWithTakeUp(addMonths(start, i), takeUp));
}

/** The forecast on the 15th of the month after the latest month with figures (figures up to date). */
function forecastOf(figures: readonly MonthFigures[], target: number, options?: ForecastOptions) {
  const latest = figures.reduce((last, f) => (f.month > last ? f.month : last), '2024-01');
  return forecastTarget(figures, target, `${addMonths(latest, 1)}-15`, options);
}

describe('linearFit', () => {
  it('fits an exact line', () => {
    expect(
      linearFit([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toEqual({ slope: 2, intercept: 1 });
  });
  it('fits least squares through scattered points', () => {
    const fit = linearFit([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 0 },
      { x: 3, y: 1 },
    ]);
    expect(fit?.slope).toBeCloseTo(0.2, 12);
    expect(fit?.intercept).toBeCloseTo(0.2, 12);
  });
  it('is null without two distinct x', () => {
    expect(linearFit([])).toBeNull();
    expect(
      linearFit([
        { x: 3, y: 1 },
        { x: 3, y: 2 },
      ]),
    ).toBeNull();
  });
});

describe('forecastTarget: reached', () => {
  it('is reached when the last 3 months are at or above target', () => {
    const figures = series('2024-01', [0.5, 0.6, 0.8, 0.85, 0.9]);
    expect(forecastOf(figures, 0.8)).toEqual({ kind: 'reached', since: '2024-03' });
  });
  it('dates the run from its first month even across missing months', () => {
    const figures = [figuresWithTakeUp('2023-12', 0.5), ...series('2024-01', [0.9]), ...series('2024-03', [0.9, 0.85])];
    expect(forecastOf(figures, 0.8)).toEqual({ kind: 'reached', since: '2024-01' });
  });
  it('is not reached with only 2 months above target', () => {
    const figures = series('2024-01', [0.9, 0.9]);
    expect(forecastOf(figures, 0.8)).toEqual({ kind: 'not_enough_data', monthsWithData: 2, needed: 6 });
  });
});

describe('forecastTarget: not enough data', () => {
  it('has nothing to say without figures', () => {
    expect(forecastOf([], 0.8)).toEqual({ kind: 'not_enough_data', monthsWithData: 0, needed: 6 });
  });
  it('needs 6 months with take-up', () => {
    expect(forecastOf(series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5]), 0.8)).toMatchObject({
      kind: 'not_enough_data',
      monthsWithData: 5,
    });
  });
  it('ignores months outside the 12-month window', () => {
    const figures = [...series('2022-01', [0.1, 0.2, 0.3, 0.4, 0.5]), ...series('2024-01', [0.5, 0.6])];
    expect(forecastOf(figures, 0.8)).toEqual({ kind: 'not_enough_data', monthsWithData: 2, needed: 6 });
  });
  it('does not count months without transactions', () => {
    const figures = [...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5]), makeFigures('2024-06')];
    expect(forecastOf(figures, 0.8)).toMatchObject({ kind: 'not_enough_data', monthsWithData: 5 });
  });
  it('never fits a line through fewer than 3 points (two always lie on one)', () => {
    expect(forecastOf(series('2024-01', [0.5, 0.6]), 0.8, { minPoints: 1 })).toEqual({
      kind: 'not_enough_data',
      monthsWithData: 2,
      needed: 3,
    });
  });
  it('honours a custom minimum', () => {
    expect(forecastOf(series('2024-01', [0.3, 0.4, 0.5]), 0.8, { minPoints: 3 }).kind).toBe('forecast');
  });
});

describe('forecastTarget: no clear trend', () => {
  it('sees no clear trend in a flat series', () => {
    expect(forecastOf(series('2024-01', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), 0.8)).toEqual({
      kind: 'no_clear_trend',
      slopePerMonth: 0,
      low: 0,
      high: 0,
    });
  });
  it('sees no clear trend in a flat series despite rounding', () => {
    expect(forecastOf(series('2024-01', [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]), 0.8).kind).toBe('no_clear_trend');
  });
  it('gives no date for a near-flat noisy series (+0.09 points a month on small counts)', () => {
    // 11 transactions a month, 5 to 7 of them digital: the line rises 0.09 points a month.
    const counts = [6, 5, 7, 6, 5, 7, 6, 6, 5, 7, 6, 6];
    const figures = counts.map((digital, i) =>
      makeFigures(addMonths('2025-01', i), { online: digital, paper: 11 - digital }),
    );
    const result = forecastOf(figures, 0.8);
    expect(result.kind).toBe('no_clear_trend');
    if (result.kind !== 'no_clear_trend') return;
    expect(result.slopePerMonth).toBeGreaterThan(0);
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
  });
  it('gives no date for a rise hidden in scatter', () => {
    const noisy = series('2024-01', [0.3, 0.6, 0.35, 0.65, 0.3, 0.7, 0.35, 0.6, 0.4, 0.7, 0.35, 0.6]);
    expect(forecastOf(noisy, 0.8).kind).toBe('no_clear_trend');
  });
});

describe('forecastTarget: falling series', () => {
  it('says take-up is falling on a clear decline', () => {
    const result = forecastOf(series('2024-01', [0.6, 0.55, 0.5, 0.45, 0.4, 0.35]), 0.8);
    expect(result.kind).toBe('falling');
    expect(result.kind === 'falling' && result.slopePerMonth).toBeCloseTo(-0.05, 12);
  });
  it('says so when above-target months are falling', () => {
    expect(forecastOf(series('2024-01', [0.95, 0.9, 0.85, 0.8, 0.75, 0.7]), 0.8).kind).toBe('falling');
  });
  it('says so on a noisy but clear decline', () => {
    const result = forecastOf(series('2024-01', [0.62, 0.6, 0.55, 0.56, 0.5, 0.47, 0.45, 0.46, 0.4, 0.38]), 0.8);
    expect(result).toMatchObject({ kind: 'falling' });
    expect(result.kind === 'falling' && result.high).toBeLessThan(0);
  });
});

describe('forecastTarget: stale figures', () => {
  it('draws no trend from figures that stopped long ago', () => {
    const figures = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastTarget(figures, 0.8, '2025-06-15')).toEqual({ kind: 'stale', lastMonth: '2024-06' });
    // Two months behind the last complete month is still up to date.
    expect(forecastTarget(figures, 0.8, '2024-09-15').kind).toBe('forecast');
  });
  it('ignores months after the last complete month', () => {
    const figures = [...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), figuresWithTakeUp('2024-07', 0.1)];
    expect(forecastTarget(figures, 0.8, '2024-07-15')).toMatchObject({ kind: 'forecast', latestMonth: '2024-06' });
  });
});

describe('forecastTarget: rising series', () => {
  it('forecasts a noisy but clear rise, with the interval of its slope above zero', () => {
    const result = forecastOf(series('2024-01', [0.3, 0.34, 0.33, 0.4, 0.41, 0.44, 0.5, 0.49, 0.55, 0.58]), 0.8);
    expect(result).toMatchObject({ kind: 'forecast' });
    if (result.kind !== 'forecast') return;
    expect(result.low).toBeGreaterThan(0);
    expect(result.low).toBeLessThan(result.slopePerMonth);
    expect(result.high).toBeGreaterThan(result.slopePerMonth);
  });
  it('forecasts the first month the trend reaches the target', () => {
    expect(forecastOf(series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), 0.8)).toMatchObject({
      kind: 'forecast',
      month: '2024-11',
      monthsAway: 5,
      latestMonth: '2024-06',
    });
  });
  it('crosses into the next year', () => {
    expect(forecastOf(series('2024-07', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), 0.8)).toMatchObject({
      month: '2025-05',
      monthsAway: 5,
    });
  });
  it('forecasts next month when the trend is already above target', () => {
    expect(forecastOf(series('2024-01', [0.5, 0.6, 0.7, 0.75, 0.85, 0.9]), 0.8)).toMatchObject({
      kind: 'forecast',
      month: '2024-07',
      monthsAway: 1,
    });
  });
  it('fits through gaps by calendar month, not by position', () => {
    // 0.05 a month with March, April and July missing: September is 0.7, so 0.8 in November
    const figures = [
      ...series('2024-01', [0.3, 0.35]),
      ...series('2024-05', [0.5, 0.55]),
      ...series('2024-08', [0.65, 0.7]),
    ];
    expect(forecastOf(figures, 0.8)).toMatchObject({ kind: 'forecast', month: '2024-11', monthsAway: 2 });
  });
  it('counts months away from the latest month with figures', () => {
    const figures = [...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), makeFigures('2024-07')];
    expect(forecastOf(figures, 0.8)).toMatchObject({ month: '2024-11', monthsAway: 4, latestMonth: '2024-07' });
  });
  it('uses only the window: an old decline does not hide recent progress', () => {
    const figures = [
      ...series('2023-01', [0.9, 0.8, 0.7, 0.6]),
      ...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]),
    ];
    expect(forecastOf(figures, 0.8)).toMatchObject({ kind: 'forecast', month: '2024-11' });
  });
  it('is beyond the horizon when the trend is too slow', () => {
    const slow = series('2024-01', [0.1, 0.11, 0.12, 0.13, 0.14, 0.15]);
    expect(forecastOf(slow, 0.8)).toEqual({ kind: 'beyond_horizon', horizonMonths: 24 });
    expect(forecastOf(slow, 0.8, { horizonMonths: 100 })).toMatchObject({ kind: 'forecast', monthsAway: 65 });
  });
  it('accepts a crossing exactly at the horizon', () => {
    const figures = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastOf(figures, 0.8, { horizonMonths: 5 })).toMatchObject({ kind: 'forecast', monthsAway: 5 });
    expect(forecastOf(figures, 0.8, { horizonMonths: 4 })).toEqual({ kind: 'beyond_horizon', horizonMonths: 4 });
  });
  it('uses the given window', () => {
    const figures = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastOf(figures, 0.8, { window: 3 })).toMatchObject({ kind: 'not_enough_data', monthsWithData: 3 });
  });
  it('adds up several services of the same month before fitting', () => {
    const a = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    const b = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastOf([...a, ...b], 0.8)).toMatchObject({ kind: 'forecast', month: '2024-11' });
  });
});

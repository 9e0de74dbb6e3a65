import { describe, expect, it } from 'vitest';
import { forecastTarget, linearFit } from './forecast';
import type { MonthFigures } from './measures';
import { addMonths } from './months';
import { figuresWithTakeUp, makeFigures } from './testing';

/** One month of figures per take-up, consecutive from `start`. */
function series(start: string, takeUps: readonly number[]): MonthFigures[] {
  return takeUps.map((takeUp, i) => figuresWithTakeUp(addMonths(start, i), takeUp));
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
    expect(forecastTarget(figures, 0.8)).toEqual({ kind: 'reached', since: '2024-03' });
  });
  it('dates the run from its first month even across missing months', () => {
    const figures = [figuresWithTakeUp('2023-12', 0.5), ...series('2024-01', [0.9]), ...series('2024-03', [0.9, 0.85])];
    expect(forecastTarget(figures, 0.8)).toEqual({ kind: 'reached', since: '2024-01' });
  });
  it('is not reached with only 2 months above target', () => {
    const figures = series('2024-01', [0.9, 0.9]);
    expect(forecastTarget(figures, 0.8)).toEqual({ kind: 'not_enough_data', monthsWithData: 2, needed: 6 });
  });
});

describe('forecastTarget: not enough data', () => {
  it('has nothing to say without figures', () => {
    expect(forecastTarget([], 0.8)).toEqual({ kind: 'not_enough_data', monthsWithData: 0, needed: 6 });
  });
  it('needs 6 months with take-up', () => {
    expect(forecastTarget(series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5]), 0.8)).toMatchObject({
      kind: 'not_enough_data',
      monthsWithData: 5,
    });
  });
  it('ignores months outside the 12-month window', () => {
    const figures = [...series('2022-01', [0.1, 0.2, 0.3, 0.4, 0.5]), ...series('2024-01', [0.5, 0.6])];
    expect(forecastTarget(figures, 0.8)).toEqual({ kind: 'not_enough_data', monthsWithData: 2, needed: 6 });
  });
  it('does not count months without transactions', () => {
    const figures = [...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5]), makeFigures('2024-06')];
    expect(forecastTarget(figures, 0.8)).toMatchObject({ kind: 'not_enough_data', monthsWithData: 5 });
  });
  it('never fits a line through a single point', () => {
    expect(forecastTarget(series('2024-01', [0.5]), 0.8, { minPoints: 1 })).toEqual({
      kind: 'not_enough_data',
      monthsWithData: 1,
      needed: 2,
    });
  });
  it('honours a custom minimum', () => {
    expect(forecastTarget(series('2024-01', [0.3, 0.4, 0.5]), 0.8, { minPoints: 3 }).kind).toBe('forecast');
  });
});

describe('forecastTarget: no progress', () => {
  it('sees no progress in a flat series', () => {
    expect(forecastTarget(series('2024-01', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), 0.8)).toEqual({
      kind: 'no_progress',
      slopePerMonth: 0,
    });
  });
  it('sees no progress in a flat series despite rounding', () => {
    expect(forecastTarget(series('2024-01', [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7]), 0.8).kind).toBe('no_progress');
  });
  it('sees no progress in a declining series', () => {
    const result = forecastTarget(series('2024-01', [0.6, 0.55, 0.5, 0.45, 0.4, 0.35]), 0.8);
    expect(result.kind).toBe('no_progress');
    expect(result.kind === 'no_progress' && result.slopePerMonth).toBeCloseTo(-0.05, 12);
  });
  it('sees no progress when above-target months are falling', () => {
    expect(forecastTarget(series('2024-01', [0.95, 0.9, 0.85, 0.8, 0.75, 0.7]), 0.8).kind).toBe('no_progress');
  });
});

describe('forecastTarget: rising series', () => {
  it('forecasts the first month the trend reaches the target', () => {
    expect(forecastTarget(series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), 0.8)).toMatchObject({
      kind: 'forecast',
      month: '2024-11',
      monthsAway: 5,
      latestMonth: '2024-06',
    });
  });
  it('crosses into the next year', () => {
    expect(forecastTarget(series('2024-07', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), 0.8)).toMatchObject({
      month: '2025-05',
      monthsAway: 5,
    });
  });
  it('forecasts next month when the trend is already above target', () => {
    expect(forecastTarget(series('2024-01', [0.5, 0.6, 0.7, 0.75, 0.85, 0.9]), 0.8)).toMatchObject({
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
    expect(forecastTarget(figures, 0.8)).toMatchObject({ kind: 'forecast', month: '2024-11', monthsAway: 2 });
  });
  it('counts months away from the latest month with figures', () => {
    const figures = [...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]), makeFigures('2024-07')];
    expect(forecastTarget(figures, 0.8)).toMatchObject({ month: '2024-11', monthsAway: 4, latestMonth: '2024-07' });
  });
  it('uses only the window: an old decline does not hide recent progress', () => {
    const figures = [
      ...series('2023-01', [0.9, 0.8, 0.7, 0.6]),
      ...series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]),
    ];
    expect(forecastTarget(figures, 0.8)).toMatchObject({ kind: 'forecast', month: '2024-11' });
  });
  it('is beyond the horizon when the trend is too slow', () => {
    const slow = series('2024-01', [0.1, 0.11, 0.12, 0.13, 0.14, 0.15]);
    expect(forecastTarget(slow, 0.8)).toEqual({ kind: 'beyond_horizon', horizonMonths: 60 });
    expect(forecastTarget(slow, 0.8, { horizonMonths: 100 })).toMatchObject({ kind: 'forecast', monthsAway: 65 });
  });
  it('accepts a crossing exactly at the horizon', () => {
    const figures = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastTarget(figures, 0.8, { horizonMonths: 5 })).toMatchObject({ kind: 'forecast', monthsAway: 5 });
    expect(forecastTarget(figures, 0.8, { horizonMonths: 4 })).toEqual({ kind: 'beyond_horizon', horizonMonths: 4 });
  });
  it('uses the given window', () => {
    const figures = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastTarget(figures, 0.8, { window: 3 })).toMatchObject({ kind: 'not_enough_data', monthsWithData: 3 });
  });
  it('adds up several services of the same month before fitting', () => {
    const a = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    const b = series('2024-01', [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(forecastTarget([...a, ...b], 0.8)).toMatchObject({ kind: 'forecast', month: '2024-11' });
  });
});

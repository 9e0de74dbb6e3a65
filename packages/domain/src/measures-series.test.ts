import { describe, expect, it } from 'vitest';
import { alignMonths, figuresByMonth, rolling12, takeUpSeries } from './measures';
import { makeFigures } from './testing';

describe('figuresByMonth', () => {
  it('orders months and adds up entries of the same month', () => {
    const byMonth = figuresByMonth([
      makeFigures('2024-02', { online: 1 }),
      makeFigures('2024-01', { online: 5, costCents: 10 }),
      makeFigures('2024-02', { paper: 3 }),
    ]);
    expect([...byMonth.keys()]).toEqual(['2024-01', '2024-02']);
    expect(byMonth.get('2024-02')).toMatchObject({ month: '2024-02', online: 1, paper: 3 });
    expect(byMonth.get('2024-01')?.costCents).toBe(10);
  });
});

describe('alignMonths', () => {
  it('has one slot per month with null for missing months', () => {
    const slots = alignMonths(
      [makeFigures('2024-01', { online: 1 }), makeFigures('2024-03', { online: 3 })],
      '2024-01',
      '2024-04',
    );
    expect(slots.map((s) => s.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(slots.map((s) => s.figures?.online ?? null)).toEqual([1, null, 3, null]);
  });
  it('crosses a year boundary', () => {
    const slots = alignMonths([makeFigures('2024-01')], '2023-12', '2024-01');
    expect(slots.map((s) => s.figures === null)).toEqual([true, false]);
  });
  it('leaves out figures outside the axis', () => {
    expect(alignMonths([makeFigures('2022-01')], '2024-01', '2024-01')).toEqual([{ month: '2024-01', figures: null }]);
  });
  it('is empty for an inverted axis', () => {
    expect(alignMonths([makeFigures('2024-01')], '2024-02', '2024-01')).toEqual([]);
  });
  it('keeps a month of zeros apart from a missing month', () => {
    const [zero, missing] = alignMonths([makeFigures('2024-01')], '2024-01', '2024-02');
    expect(zero?.figures).not.toBeNull();
    expect(missing?.figures).toBeNull();
  });
});

describe('rolling12', () => {
  it('sums the 12 months ending at each month, including months before the axis', () => {
    const series = [
      makeFigures('2023-02', { online: 10 }), // first month of the window ending 2024-01
      makeFigures('2023-01', { online: 1000 }), // outside the window of 2024-01
      makeFigures('2024-01', { paper: 10 }),
    ];
    const [jan] = rolling12(series, '2024-01', '2024-01');
    expect(jan).toMatchObject({ total: 20, online: 10, paper: 10, monthsWithData: 2 });
    expect(jan?.takeUp).toEqual({ value: 0.5, n: 20 });
  });
  it('drops a month once it leaves the window', () => {
    const points = rolling12([makeFigures('2023-02', { online: 10 })], '2024-01', '2024-02');
    expect(points.map((p) => p.total)).toEqual([10, null]);
  });
  it('is null, not zero, when none of the 12 months has figures', () => {
    const [point] = rolling12([], '2024-01', '2024-01');
    expect(point).toEqual({
      month: '2024-01',
      total: null,
      online: null,
      assisted: null,
      paper: null,
      monthsWithData: 0,
      takeUp: null,
    });
  });
  it('gives total 0 and takeUp null for recorded months with no transactions', () => {
    const [point] = rolling12([makeFigures('2024-01')], '2024-01', '2024-01');
    expect(point?.total).toBe(0);
    expect(point?.monthsWithData).toBe(1);
    expect(point?.takeUp).toBeNull();
  });
  it('counts only months with figures, skipping gaps', () => {
    const series = [makeFigures('2023-06', { online: 4 }), makeFigures('2023-09', { paper: 4 })];
    const [point] = rolling12(series, '2023-12', '2023-12');
    expect(point?.monthsWithData).toBe(2);
    expect(point?.takeUp?.value).toBe(0.5);
  });
  it('weights the take-up by volume, not by month', () => {
    const series = [makeFigures('2024-01', { online: 90, paper: 10 }), makeFigures('2024-02', { paper: 10 })];
    const [, feb] = rolling12(series, '2024-01', '2024-02');
    expect(feb?.takeUp?.value).toBeCloseTo(90 / 110, 12);
  });
});

describe('takeUpSeries', () => {
  it('gives channels and take-up per month with nulls for gaps', () => {
    const points = takeUpSeries(
      [makeFigures('2024-01', { online: 6, assisted: 2, paper: 2 }), makeFigures('2024-03', { paper: 1 })],
      '2024-01',
      '2024-03',
    );
    expect(points).toEqual([
      { month: '2024-01', online: 6, assisted: 2, paper: 2, takeUp: 0.8 },
      { month: '2024-02', online: null, assisted: null, paper: null, takeUp: null },
      { month: '2024-03', online: 0, assisted: 0, paper: 1, takeUp: 0 },
    ]);
  });
  it('has a null take-up for a month with no transactions', () => {
    const [point] = takeUpSeries([makeFigures('2024-01')], '2024-01', '2024-01');
    expect(point).toEqual({ month: '2024-01', online: 0, assisted: 0, paper: 0, takeUp: null });
  });
});

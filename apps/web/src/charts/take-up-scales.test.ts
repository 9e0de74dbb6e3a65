import { describe, expect, it } from 'vitest';
import type { TakeUpPoint } from './take-up-points';
import { takeUpLayout, volumeTicks } from './take-up-scales';

const point = (month: string, online: number | null, takeUp: number | null): TakeUpPoint => ({
  month,
  online,
  assisted: online === null ? null : 10,
  paper: online === null ? null : 20,
  takeUp,
});

describe('take-up drawing layout', () => {
  it('puts about five whole-number ticks on the volume axis, reaching the highest bar', () => {
    expect(volumeTicks(0)).toEqual([0, 1]);
    expect(volumeTicks(13)).toEqual([0, 5, 10, 15]);
    expect(volumeTicks(1534)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(volumeTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('stacks the channels of a month from the axis up, and leaves a month without figures empty', () => {
    const layout = takeUpLayout([point('2024-01', 70, 0.8), point('2024-02', null, null)], () => 8);
    const [january, february] = layout.bars;
    expect(january?.online?.y).toBeGreaterThan(january?.assisted?.y ?? 0);
    expect(january?.assisted?.y).toBeGreaterThan(january?.paper?.y ?? 0);
    expect((january?.online?.y ?? 0) + (january?.online?.height ?? 0)).toBeCloseTo(layout.plot.bottom, 0);
    expect(february).toMatchObject({ online: null, assisted: null, paper: null });
  });

  it('breaks the take-up line at a month without figures', () => {
    const data = [
      point('2024-01', 5, 0.5),
      point('2024-02', 5, 0.6),
      point('2024-03', null, null),
      point('2024-04', 5, 0.7),
    ];
    const layout = takeUpLayout(data, () => 8);
    expect(layout.lines).toHaveLength(1);
    expect(layout.takeUpDots.map((dot) => dot.month)).toEqual(['2024-01', '2024-02', '2024-04']);
  });

  it('places everything across in percents of the plot, the line in month units', () => {
    const layout = takeUpLayout([point('2024-01', 5, 0.5), point('2024-02', 5, 0.6)], () => 8);
    expect(layout.bars.map((bar) => [bar.x, bar.width])).toEqual([
      [5, 40],
      [55, 40],
    ]);
    expect(layout.takeUpDots.map((dot) => dot.x)).toEqual([25, 75]);
    expect(layout.lines[0]?.startsWith('0.5,')).toBe(true);
    expect(layout.count).toBe(2);
  });

  it('labels more months in a wider box, the first one at every width', () => {
    const data = Array.from({ length: 36 }, (_, i) =>
      point(`20${24 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 5, 0.5),
    );
    const ticks = takeUpLayout(data, () => 8).monthTicks;
    const shownAt = (width: number) => ticks.filter((tick) => tick.minWidth <= width).map((tick) => tick.value);
    expect(shownAt(0)[0]).toBe('2024-01');
    expect(shownAt(0).length).toBeLessThan(shownAt(320).length);
    expect(shownAt(320).length).toBeLessThan(shownAt(960).length);
    // A narrow phone's plot (about 250 pixels) labels every year; a wide screen's every quarter at least.
    expect(shownAt(240)).toEqual(['2024-01', '2025-01', '2026-01']);
    expect(shownAt(960).length).toBeGreaterThanOrEqual(12);
  });
});

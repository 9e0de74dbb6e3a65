import { CHANNELS, type Channel } from './symbols';
import type { TakeUpPoint } from './take-up-points';
import { labelTiers, type TieredLabel } from './tick-tiers';

/** Height of the take-up drawing, the same as its box's (charts.css `.chart-box-take-up`). */
export const TAKE_UP_HEIGHT = 320;
const MARGIN = { top: 8, bottom: 4 };
const X_AXIS = 26;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Space left on each side of a month's bar, as a share of the month's band. */
const BAR_GAP = 0.1;

type Part = { y: number; height: number } | null;
/** A month's bar: where it stands (percent of the plot's width) and each channel's part (pixels; null for none). */
export type TakeUpBar = { month: string; x: number; width: number } & Record<Channel, Part>;

/** Rounded to a tenth (of a pixel, of a percent): the SVG the server writes stays short. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Whole-number ticks from zero up to at least `max`, about five, spaced by 1, 2 or 5 × 10ⁿ. */
export function volumeTicks(max: number): number[] {
  const rough = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, Math.ceil([1, 2, 5, 10].map((s) => s * power).find((s) => s >= rough) ?? rough));
  const count = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/**
 * Where everything of the take-up drawing goes, for any width: horizontal positions are percents
 * of the plot's width (SVG lengths as `x="12.5%"`), vertical ones pixels, so the drawing the
 * server writes is the one the browser keeps, at every width, with text at its size. Gives a band
 * per month, the stacked bars, the take-up line in band units (drawn stretched, broken where a
 * month has no figure), the two vertical scales and the month labels, each with the least plot
 * width it is shown from (`labelLength` being a label's characters). The drawing is the plot
 * alone: its box is padded for the axes' labels (charts.css), and is the labels' query container.
 */
export function takeUpLayout(data: readonly TakeUpPoint[], labelLength: (month: string) => number) {
  const plot = { top: MARGIN.top, bottom: TAKE_UP_HEIGHT - MARGIN.bottom - X_AXIS };
  const count = Math.max(data.length, 1);
  const bandWidth = 100 / count;
  const index = new Map(data.map((point, i) => [point.month, i]));
  const start = (month: string) => round((index.get(month) ?? 0) * bandWidth);
  const center = (month: string) => round(((index.get(month) ?? 0) + 0.5) * bandWidth);
  const band = { width: round(bandWidth), start, center };

  const totals = data.map((point) => (point.online ?? 0) + (point.assisted ?? 0) + (point.paper ?? 0));
  const ticks = volumeTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const height = plot.bottom - plot.top;
  const volume = { ticks, y: (value: number) => round(plot.bottom - (value / top) * height) };
  const share = { ticks: SHARE_TICKS, y: (value: number) => round(plot.bottom - value * height) };

  const bars: TakeUpBar[] = data.map((point) => {
    let base = 0;
    const parts = Object.fromEntries(
      CHANNELS.map((channel) => {
        const value = point[channel];
        if (value === null || value <= 0) return [channel, null];
        const part = { y: volume.y(base + value), height: round(volume.y(base) - volume.y(base + value)) };
        base += value;
        return [channel, part];
      }),
    ) as Record<Channel, Part>;
    return {
      month: point.month,
      x: round(start(point.month) + bandWidth * BAR_GAP),
      width: round(bandWidth * (1 - 2 * BAR_GAP)),
      ...parts,
    };
  });

  const takeUpDots = data.flatMap((point) =>
    point.takeUp === null ? [] : [{ month: point.month, x: center(point.month), y: share.y(point.takeUp) }],
  );
  // The line joins consecutive months with a figure only: a month without one breaks it. Its x
  // is the month's index + 0.5 in a drawing `count` units wide, stretched to the plot's width.
  const lines: string[] = [];
  let run: string[] = [];
  data.forEach((point, i) => {
    if (point.takeUp === null) {
      if (run.length > 1) lines.push(run.join(' '));
      run = [];
    } else run.push(`${i + 0.5},${share.y(point.takeUp)}`);
  });
  if (run.length > 1) lines.push(run.join(' '));

  const longest = Math.max(0, ...data.map((point) => labelLength(point.month)));
  const monthTicks: TieredLabel<string>[] = labelTiers(data.length, longest, 0)
    .map(({ index: i, minWidth }) => ({ value: data[i]?.month ?? '', minWidth }))
    .filter((tick) => tick.value !== '');

  return { height: TAKE_UP_HEIGHT, count, plot, band, volume, share, bars, takeUpDots, lines, monthTicks };
}

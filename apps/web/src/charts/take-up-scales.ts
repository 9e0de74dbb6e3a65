import { CHANNELS, type Channel } from './symbols';
import type { TakeUpPoint } from './take-up-points';

/** Height of the take-up drawing, the same as its box's (styles.css `.chart-box-take-up`). */
export const TAKE_UP_HEIGHT = 320;
const MARGIN = { top: 8, right: 4, bottom: 4, left: 4 };
const LEFT_AXIS = 48;
const RIGHT_AXIS = 44;
const X_AXIS = 26;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Width of a character of a 12-pixel tick label, and the least gap between two month labels. */
const CHAR_WIDTH = 6.5;
const MIN_TICK_GAP = 12;
/** Space left on each side of a month's bar, as a share of the month's band. */
const BAR_GAP = 0.1;

type Part = { y: number; height: number } | null;
/** A month's bar: where it stands and each channel's part of it (null for none). */
export type TakeUpBar = { month: string; x: number; width: number } & Record<Channel, Part>;

/** Rounded to a tenth of a pixel: the SVG the server writes stays short. */
function px(value: number): number {
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
 * Where everything of the take-up drawing goes at a given width: the plot area, a band per month,
 * the stacked bars, the take-up line (broken where a month has no figure), which months get a
 * label (as many as fit, `labelLength` being a label's characters) and the two vertical scales.
 */
export function takeUpLayout(data: readonly TakeUpPoint[], width: number, labelLength: (month: string) => number) {
  const plot = {
    left: MARGIN.left + LEFT_AXIS,
    right: Math.max(width - MARGIN.right - RIGHT_AXIS, MARGIN.left + LEFT_AXIS + 1),
    top: MARGIN.top,
    bottom: TAKE_UP_HEIGHT - MARGIN.bottom - X_AXIS,
  };
  const bandWidth = (plot.right - plot.left) / Math.max(data.length, 1);
  const index = new Map(data.map((point, i) => [point.month, i]));
  const start = (month: string) => px(plot.left + (index.get(month) ?? 0) * bandWidth);
  const center = (month: string) => px(plot.left + ((index.get(month) ?? 0) + 0.5) * bandWidth);
  const band = { width: px(bandWidth), start, center };

  const totals = data.map((point) => (point.online ?? 0) + (point.assisted ?? 0) + (point.paper ?? 0));
  const ticks = volumeTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const height = plot.bottom - plot.top;
  const volume = { ticks, y: (value: number) => px(plot.bottom - (value / top) * height) };
  const share = { ticks: SHARE_TICKS, y: (value: number) => px(plot.bottom - value * height) };

  const bars: TakeUpBar[] = data.map((point) => {
    let base = 0;
    const parts = Object.fromEntries(
      CHANNELS.map((channel) => {
        const value = point[channel];
        if (value === null || value <= 0) return [channel, null];
        const part = { y: volume.y(base + value), height: px(volume.y(base) - volume.y(base + value)) };
        base += value;
        return [channel, part];
      }),
    ) as Record<Channel, Part>;
    return {
      month: point.month,
      x: px(start(point.month) + bandWidth * BAR_GAP),
      width: px(bandWidth * (1 - 2 * BAR_GAP)),
      ...parts,
    };
  });

  const takeUpDots = data.flatMap((point) =>
    point.takeUp === null ? [] : [{ month: point.month, x: center(point.month), y: share.y(point.takeUp) }],
  );
  // The line joins consecutive months with a figure only: a month without one breaks it.
  const lines: string[] = [];
  let run: string[] = [];
  for (const point of data) {
    if (point.takeUp === null) {
      if (run.length > 1) lines.push(run.join(' '));
      run = [];
    } else run.push(`${center(point.month)},${share.y(point.takeUp)}`);
  }
  if (run.length > 1) lines.push(run.join(' '));

  const longest = Math.max(0, ...data.map((point) => labelLength(point.month)));
  const every = Math.max(1, Math.ceil((longest * CHAR_WIDTH + MIN_TICK_GAP) / bandWidth));
  const monthTicks = data.filter((_, i) => i % every === 0).map((point) => point.month);

  return { height: TAKE_UP_HEIGHT, plot, band, volume, share, bars, takeUpDots, lines, monthTicks };
}

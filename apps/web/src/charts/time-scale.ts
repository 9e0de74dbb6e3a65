import { addMonths, monthOf } from '@switchoff/domain';
import { chainStep, leastTier, type TieredLabel } from './tick-tiers';

const DAY = 86_400_000;
/** Width of a month label with room around it: the least gap between two labels’ centres. */
const LABEL_ROOM = 70;

function toTime(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

type TimeScale = {
  /** Where a date stands, in percent of the drawing's width. */
  x: (iso: string) => number;
  /**
   * Month starts to label, spaced by a round number of months (as many as fit the box: the
   * least box width of each, tick-tiers.ts) and aligned to January or to a quarter.
   */
  ticks: TieredLabel<string>[];
};

/** Whether a month (`YYYY-MM`) is labelled when labels are `step` months apart. */
function isRoundMonth(month: string, step: number): boolean {
  const index = Number(month.slice(5, 7)) - 1;
  return step >= 12 ? index === 0 && Number(month.slice(0, 4)) % (step / 12) === 0 : index % step === 0;
}

/** A linear scale from ISO dates to percents of the width, padded by a month on each side. */
export function timeScale(dates: readonly string[]): TimeScale {
  const times = dates.map(toTime).filter((t) => !Number.isNaN(t));
  const min = (times.length ? Math.min(...times) : Date.UTC(2020, 0, 1)) - 31 * DAY;
  const max = (times.length ? Math.max(...times) : Date.UTC(2021, 0, 1)) + 31 * DAY;
  const span = Math.max(max - min, DAY);
  const x = (iso: string) => Math.round(((toTime(iso) - min) / span) * 1000) / 10;

  const months = Math.ceil(span / (30.44 * DAY));
  const stepAt = (width: number) => chainStep(Math.ceil(months / Math.max(2, Math.floor(width / LABEL_ROOM))));
  const ticks: TieredLabel<string>[] = [];
  for (let month = addMonths(monthOf(new Date(min).toISOString()), 1); toTime(`${month}-01`) <= max; ) {
    const minWidth = leastTier(stepAt, (step) => isRoundMonth(month, step));
    if (minWidth !== null) ticks.push({ value: `${month}-01`, minWidth });
    month = addMonths(month, 1);
  }
  return { x, ticks };
}

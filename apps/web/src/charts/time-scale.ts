import { addMonths, monthOf } from '@switchoff/domain';

const DAY = 86_400_000;

function toTime(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

type TimeScale = {
  x: (iso: string) => number;
  /** Month starts to label, at most `maxTicks`, spaced by a round number of months. */
  ticks: { iso: string; x: number }[];
};

/** A linear scale from ISO dates to pixels, padded by a month on each side. */
export function timeScale({
  dates,
  from,
  to,
  maxTicks,
}: {
  dates: readonly string[];
  from: number;
  to: number;
  maxTicks: number;
}): TimeScale {
  const times = dates.map(toTime).filter((t) => !Number.isNaN(t));
  const min = (times.length ? Math.min(...times) : Date.UTC(2020, 0, 1)) - 31 * DAY;
  const max = (times.length ? Math.max(...times) : Date.UTC(2021, 0, 1)) + 31 * DAY;
  const span = Math.max(max - min, DAY);
  const x = (iso: string) => from + ((toTime(iso) - min) / span) * (to - from);

  const firstMonth = addMonths(monthOf(new Date(min).toISOString()), 1);
  const months = Math.ceil(span / (30.44 * DAY));
  const steps = [1, 2, 3, 6, 12, 24, 36, 60];
  const step = steps.find((s) => months / s <= maxTicks) ?? 120;
  // Align to January, or to a quarter for short spans, so labels read as round dates.
  const ticks: { iso: string; x: number }[] = [];
  for (let month = firstMonth; toTime(`${month}-01`) <= max; month = addMonths(month, 1)) {
    const index = Number(month.slice(5, 7)) - 1;
    if (step >= 12 ? index === 0 && Number(month.slice(0, 4)) % (step / 12) === 0 : index % step === 0) {
      ticks.push({ iso: `${month}-01`, x: x(`${month}-01`) });
    }
  }
  return { x, ticks };
}

import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** How many of the latest months a chart shows; null for the whole series. */
export type Period = 12 | 36 | null;
export const PERIODS: readonly Period[] = [12, 36, null];

/** A year on phones, where 36 bars would be too thin to read; three years elsewhere. */
function defaultPeriod(): Period {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 36;
  return window.matchMedia('(max-width: 575.98px)').matches ? 12 : 36;
}

/**
 * The period a monthly chart shows: three years at first (as the server, which knows no screen
 * size, renders the page), a year once mounted on a phone; then the reader's choice.
 */
export function usePeriod(): [Period, (period: Period) => void] {
  const [period, setPeriod] = useState<Period>(36);
  useEffect(() => setPeriod(defaultPeriod()), []);
  return [period, setPeriod];
}

/** The latest `period` months of a monthly series (all of it for null). */
export function lastMonths<T>(series: readonly T[], period: Period): T[] {
  return period === null ? [...series] : series.slice(-period);
}

type PeriodPickerProps = { value: Period; onChange: (period: Period) => void };

/** Buttons choosing the period of a monthly chart; its table follows the same period. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { m } = useI18n();
  const label = (period: Period) => (period === null ? m.charts.periodAll : m.charts.periodMonths(String(period)));
  return (
    <div className="period-picker btn-group mb-2" role="group" aria-label={m.charts.period}>
      {PERIODS.map((period) => (
        <button
          key={String(period)}
          type="button"
          className={`btn btn-xs ${period === value ? 'btn-primary' : 'btn-outline-primary'}`}
          aria-pressed={period === value}
          onClick={() => onChange(period)}
        >
          {label(period)}
        </button>
      ))}
    </div>
  );
}

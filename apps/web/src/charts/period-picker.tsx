import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** How many of the latest months a chart shows; null for the whole series. */
export type Period = 12 | 36 | null;
export const PERIODS: readonly Period[] = [12, 36, null];

/**
 * The period a monthly chart shows: the last year at first, on every screen (the period of the
 * page's measures and key figures; three years would make bars too thin to read on a phone),
 * then the reader's choice. The server renders that year, and the browser keeps it: a period
 * chosen at mount by the screen's width redrew the chart on phones right after hydration.
 */
export function usePeriod(): [Period, (period: Period) => void] {
  return useState<Period>(12);
}

/** The latest `period` months of a monthly series (all of it for null). */
export function lastMonths<T>(series: readonly T[], period: Period): T[] {
  return period === null ? [...series] : series.slice(-period);
}

type PeriodPickerProps = { value: Period; onChange: (period: Period) => void };

/** Buttons choosing the period of a monthly chart; its table follows the same period. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { m } = useI18n();
  const label = (period: Period) =>
    period === null ? m.charts.periodAll : m.charts.periodMonths({ n: String(period) });
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

import type { YearMonth } from '@switchoff/domain';

/** `iso` (YYYY-MM-DD) moved by `days`, in UTC so the result never depends on the machine's zone. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function firstDay(month: YearMonth): string {
  return `${month}-01`;
}

export function earliest(a: string, b: string): string {
  return a < b ? a : b;
}

/** A timestamp stored by the seed: a fixed hour of an ISO date, never the clock. */
export function stamp(iso: string, hour = 9): string {
  return `${iso}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

/** Months since year 0 of a `YYYY-MM` month: plain arithmetic for the figures' hot loop. */
export function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthAt(index: number): YearMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

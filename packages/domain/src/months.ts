import { addMonths as addMonthsToDate, differenceInCalendarMonths, format, isValid, parse } from 'date-fns';

/** A calendar month as `YYYY-MM`, the unit of monthly figures. */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isYearMonth(value: string): value is YearMonth {
  return YEAR_MONTH.test(value);
}

/** A real calendar date written `YYYY-MM-DD` (2024-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

function toDate(month: YearMonth): Date {
  if (!isYearMonth(month)) throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
  return parse(month, 'yyyy-MM', new Date(2000, 0, 1));
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  return format(addMonthsToDate(toDate(month), count), 'yyyy-MM');
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return differenceInCalendarMonths(toDate(to), toDate(from));
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addMonths(from, i));
}

/** The month of an ISO date or timestamp (`2024-03-15` → `2024-03`). */
export function monthOf(isoDate: string): YearMonth {
  return isoDate.slice(0, 7);
}

/** The last complete month before `today` (an ISO date): figures exist up to it at most. */
export function lastCompleteMonth(today: string): YearMonth {
  return addMonths(monthOf(today), -1);
}

/** Today's date as `YYYY-MM-DD` in the server's calendar. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** Days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

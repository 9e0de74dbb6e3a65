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
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7)) - 1;
  const day = Number(value.slice(8, 10));
  if (year < 1) return false;
  // A calendar date survives the round trip; 2024-02-30 comes back as 1 March.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
}

/**
 * Months counted from year 0 (`2024-03` → 2024 × 12 + 2). Month arithmetic is done on these
 * integers, not through Date parsing and formatting: readings of thousands of services call it
 * for every one of them. The digits are read by char code (what YEAR_MONTH accepts, and only
 * that): the regular expression was the top of the overview's month arithmetic in a profile.
 */
function monthNumber(month: YearMonth): number {
  if (month.length === 7 && month.charCodeAt(4) === 45) {
    const year = digitsAt(month, 0, 4);
    const m = digitsAt(month, 5, 7);
    if (year >= 0 && m >= 1 && m <= 12) return year * 12 + m - 1;
  }
  throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
}

function fromMonthNumber(n: number): YearMonth {
  const year = Math.floor(n / 12);
  const month = n - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  if (!Number.isFinite(count)) throw new RangeError('Invalid time value');
  return fromMonthNumber(monthNumber(month) + Math.trunc(count));
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return monthNumber(to) - monthNumber(from);
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  const start = monthNumber(from);
  const count = monthNumber(to) - start;
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => fromMonthNumber(start + i));
}

/** The month of an ISO date or timestamp (`2024-03-15` → `2024-03`). */
export function monthOf(isoDate: string): YearMonth {
  return isoDate.slice(0, 7);
}

/** The last complete month before `today` (an ISO date): figures exist up to it at most. */
export function lastCompleteMonth(today: string): YearMonth {
  if (today !== lastToday) {
    lastMonthBefore = addMonths(monthOf(today), -1);
    lastToday = today;
  }
  return lastMonthBefore;
}
// The last day asked and its answer: a read asks for the same day once per service it lists.
let lastToday: string | undefined;
let lastMonthBefore: YearMonth = '';

/** Today's date as `YYYY-MM-DD` in the server's calendar. */
export function todayIso(now: Date = new Date()): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = utcMidnight(to) - utcMidnight(from);
  return Math.round(ms / 86_400_000);
}

/** The number written by the ASCII digits of `text` from `from` to `to`; NaN at anything else. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds of `date`'s midnight UTC: what Date.parse gives for `${date}T00:00:00Z`, by
 * arithmetic for the usual `YYYY-MM-DD` (milestone statuses ask for it thousands of times; a
 * regular expression cost three times as much).
 */
function utcMidnight(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 7);
    const day = digitsAt(date, 8, 10);
    if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return Date.UTC(year, month - 1, day);
  }
  return Date.parse(`${date}T00:00:00Z`);
}

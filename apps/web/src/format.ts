import { ITALIAN_MONTHS } from '@switchoff/domain/formats';
import { type DecimalOptions, decimalParts, type NumberSymbols } from './number-text';

/** The locales the UI speaks; Italian is the default. */
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const INTL_LOCALE: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

/** A share (0..1) with the volume it was computed on; null when there is nothing to measure. */
export type Ratio = { value: number; n: number } | null;

export type Formatters = {
  /** The BCP 47 tag used by Intl, e.g. `it-IT`. */
  intlLocale: string;
  /** `1.234`; the "not available" text for null. */
  number: (value: number | null | undefined) => string;
  /** A share 0..1 as `82,4%`. */
  percent: (value: number | null | undefined) => string;
  /** A change of a share 0..1 in percentage points, signed: `+0,09` (0.0009), `−1,2` (−0.012). */
  points: (value: number) => string;
  /** The value of a Ratio as a percent, "n.d." when missing. */
  ratio: (ratio: Ratio | undefined) => string;
  /** Euro from cents: `1.234,50 €`. */
  euroCents: (cents: number | null | undefined) => string;
  /** Euro amount: `3,20 €`. */
  euro: (value: number | null | undefined) => string;
  /** An ISO date `2024-03-15` as `15 marzo 2024`. */
  date: (iso: string | null | undefined) => string;
  /** An ISO date as `15/03/2024`, for tight spaces. */
  dateShort: (iso: string | null | undefined) => string;
  /** A month `2024-03` as `mar 2024`. */
  month: (yearMonth: string | null | undefined) => string;
  /** A month `2024-03` as `marzo 2024`. */
  monthLong: (yearMonth: string | null | undefined) => string;
  /** A stored UTC timestamp in Italian time: `27 novembre 2026, 17:56`. */
  dateTime: (iso: string | null | undefined) => string;
  /** The text shown for a missing value. */
  notAvailable: string;
};

const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A month `2024-03` or a date `2024-03-15` as its numbers, or null. */
function calendarParts(iso: string): { year: string; month: number; day: number | null } | null {
  const date = DATE.exec(iso);
  if (date) return { year: date[1] ?? '', month: Number(date[2]), day: Number(date[3]) };
  const month = MONTH.exec(iso);
  if (month) return { year: month[1] ?? '', month: Number(month[2]), day: null };
  return null;
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** How each language writes numbers and months (CLDR's data, as Intl has it). */
const LANGUAGE: Record<Locale, NumberSymbols & { months: readonly string[]; shortMonths: readonly string[] }> = {
  it: {
    group: '.',
    decimal: ',',
    minimumGroupingDigits: 2,
    months: ITALIAN_MONTHS,
    shortMonths: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  },
  en: {
    group: ',',
    decimal: '.',
    minimumGroupingDigits: 1,
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
};

/**
 * Number, percent and date formatters in the chosen locale, shared by screens and charts. They
 * write what Intl would, without Intl (see `number-text.ts`: its first use is a long task on a
 * phone); only the date and time in Italian time, on staff screens and comments, builds an Intl
 * formatter, on first use.
 */
export function createFormatters(locale: Locale, notAvailable: string): Formatters {
  const intlLocale = INTL_LOCALE[locale];
  const language = LANGUAGE[locale];
  const write = (value: number, options: DecimalOptions) => {
    if (!Number.isFinite(value)) return `${value < 0 ? '-' : ''}∞`;
    const { sign, digits } = decimalParts(value, language, options);
    return sign + digits;
  };
  // "always": Italian CLDR data would otherwise print 1234 without the thousands point.
  const integer = (value: number) => write(value, { maximumFractionDigits: 1, grouping: 'always' });
  const percent = (value: number) => `${write(value, { maximumFractionDigits: 1, grouping: 'always', shift: 2 })}%`;
  const euro = (value: number) => {
    if (!Number.isFinite(value)) return `${value < 0 ? '-' : ''}∞ €`;
    const { sign, digits } = decimalParts(value, language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      grouping: 'always',
    });
    return locale === 'it' ? `${sign}${digits}\u00a0€` : `${sign}€${digits}`;
  };
  const points = (value: number) =>
    write(value * 100, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
      grouping: 'auto',
      signDisplay: 'exceptZero',
    });
  const formatCalendar =
    (write: (parts: { year: string; month: number; day: number | null }) => string | null) =>
    (iso: string | null | undefined) => {
      if (!iso) return notAvailable;
      const parts = calendarParts(iso);
      return (parts && write(parts)) ?? iso;
    };
  const monthName = (names: readonly string[], month: number) => names[month - 1] ?? null;
  let dateTime: Intl.DateTimeFormat | undefined;

  return {
    intlLocale,
    notAvailable,
    number: (value) => (isMissing(value) ? notAvailable : integer(value)),
    percent: (value) => (isMissing(value) ? notAvailable : percent(value)),
    points,
    ratio: (ratio) => (ratio ? percent(ratio.value) : notAvailable),
    euroCents: (cents) => (isMissing(cents) ? notAvailable : euro(cents / 100)),
    euro: (value) => (isMissing(value) ? notAvailable : euro(value)),
    date: formatCalendar(({ year, month, day }) => {
      const name = monthName(language.months, month);
      return name && day ? `${day} ${name} ${year}` : null;
    }),
    dateShort: formatCalendar(({ year, month, day }) =>
      day && month >= 1 && month <= 12
        ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
        : null,
    ),
    month: formatCalendar(({ year, month }) => {
      const name = monthName(language.shortMonths, month);
      return name ? `${name} ${year}` : null;
    }),
    monthLong: formatCalendar(({ year, month }) => {
      const name = monthName(language.months, month);
      return name ? `${name} ${year}` : null;
    }),
    dateTime: (iso) => {
      if (!iso) return notAvailable;
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      dateTime ??= new Intl.DateTimeFormat(intlLocale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Rome',
      });
      return dateTime.format(date);
    },
  };
}

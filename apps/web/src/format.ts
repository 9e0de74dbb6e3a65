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

/** A UTC date, so formatting never shifts the day with the browser's time zone. */
function utcDate(iso: string): Date | null {
  const day = DATE.exec(iso);
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const month = MONTH.exec(iso);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return null;
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** Number, percent and date formatters in the chosen locale (Intl), shared by screens and charts. */
export function createFormatters(locale: Locale, notAvailable: string): Formatters {
  const intlLocale = INTL_LOCALE[locale];
  // "always": Italian CLDR data would otherwise print 1234 without the thousands point.
  const integer = new Intl.NumberFormat(intlLocale, { useGrouping: 'always', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(intlLocale, {
    style: 'percent',
    useGrouping: 'always',
    maximumFractionDigits: 1,
  });
  const euro = new Intl.NumberFormat(intlLocale, {
    style: 'currency',
    currency: 'EUR',
    useGrouping: 'always',
  });
  const longDate = new Intl.DateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDate = new Intl.DateTimeFormat(intlLocale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const points = new Intl.NumberFormat(intlLocale, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  });
  const shortMonth = new Intl.DateTimeFormat(intlLocale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longMonth = new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

  const dateTime = new Intl.DateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Rome',
  });

  const formatDate = (format: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
    if (!iso) return notAvailable;
    const date = utcDate(iso);
    return date ? format.format(date) : iso;
  };

  return {
    intlLocale,
    notAvailable,
    number: (value) => (isMissing(value) ? notAvailable : integer.format(value)),
    percent: (value) => (isMissing(value) ? notAvailable : percent.format(value)),
    points: (value) => points.format(value * 100),
    ratio: (ratio) => (ratio ? percent.format(ratio.value) : notAvailable),
    euroCents: (cents) => (isMissing(cents) ? notAvailable : euro.format(cents / 100)),
    euro: (value) => (isMissing(value) ? notAvailable : euro.format(value)),
    date: formatDate(longDate),
    dateShort: formatDate(shortDate),
    month: formatDate(shortMonth),
    monthLong: formatDate(longMonth),
    dateTime: (iso) => {
      if (!iso) return notAvailable;
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    },
  };
}

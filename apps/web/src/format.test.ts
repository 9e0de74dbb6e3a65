import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

const it_ = createFormatters('it', 'n.d.');
const en = createFormatters('en', 'n/a');

describe('Italian formatters', () => {
  it('groups thousands with a point, even for four digits', () => {
    expect(it_.number(1234)).toBe('1.234');
    expect(it_.number(1234567)).toBe('1.234.567');
    expect(it_.number(0)).toBe('0');
  });
  it('writes percentages with a decimal comma', () => {
    expect(it_.percent(0.824)).toBe('82,4%');
    expect(it_.percent(0.8)).toBe('80%');
    expect(it_.percent(1)).toBe('100%');
  });
  it('says n.d. for a missing value, never zero', () => {
    expect(it_.number(null)).toBe('n.d.');
    expect(it_.percent(undefined)).toBe('n.d.');
    expect(it_.ratio(null)).toBe('n.d.');
    expect(it_.date(null)).toBe('n.d.');
    expect(it_.month(null)).toBe('n.d.');
  });
  it('formats a ratio by its value', () => {
    expect(it_.ratio({ value: 0.5, n: 12 })).toBe('50%');
  });
  it('writes dates and months in Italian', () => {
    expect(it_.date('2024-03-15')).toBe('15 marzo 2024');
    expect(it_.dateShort('2024-03-15')).toBe('15/03/2024');
    expect(it_.month('2024-03')).toBe('mar 2024');
    expect(it_.monthLong('2024-03')).toBe('marzo 2024');
  });
  it('does not shift the first or last day of a month', () => {
    expect(it_.date('2024-01-01')).toBe('1 gennaio 2024');
    expect(it_.date('2023-12-31')).toBe('31 dicembre 2023');
  });
  it('writes euro amounts from cents', () => {
    expect(it_.euroCents(123450)).toBe('1.234,50\u00a0€');
  });
});

describe('English formatters', () => {
  it('uses English separators and month names', () => {
    expect(en.number(1234)).toBe('1,234');
    expect(en.percent(0.824)).toBe('82.4%');
    expect(en.date('2024-03-15')).toBe('15 March 2024');
    expect(en.month('2024-03')).toBe('Mar 2024');
    expect(en.number(null)).toBe('n/a');
  });
});

describe('the same text as Intl, without Intl', () => {
  // Awkward values: halves at each rounding step, binary fractions that print short
  // (0.35, 1.005), exponents, negatives that round to zero, long runs of nines.
  const special = [
    0,
    -0,
    0.05,
    0.35,
    0.45,
    0.95,
    1.005,
    1.25,
    9.95,
    99.95,
    999.95,
    1234,
    9999.95,
    12345.678,
    0.0004,
    -0.0004,
    -0.04,
    -1.2,
    -1234.5,
    1e-7,
    5e-7,
    1e21,
    123456789.987,
    0.8245,
    0.99995,
    2 ** 53,
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const values = [
    ...special,
    ...special.map((value) => -value),
    ...Array.from({ length: 3000 }, (_, i) => (random() - 0.3) * 10 ** (i % 9) * (i % 2 ? 1 : 0.001)),
    ...Array.from({ length: 500 }, (_, i) => Math.round(random() * 10 ** (i % 8)) / 1000),
  ];
  for (const [locale, tag, ours] of [
    ['it', 'it-IT', it_],
    ['en', 'en-GB', en],
  ] as const) {
    it(`writes numbers, percentages, points and euro as ${tag} Intl does`, () => {
      const integer = new Intl.NumberFormat(tag, { useGrouping: 'always', maximumFractionDigits: 1 });
      const percent = new Intl.NumberFormat(tag, { style: 'percent', useGrouping: 'always', maximumFractionDigits: 1 });
      const euro = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', useGrouping: 'always' });
      const points = new Intl.NumberFormat(tag, {
        signDisplay: 'exceptZero',
        minimumFractionDigits: 1,
        maximumFractionDigits: 2,
      });
      for (const value of values) {
        expect([locale, value, ours.number(value)]).toEqual([locale, value, integer.format(value)]);
        expect([locale, value, ours.percent(value)]).toEqual([locale, value, percent.format(value)]);
        expect([locale, value, ours.euro(value)]).toEqual([locale, value, euro.format(value)]);
        expect([locale, value, ours.points(value / 100)]).toEqual([locale, value, points.format(value)]);
      }
    });
    it(`writes dates and months as ${tag} Intl does`, () => {
      const options = { timeZone: 'UTC' } as const;
      const long = new Intl.DateTimeFormat(tag, { ...options, day: 'numeric', month: 'long', year: 'numeric' });
      const short = new Intl.DateTimeFormat(tag, { ...options, day: '2-digit', month: '2-digit', year: 'numeric' });
      const month = new Intl.DateTimeFormat(tag, { ...options, month: 'short', year: 'numeric' });
      const monthLong = new Intl.DateTimeFormat(tag, { ...options, month: 'long', year: 'numeric' });
      for (let m = 1; m <= 12; m++) {
        for (const day of [1, 9, 10, 28]) {
          const iso = `2025-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(`${iso}T00:00:00Z`);
          expect(ours.date(iso)).toBe(long.format(date));
          expect(ours.dateShort(iso)).toBe(short.format(date));
          expect(ours.month(iso.slice(0, 7))).toBe(month.format(date));
          expect(ours.monthLong(iso.slice(0, 7))).toBe(monthLong.format(date));
        }
      }
    });
  }
  it('leaves what is not a date as it is', () => {
    expect(it_.date('2024-13-01')).toBe('2024-13-01');
    expect(it_.month('marzo')).toBe('marzo');
  });
});

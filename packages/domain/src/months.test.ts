import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  isIsoDate,
  isYearMonth,
  lastCompleteMonth,
  monthOf,
  monthRange,
  monthsBetween,
  todayIso,
} from './months';

describe('isYearMonth', () => {
  it.each(['2024-01', '2017-12', '1999-06'])('accepts %s', (value) => {
    expect(isYearMonth(value)).toBe(true);
  });
  it.each(['2024-13', '2024-00', '2024-1', '24-01', '2024/01', '2024-01-01', '', ' 2024-01'])('rejects %j', (value) => {
    expect(isYearMonth(value)).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts Feb 29 in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
  it('rejects Feb 29 outside leap years, including century years', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
  it.each(['2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])(
    'rejects the impossible date %s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
  it.each(['2024-1-01', '2024-01-1', '01/02/2024', '2024-01-01T00:00:00Z', ''])(
    'rejects the wrong format %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
  it('accepts the last day of a month', () => {
    expect(isIsoDate('2024-12-31')).toBe(true);
  });
});

describe('addMonths', () => {
  it('moves within a year', () => {
    expect(addMonths('2024-03', 2)).toBe('2024-05');
  });
  it('crosses into the next year', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
  });
  it('goes back across a year', () => {
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2024-02', -14)).toBe('2022-12');
  });
  it('is the same month for zero', () => {
    expect(addMonths('2024-02', 0)).toBe('2024-02');
  });
  it('throws on an invalid month', () => {
    expect(() => addMonths('2024-13', 1)).toThrow(RangeError);
    expect(() => addMonths('nonsense', 1)).toThrow(RangeError);
  });
  it('accepts exactly YYYY-MM with a month from 01 to 12, as isYearMonth does', () => {
    for (const bad of [
      '2024-3',
      '2024-003',
      '2024-1a',
      '20a4-01',
      '2024/03',
      ' 2024-03',
      '2024-03 ',
      '-024-03',
      '2024-00',
    ])
      expect(() => addMonths(bad, 0), bad).toThrow(RangeError);
    for (const good of ['0001-01', '2024-01', '2024-09', '2024-10', '9999-12']) expect(addMonths(good, 0)).toBe(good);
  });
});

describe('monthsBetween', () => {
  it('counts whole months across years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toBe(3);
  });
  it('is negative when the end is earlier', () => {
    expect(monthsBetween('2024-02', '2023-11')).toBe(-3);
  });
  it('is zero for the same month', () => {
    expect(monthsBetween('2024-02', '2024-02')).toBe(0);
  });
  it('throws on an invalid month', () => {
    expect(() => monthsBetween('2024-00', '2024-02')).toThrow(RangeError);
  });
});

describe('monthRange', () => {
  it('includes both ends across a year', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });
  it('is one month when from equals to', () => {
    expect(monthRange('2024-02', '2024-02')).toEqual(['2024-02']);
  });
  it('is empty when to is before from', () => {
    expect(monthRange('2024-02', '2024-01')).toEqual([]);
  });
  it('spans several years', () => {
    const range = monthRange('2017-01', '2019-12');
    expect(range).toHaveLength(36);
    expect(range[12]).toBe('2018-01');
  });
});

describe('monthOf and lastCompleteMonth', () => {
  it('takes the month of a date or timestamp', () => {
    expect(monthOf('2024-02-29')).toBe('2024-02');
    expect(monthOf('2024-03-15T10:00:00Z')).toBe('2024-03');
  });
  it('is the previous month', () => {
    expect(lastCompleteMonth('2024-03-01')).toBe('2024-02');
    expect(lastCompleteMonth('2024-03-31')).toBe('2024-02');
  });
  it('is December of the previous year in January', () => {
    expect(lastCompleteMonth('2024-01-15')).toBe('2023-12');
  });
  it('answers each day asked in turn (it keeps the last answer)', () => {
    expect(lastCompleteMonth('2024-05-02')).toBe('2024-04');
    expect(lastCompleteMonth('2024-05-02')).toBe('2024-04');
    expect(lastCompleteMonth('2025-01-02')).toBe('2024-12');
    expect(() => lastCompleteMonth('nonsense')).toThrow(RangeError);
    expect(lastCompleteMonth('2025-01-02')).toBe('2024-12');
  });
});

describe('daysBetween', () => {
  it('counts Feb 29 in a leap year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });
  it('counts a leap year as 366 days', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });
  it('is negative when to is earlier', () => {
    expect(daysBetween('2024-01-10', '2024-01-01')).toBe(-9);
  });
  it('is not shifted by daylight saving', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });
  it('gives what Date.parse gives, for every day of 33 years and for text that is not YYYY-MM-DD', () => {
    const byParse = (from: string, to: string) =>
      Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
    for (let day = Date.UTC(1999, 0, 1); day < Date.UTC(2032, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(daysBetween('2000-01-01', iso), iso).toBe(byParse('2000-01-01', iso));
    }
    for (const odd of [
      '2024-1-01',
      '2024-13-01',
      '2024-00-10',
      '2024-01-32',
      'abcd-01-01',
      '２０２４-01-01',
      '2024-01-01x',
      '',
    ]) {
      expect(daysBetween('2024-01-01', odd), odd).toBe(byParse('2024-01-01', odd));
    }
  });
});

describe('todayIso', () => {
  it('formats a date as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });
});

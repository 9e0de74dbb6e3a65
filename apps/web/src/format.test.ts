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

import { describe, expect, it } from 'vitest';
import {
  formatEuroComma,
  normaliseIstat,
  parseEuroCents,
  parseItalianDate,
  parseItalianInteger,
  parseItalianMonth,
  parseItalianNumber,
  parseItalianPercent,
} from './italian-values';
import { italianText, token } from './messages';
import { ITALIAN_NUMBER_CASES, NOT_WHOLE_NUMBER } from './number-cases';

describe('parseItalianMonth', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['2024/3', '2024-03'],
    ['03/2024', '2024-03'],
    ['3/2024', '2024-03'],
    ['3-2024', '2024-03'],
    ['marzo 2024', '2024-03'],
    ['Marzo 2024', '2024-03'],
    ['MAR 2024', '2024-03'],
    ['mar. 2024', '2024-03'],
    ['mar-24', '2024-03'],
    ['dic-23', '2023-12'],
    ['settembre 2023', '2023-09'],
    ['sett 2023', '2023-09'],
    ['gen 2025', '2025-01'],
    [' giugno  2024 ', '2024-06'],
    ['01/03/2024', '2024-03'],
    ['2024-03-01', '2024-03'],
  ])('reads %j as %s', (text, month) => {
    expect(parseItalianMonth(text)).toBe(month);
  });

  it.each(['', 'marzo', '2024', '13/2024', '2024-13', 'maggiolino 2024', '00/2024', 'march 2024', '31/02/2024'])(
    'names no month in %j',
    (text) => {
      expect(parseItalianMonth(text)).toBeNull();
    },
  );
});

describe('parseItalianDate', () => {
  it.each([
    ['2024-09-30', '2024-09-30'],
    ['30/09/2024', '2024-09-30'],
    ['1/9/2024', '2024-09-01'],
    ['30.09.2024', '2024-09-30'],
    ['30-09-2024', '2024-09-30'],
    ['30 settembre 2024', '2024-09-30'],
    ['2024-09-30T00:00:00', '2024-09-30'],
  ])('reads %j as %s', (text, date) => {
    expect(parseItalianDate(text)).toBe(date);
  });

  it.each(['31/02/2024', '2024-02-30', '09/2024', 'domani', ''])('names no date in %j', (text) => {
    expect(parseItalianDate(text)).toBeNull();
  });
});

describe('parseItalianNumber', () => {
  it.each([
    ['1.234', 1234],
    ['1.234.567', 1_234_567],
    ['1.234,56', 1234.56],
    ['1234,5', 1234.5],
    ['0,75', 0.75],
    ['12.5', 12.5],
    ['1,234.56', 1234.56],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['-3', -3],
    ['+7', 7],
    ['€ 1.234,50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['42', 42],
  ])('reads %j as %d', (text, value) => {
    expect(parseItalianNumber(text)).toEqual({ ok: true, value });
  });

  it('reads an empty cell as unknown, never zero', () => {
    expect(parseItalianNumber('')).toEqual({ ok: true, value: null });
    expect(parseItalianNumber('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '1,2,3', '12a', '1.23.4,5', ',', '1..2', '1,234.5,6'])('refuses %j', (text) => {
    const parsed = parseItalianNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(italianText(parsed.message)).toContain('non è un numero');
  });
});

describe('the numbers every form, the grid and the import read alike', () => {
  it.each(ITALIAN_NUMBER_CASES)('reads %j as %d, as a number, a whole number where whole, and euro', (text, value) => {
    expect(parseItalianNumber(text)).toEqual({ ok: true, value });
    expect(parseEuroCents(text)).toEqual({ ok: true, value: Math.round(value * 100) });
    if (Number.isInteger(value)) expect(parseItalianInteger(text)).toEqual({ ok: true, value });
  });

  it('refuses a fraction where a whole number is due, saying so', () => {
    const parsed = parseItalianInteger(NOT_WHOLE_NUMBER);
    expect(parsed).toEqual({ ok: false, message: token('notWholeNumber', { text: NOT_WHOLE_NUMBER }) });
    if (!parsed.ok)
      expect(italianText(parsed.message)).toBe(
        '"12,5" non è un numero intero: qui va un numero senza decimali (in "12,5" la virgola separa i decimali)',
      );
  });
});

describe('integers, euro and percentages', () => {
  it('takes whole numbers only for counts', () => {
    expect(parseItalianInteger('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseItalianInteger('12,0')).toEqual({ ok: true, value: 12 });
    expect(parseItalianInteger('12,5')).toEqual({ ok: false, message: token('notWholeNumber', { text: '12,5' }) });
  });

  it('turns euro into cents, refusing fractions of a cent', () => {
    expect(parseEuroCents('1.234,50')).toEqual({ ok: true, value: 123_450 });
    expect(parseEuroCents('0,1')).toEqual({ ok: true, value: 10 });
    expect(parseEuroCents('19.99')).toEqual({ ok: true, value: 1999 });
    expect(parseEuroCents('1,005').ok).toBe(false);
  });

  it('reads percentages with or without the sign', () => {
    expect(parseItalianPercent('60%')).toEqual({ ok: true, value: 60 });
    expect(parseItalianPercent('60 %')).toEqual({ ok: true, value: 60 });
    expect(parseItalianPercent('100')).toEqual({ ok: true, value: 100 });
  });

  it('writes euro with a decimal comma', () => {
    expect(formatEuroComma(123_450)).toBe('1234,50');
    expect(formatEuroComma(5)).toBe('0,05');
    expect(parseEuroCents(formatEuroComma(987_654_321))).toEqual({ ok: true, value: 987_654_321 });
  });
});

describe('normaliseIstat', () => {
  it('restores the leading zeros Excel drops', () => {
    expect(normaliseIstat('19081')).toBe('019081');
    expect(normaliseIstat('019081')).toBe('019081');
    expect(normaliseIstat('1001')).toBe('001001');
  });
  it.each(['', 'abc', '1234567', '123'])('refuses %j', (text) => {
    expect(normaliseIstat(text)).toBeNull();
  });
});

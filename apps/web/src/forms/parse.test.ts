import { describe, expect, it } from 'vitest';
import { centsToEuroText, parseCount, parseEuroToCents } from './parse';

describe('parseCount', () => {
  it('reads Italian thousands and leaves empty as not given', () => {
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('')).toBeNull();
  });
  it('turns what is not a whole number into something the schema refuses', () => {
    expect(parseCount('abc')).toBeNaN();
    expect(parseCount('1.5')).toBe(1.5);
    expect(parseCount('-3')).toBe(-3);
  });
});

describe('parseEuroToCents', () => {
  it('reads the decimal comma, grouped thousands and plain numbers', () => {
    expect(parseEuroToCents('1.250,50')).toBe(125_050);
    expect(parseEuroToCents('14.000')).toBe(1_400_000);
    expect(parseEuroToCents('3,2')).toBe(320);
    expect(parseEuroToCents('12.5')).toBe(1250);
    expect(parseEuroToCents('99 €')).toBe(9900);
    expect(parseEuroToCents('')).toBeNull();
  });
  it('refuses what is not an amount', () => {
    expect(parseEuroToCents('dieci')).toBeNaN();
    expect(parseEuroToCents('1,234,5')).toBeNaN();
  });
  it('writes cents back in a form that reads the same', () => {
    expect(centsToEuroText(125_050)).toBe('1250,50');
    expect(parseEuroToCents(centsToEuroText(125_050))).toBe(125_050);
    expect(centsToEuroText(1_400_000)).toBe('14000');
    expect(centsToEuroText(null)).toBe('');
  });
});

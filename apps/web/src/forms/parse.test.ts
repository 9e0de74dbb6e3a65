import { token } from '@switchoff/domain';
import { ITALIAN_NUMBER_CASES, NOT_WHOLE_NUMBER } from '@switchoff/domain/formats';
import { describe, expect, it } from 'vitest';
import { centsToEuroText, numberIssues, numberValue } from './parse';

describe('numbers typed in forms (the domain parser, as the CSV import reads them)', () => {
  it.each(ITALIAN_NUMBER_CASES)('reads %j as %d', (text, value) => {
    expect(numberValue(text, 'euroCents')).toBe(Math.round(value * 100));
    if (Number.isInteger(value)) expect(numberValue(text, 'whole')).toBe(value);
    expect(numberIssues([{ path: ['n'], text, kind: 'euroCents' }])).toEqual([]);
  });

  it('reads empty as not given, and text it refuses as NaN with the parser’s reason', () => {
    expect(numberValue('', 'whole')).toBeNull();
    expect(numberValue(' ', 'euroCents')).toBeNull();
    expect(numberValue('dieci', 'euroCents')).toBeNaN();
    expect(numberValue(NOT_WHOLE_NUMBER, 'whole')).toBeNaN();
    expect(numberIssues([{ path: ['progress'], text: NOT_WHOLE_NUMBER, kind: 'percent' }])).toEqual([
      { path: ['progress'], message: token('notWholeNumber', { text: NOT_WHOLE_NUMBER }) },
    ]);
    expect(numberValue('60%', 'percent')).toBe(60);
  });

  it('writes cents back in a form that reads the same', () => {
    expect(centsToEuroText(125_050)).toBe('1250,50');
    expect(numberValue(centsToEuroText(125_050), 'euroCents')).toBe(125_050);
    expect(centsToEuroText(1_400_000)).toBe('14000');
    expect(centsToEuroText(null)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { formValues } from './form-values';

type Values = { name: string; website: string; level: string; paid: boolean; visibility: string };
const DEFAULTS: Values = { name: '', website: '', level: '0', paid: false, visibility: 'public' };

describe('formValues', () => {
  it('takes each field from the record, writing a number as text', () => {
    const record = { name: 'Mensa', website: 'https://x.it', level: 3, paid: true, visibility: 'internal', id: 7 };
    expect(formValues(DEFAULTS, record)).toEqual({
      name: 'Mensa',
      website: 'https://x.it',
      level: '3',
      paid: true,
      visibility: 'internal',
    });
  });
  it('keeps a field’s default where the record has none, and a false or empty value where it has one', () => {
    expect(formValues(DEFAULTS, { name: '', website: null, paid: false })).toEqual(DEFAULTS);
    expect(formValues<Values>({ ...DEFAULTS, paid: true }, { paid: false }).paid).toBe(false);
  });
  it('is the defaults without a record (a new one)', () => {
    expect(formValues(DEFAULTS, undefined)).toEqual(DEFAULTS);
    expect(formValues(DEFAULTS, null)).not.toBe(DEFAULTS);
  });
});

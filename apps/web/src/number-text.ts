/**
 * Numbers written as Intl.NumberFormat writes them, without Intl: the first Intl formatter a page
 * makes loads the browser's ICU data, a task of 180–280 ms on a phone (Chromium with the CPU
 * slowed 4×, as Lighthouse's mobile preset), paid at start-up by every public page. The same code
 * runs on the server, so the page hydrates with the same text. `format.test.ts` compares it with
 * Intl over many values.
 */

/** The separators of a language, and when it groups thousands under the "auto" setting. */
export type NumberSymbols = {
  group: string;
  decimal: string;
  /** CLDR's minimum grouping digits: Italian writes 1234 but 12.345. */
  minimumGroupingDigits: number;
};

export type DecimalOptions = {
  minimumFractionDigits?: number;
  maximumFractionDigits: number;
  /** `always` groups thousands in every number; `auto` as the language does. */
  grouping: 'always' | 'auto';
  /** Powers of ten the value is multiplied by (2 for a percentage), exactly, in decimal. */
  shift?: number;
  /** `auto`: a minus for negatives; `exceptZero`: a plus or a minus unless the text is zero. */
  signDisplay?: 'auto' | 'exceptZero';
};

/** The shortest decimal text of a finite, non-negative number, without exponent. */
function plainDecimal(value: number): string {
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text;
  const [whole = '', fraction = ''] = text.slice(0, exponentAt).split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(text.slice(exponentAt + 1));
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** Whole and fraction digits of `value × 10^shift`, rounded half away from zero as Intl does. */
function roundedDigits(value: number, shift: number, maximumFractionDigits: number) {
  const [whole = '0', fraction = ''] = plainDecimal(value).split('.');
  const padded = fraction.padEnd(shift, '0');
  let integer = (whole + padded.slice(0, shift)).replace(/^0+(?=\d)/, '');
  let decimals = padded.slice(shift);
  if (decimals.length > maximumFractionDigits) {
    const roundUp = (decimals[maximumFractionDigits] ?? '0') >= '5';
    decimals = decimals.slice(0, maximumFractionDigits);
    if (roundUp) {
      const bumped = incrementDigits(integer + decimals);
      integer = bumped.slice(0, bumped.length - decimals.length);
      decimals = bumped.slice(bumped.length - decimals.length);
    }
  }
  return { integer, decimals };
}

/** The digits of a whole number with the language's thousands separator. */
function groupThousands(integer: string, symbols: NumberSymbols, grouping: DecimalOptions['grouping']): string {
  const minimum = grouping === 'always' ? 1 : symbols.minimumGroupingDigits;
  if (integer.length < 3 + minimum) return integer;
  const head = integer.length % 3 || 3;
  const groups = [integer.slice(0, head)];
  for (let i = head; i < integer.length; i += 3) groups.push(integer.slice(i, i + 3));
  return groups.join(symbols.group);
}

/**
 * A finite number as text with the language's separators: `1.234,5`, `+0,09`; the sign apart
 * (`sign`) so a currency or percent sign can sit between it and the digits.
 */
export function decimalParts(value: number, symbols: NumberSymbols, options: DecimalOptions) {
  const { integer, decimals } = roundedDigits(Math.abs(value), options.shift ?? 0, options.maximumFractionDigits);
  const fraction = decimals.replace(/0+$/, '').padEnd(options.minimumFractionDigits ?? 0, '0');
  const digits = groupThousands(integer, symbols, options.grouping) + (fraction ? symbols.decimal + fraction : '');
  const isZero = /^0*$/.test(integer + decimals);
  const negative = value < 0 || Object.is(value, -0);
  const sign = options.signDisplay === 'exceptZero' ? (isZero ? '' : negative ? '-' : '+') : negative ? '-' : '';
  return { sign, digits };
}

/**
 * How numbers typed the Italian way read, the same wherever they are typed: the domain test
 * checks the parser on this table, the SPA's tests the monthly grid and the forms, the API's
 * test a CSV import of the same texts. One table, so the grid and the import cannot disagree.
 */
export const ITALIAN_NUMBER_CASES: ReadonlyArray<readonly [text: string, value: number]> = [
  ['12', 12],
  ['12,0', 12],
  ['€ 12', 12],
  ['12 €', 12],
  ['+4', 4],
  ['1.234', 1234],
  ['1.234,56', 1234.56],
  ['1 234', 1234],
];

/** A fraction where a whole number is due: refused as "not a whole number" (`notWholeNumber`). */
export const NOT_WHOLE_NUMBER = '12,5';

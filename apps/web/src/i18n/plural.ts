/**
 * Italian's and English's plural rule for counts (CLDR's "one": the integer 1, what
 * Intl.PluralRules says for both), written out: an Intl object built at start-up is a long task on
 * a phone (see `number-text.ts`).
 */
function isOne(n: number): boolean {
  return n === 1;
}

/** A count of something, with the noun in the number the language's plural rule gives it. */
export type Counted = (n: number, one: string, many: string) => string;

/**
 * "1 riga aggiunta" or "3 righe aggiunte": the count (formatted by `format`, the screen's number
 * formatter) followed by the singular or the plural, as the language's plural rules choose.
 */
export function countedIn(format: (n: number) => string): Counted {
  return (n, one, many) => `${format(n)} ${isOne(n) ? one : many}`;
}

/** What a text with counts is given: the counts, and the language's way to say them. */
export type CountsOf<K extends string> = Record<K, number> & { counted: Counted };

const RULES = { it: new Intl.PluralRules('it-IT'), en: new Intl.PluralRules('en-GB') };

/** A count of something, with the noun in the number Intl.PluralRules gives it in that language. */
export type Counted = (n: number, one: string, many: string) => string;

/**
 * "1 riga aggiunta" or "3 righe aggiunte": the count (formatted by `format`, the screen's number
 * formatter) followed by the singular or the plural, as the language's plural rules choose.
 */
export function countedIn(locale: keyof typeof RULES, format: (n: number) => string): Counted {
  return (n, one, many) => `${format(n)} ${RULES[locale].select(n) === 'one' ? one : many}`;
}

/** What a text with counts is given: the counts, and the language's way to say them. */
export type CountsOf<K extends string> = Record<K, number> & { counted: Counted };

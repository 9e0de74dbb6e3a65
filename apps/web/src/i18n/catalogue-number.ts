import { createFormatters, type Formatters, type Locale } from '../format';

const formatters: Partial<Record<Locale, Formatters>> = {};

/**
 * The count a message's plural writes for `#` (`{n, plural, one {# riga} other {# righe}}`), as
 * the screens write numbers (`f.number`: "1.234" in Italian), without the Intl.NumberFormat that
 * @messageformat/runtime would build (vite-catalogue.ts puts this function in its place).
 */
export function number(locale: string, value: number, offset: number): string {
  const language: Locale = locale === 'en' ? 'en' : 'it';
  formatters[language] ??= createFormatters(language, '');
  return formatters[language].number(value - offset);
}

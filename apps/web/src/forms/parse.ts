/**
 * Numbers as people type them in Italian forms. Empty means "not given" (null); text that is
 * not a number becomes NaN, which the domain's schemas refuse with their own message.
 */

/** A whole count: "1.234" and "1234" are both 1234 (the dot groups thousands in Italian). */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?[\d.\s\u00a0]+$/.test(trimmed) || !/\d/.test(trimmed)) return Number.NaN;
  // "1.5" is a fraction, not a thousand: only groups of three digits are thousands.
  if (/\.\d{1,2}$/.test(trimmed) || /\.\d{4,}/.test(trimmed)) return Number(trimmed.replace(/[\s\u00a0]/g, ''));
  return Number(trimmed.replace(/[.\s\u00a0]/g, ''));
}

/** Euro as typed ("1.250,50", "1250.5", "14000") to cents; NaN when it is not an amount. */
export function parseEuroToCents(text: string): number | null {
  const trimmed = text
    .trim()
    .replace(/€/g, '')
    .replace(/[\s\u00a0]/g, '');
  if (trimmed === '') return null;
  let normal: string;
  if (trimmed.includes(',')) {
    normal = trimmed.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(trimmed)) {
    normal = trimmed.replace(/\./g, '');
  } else {
    normal = trimmed;
  }
  if (!/^-?\d+(\.\d{1,2})?$/.test(normal)) return Number.NaN;
  return Math.round(Number(normal) * 100);
}

/** Cents as a form shows them for editing: "1250,50" (no grouping, so it reads back the same). */
export function centsToEuroText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

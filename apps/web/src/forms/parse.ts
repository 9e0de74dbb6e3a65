import { type Parsed, parseEuroCents, parseItalianInteger, parseItalianPercent } from '@switchoff/domain/formats';
import type { Issue } from './form-errors';

/*
 * Numbers typed in the forms and the monthly grid are read by the domain's parsers, the ones
 * the CSV import reads its cells with: `12,0`, `€ 12`, `+4` and `1.234,56` mean 12, 12, 4 and
 * 1234.56 wherever they are typed. Empty is null ("not given"); text the parser refuses is NaN,
 * which the domain's schemas refuse too, and `numberIssues` says why in the parser's words.
 */

/** How a field reads: a whole number (counts, ratings), a percentage (`60%`), euro as cents. */
export type NumberKind = 'whole' | 'percent' | 'euroCents';

const PARSERS: Record<NumberKind, (text: string) => Parsed<number | null>> = {
  whole: parseItalianInteger,
  percent: parseItalianPercent,
  euroCents: parseEuroCents,
};

/** The field's value as the API takes it: the number, null when empty, NaN when the parser refuses it. */
export function numberValue(text: string, kind: NumberKind): number | null {
  const parsed = PARSERS[kind](text);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** A typed number and where the form sends it (`['amountCents']`, `['rows', 2, 'online']`). */
export type NumberField = { path: readonly PropertyKey[]; text: string; kind: NumberKind };

/** The parser's refusals of the given fields, each at its path, in the parser's words (message codes). */
export function numberIssues(fields: readonly NumberField[]): Issue[] {
  return fields.flatMap(({ path, text, kind }) => {
    const parsed = PARSERS[kind](text);
    return parsed.ok ? [] : [{ path, message: parsed.message }];
  });
}

/** Cents as a form shows them for editing: "1250,50" (no grouping, so it reads back the same). */
export function centsToEuroText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

import { MESSAGES, type MessageToken, token } from './messages';
import { isYearMonth, lastCompleteMonth } from './months';

/** The first month the product takes figures for. */
export const MIN_MONTH = '2000-01';

/** A refusal of one field, as forms show it next to the input. */
export type FieldIssue = { path: (string | number)[]; message: MessageToken };

/**
 * A month as a form or an address gives it: `YYYY-MM`, from MIN_MONTH on (the rule of the
 * schemas' `editMonth`, written without zod for the public screens, which load no schema).
 */
export function editMonthIssue(month: string): MessageToken | null {
  if (!isYearMonth(month)) return MESSAGES.monthFormat;
  return month < MIN_MONTH ? MESSAGES.monthTooOld : null;
}

/** Figures exist only for complete months: the last one is the month before today's. */
export function closedMonthIssue(month: string, today: string): MessageToken | null {
  if (!isYearMonth(month)) return null;
  const last = lastCompleteMonth(today);
  return month > last ? token('monthNotClosed', { month, last }) : null;
}

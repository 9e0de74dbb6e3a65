import { addYears, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { MESSAGES, type MessageToken, token } from './messages';
import { closedMonthIssue, type FieldIssue, MIN_MONTH } from './month-rules';
import { isoDate, yearMonth } from './schemas';

/**
 * Building blocks of the editing forms, shared by the SPA and the API. Every message is Italian
 * and names what to fix; every length and number is bounded so no input can reach the database
 * unchecked.
 */

/** Longest texts, in characters. */
export const TEXT_LIMITS = {
  name: 200,
  title: 200,
  office: 200,
  owner: 200,
  reason: 500,
  assistedDesk: 500,
  description: 2000,
  note: 2000,
  body: 2000,
} as const;

const tooLong = (max: number) => token('tooLong', { max });

/** A text the user must fill in (trimmed, 1..max characters). */
export function requiredText(max: number, emptyMessage: string) {
  return z.string({ error: emptyMessage }).trim().min(1, emptyMessage).max(max, tooLong(max));
}

/** A text that may be left empty (trimmed, at most max characters). */
export function optionalText(max: number) {
  return z.string({ error: MESSAGES.textInvalid }).trim().max(max, tooLong(max));
}

/** An internal note: empty means none (null). */
/** Why a change was made (a stage change, a re-plan, its annulment): shown with the change. */
export const changeReason = requiredText(TEXT_LIMITS.reason, MESSAGES.reasonRequired);

export const internalNote = optionalText(TEXT_LIMITS.note)
  .nullable()
  .transform((v) => (v === null || v === '' ? null : v));

/** The largest row id or version a form may send: SQLite's rowids fit far below it. */
const MAX_ROW_NUMBER = 2_147_483_647;

/** What a whole-number field says when refused: `invalid`, unless a case has a message of its own. */
export type WholeNumberMessages = {
  invalid: MessageToken;
  missing?: MessageToken;
  fraction?: MessageToken;
  below?: MessageToken;
  above?: MessageToken;
};

/** A whole number from `min` to `max` (both included), each refusal with its message. */
export function wholeNumber(min: number, max: number, messages: WholeNumberMessages) {
  const { invalid } = messages;
  return z
    .number({ error: messages.missing ?? invalid })
    .int(messages.fraction ?? invalid)
    .min(min, messages.below ?? invalid)
    .max(max, messages.above ?? invalid);
}

/** The version of the row the form was loaded with; a stale one is refused. */
export const rowVersion = wholeNumber(1, MAX_ROW_NUMBER, {
  invalid: MESSAGES.versionInvalid,
  missing: MESSAGES.versionMissing,
});

/** A row id (milestone, user …), never a public identifier. */
export const entityId = wholeNumber(1, MAX_ROW_NUMBER, { invalid: MESSAGES.idInvalid });

export const MIN_DATE = '1990-01-01';
export const MAX_DATE = '2100-12-31';

/** A real date within the years the product tracks. */
export const editDate = isoDate.refine((d) => d >= MIN_DATE && d <= MAX_DATE, MESSAGES.dateOutOfRange);

/** A real month within the years the product tracks (future months are refused by `closedMonthIssue`). */
export const editMonth = yearMonth.refine((m) => m >= MIN_MONTH, MESSAGES.monthTooOld);

/** A yes/no field. */
export const flag = z.boolean({ error: MESSAGES.yesNo });

export { closedMonthIssue, type FieldIssue, MIN_MONTH };

/** A field's refusal by a rule that depends on today (`issue`: null when the rule found nothing), as field issues. */
export function fieldIssues(field: string, issue: MessageToken | null): FieldIssue[] {
  return issue ? [{ path: [field], message: issue }] : [];
}

/**
 * The rule of one date field of an input, by a rule of dates and today (`rule`), as a
 * `…Issues(input, today)` function: none for a date left out (null or absent).
 */
export function dateFieldIssues<F extends string>(
  field: F,
  rule: (date: string, today: string) => MessageToken | null,
) {
  return (input: { readonly [K in F]?: string | null }, today: string): FieldIssue[] => {
    const date = input[field];
    return fieldIssues(field, date === undefined || date === null ? null : rule(date, today));
  };
}

/** One year from `today`: the latest date a planned stage change or activation may carry. */
export function oneYearFrom(today: string): string {
  return format(addYears(parseISO(today), 1), 'yyyy-MM-dd');
}

/** A date for something planned: at most one year ahead. */
export function plannedDateIssue(date: string, today: string): MessageToken | null {
  const max = oneYearFrom(today);
  return date > max ? token('plannedTooFar', { max }) : null;
}

/** A new plan for an open milestone: not before today (a re-plan into the past hides nothing, it is a mistake). */
export function replanDateIssue(date: string, today: string): MessageToken | null {
  return date < today ? token('replanInPast', { date, today }) : null;
}

/** A date on which something happened: not after today. */
export function pastDateIssue(date: string, today: string): MessageToken | null {
  return date > today ? token('dateInFuture', { today }) : null;
}

/** Adds issues that depend on today to a schema, so a form checks what the API checks. */
export function refineWithToday<T extends z.ZodType>(schema: T, issues: (value: z.output<T>) => FieldIssue[]) {
  return schema.superRefine((value, ctx) => {
    for (const issue of issues(value)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

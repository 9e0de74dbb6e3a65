import { z } from 'zod';
import { ISTAT_CODE_PATTERN, SLUG_MAX_LENGTH, SLUG_PATTERN } from './identifiers';
import { MESSAGES } from './messages';
import { isIsoDate, isYearMonth } from './months';

/** The 6-digit ISTAT code of a comune, its public identifier. */
export const istatCode = z.string().trim().regex(ISTAT_CODE_PATTERN, MESSAGES.istatCode);

export const slug = z
  .string()
  .trim()
  .min(1, MESSAGES.slugEmpty)
  .max(SLUG_MAX_LENGTH, MESSAGES.slugTooLong)
  .regex(SLUG_PATTERN, MESSAGES.slugChars);

export const yearMonth = z.string({ error: MESSAGES.monthFormat }).refine(isYearMonth, MESSAGES.monthFormat);

/**
 * A real date as `YYYY-MM-DD` (what a date field sends). Empty says only that the date is missing,
 * and a date that is not real is not checked further: one message per problem.
 */
export const isoDate = z
  .string({ error: MESSAGES.dateFormat })
  .min(1, { error: MESSAGES.dateRequired, abort: true })
  .refine(isIsoDate, { error: MESSAGES.dateReal, abort: true });

export const consortiumRef = z.object({ slug });
export const comuneRef = z.object({ istat: istatCode });
/** A region by its ISTAT code ("03"), as the map of a region is addressed. */
export const regionRef = z.object({ code: z.string().regex(/^\d{2}$/, MESSAGES.regionCode) });
/** A province by its ISTAT code ("019"), as the map of a province is addressed. */
export const provinceRef = z.object({ code: z.string().regex(/^\d{3}$/, MESSAGES.provinceCode) });
export const serviceRef = z.object({ istat: istatCode, slug });
export const catalogueServiceRef = z.object({ consortium: slug, service: slug });

const MAX_COUNT = 10_000_000;

/** A count of transactions, payments or answers in a month. */
export const monthlyCount = z
  .number({ error: MESSAGES.enterNumber })
  .int(MESSAGES.wholeNumber)
  .min(0, MESSAGES.notNegative)
  .max(MAX_COUNT, MESSAGES.countTooBig);

/** The fields of one month's figures; `monthFiguresInput` adds the payment rules. */
export const monthFiguresFields = {
  month: yearMonth,
  online: monthlyCount,
  assisted: monthlyCount,
  paper: monthlyCount,
  paymentsTotal: monthlyCount.nullable().default(null),
  paymentsPagopa: monthlyCount.nullable().default(null),
  satisfaction: z
    .tuple([monthlyCount, monthlyCount, monthlyCount, monthlyCount, monthlyCount], {
      error: MESSAGES.satisfactionFive,
    })
    .default([0, 0, 0, 0, 0]),
  costCents: z
    .number({ error: MESSAGES.enterNumber })
    .int(MESSAGES.costWholeCents)
    .min(0, MESSAGES.costNegative)
    .max(100_000_000_000, MESSAGES.costTooBig)
    .nullable()
    .default(null),
};

/** pagoPA payments need a total and cannot exceed it. */
export function withPaymentRules<T extends z.ZodType<{ paymentsTotal: number | null; paymentsPagopa: number | null }>>(
  schema: T,
) {
  return schema
    .refine((f) => f.paymentsPagopa === null || f.paymentsTotal !== null, {
      error: MESSAGES.paymentsTotalNeeded,
      path: ['paymentsPagopa'],
    })
    .refine((f) => f.paymentsPagopa === null || f.paymentsTotal === null || f.paymentsPagopa <= f.paymentsTotal, {
      error: MESSAGES.pagopaOverTotal,
      path: ['paymentsPagopa'],
    });
}

/**
 * Monthly figures of a service, as the API receives them. Only the shape is checked here:
 * that the month is not in the future depends on "today" and is checked by the API.
 * Payments and cost may be unknown (null, the default); satisfaction defaults to no answers.
 */
export const monthFiguresInput = withPaymentRules(z.object(monthFiguresFields));
export type MonthFiguresInput = z.input<typeof monthFiguresInput>;

/** The dates of a milestone: first agreed, current plan, and when it was actually reached. */
export const milestoneDatesInput = z.object({
  baselineDate: isoDate,
  plannedDate: isoDate,
  actualDate: isoDate.nullish(),
});
export type MilestoneDatesInput = z.input<typeof milestoneDatesInput>;

/** A comune's take-up target for switch-off, as a fraction (0.8 = 80%). */
export const takeUpTarget = z
  .number({ error: MESSAGES.enterNumber })
  .gt(0, MESSAGES.targetPositive)
  .max(1, MESSAGES.targetMax);

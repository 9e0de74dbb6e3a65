import { z } from 'zod';
import { MESSAGES, token } from './messages';
import { addMonths, lastCompleteMonth, monthsBetween, type YearMonth } from './months';
import { closedMonthIssue, editMonth, type FieldIssue } from './schemas-fields';

/** The longest period a council report covers: five years, a council's term. */
export const MAX_REPORT_MONTHS = 60;

/** How many months a report covers when no period is given: the last 12 complete months. */
export const DEFAULT_REPORT_MONTHS = 12;

/**
 * The period of a council report, as months `from`..`to` (both included). Either may be left
 * out: the default is the 12 complete months before today, and a single end gets 12 months.
 */
export const councilReportPeriod = z
  .object({ from: editMonth.optional(), to: editMonth.optional() })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    error: MESSAGES.reportPeriodOrder,
    path: ['from'],
  })
  .refine((p) => p.from === undefined || p.to === undefined || monthsBetween(p.from, p.to) < MAX_REPORT_MONTHS, {
    error: token('reportPeriodTooLong', { max: MAX_REPORT_MONTHS }),
    path: ['from'],
  });
export type CouncilReportPeriod = z.input<typeof councilReportPeriod>;

/** The months a report covers once defaults are filled in. */
export function resolveReportPeriod(
  period: { from?: YearMonth | undefined; to?: YearMonth | undefined },
  today: string,
): { from: YearMonth; to: YearMonth } {
  const last = lastCompleteMonth(today);
  if (period.from && period.to) return { from: period.from, to: period.to };
  if (period.to) return { from: addMonths(period.to, -(DEFAULT_REPORT_MONTHS - 1)), to: period.to };
  if (period.from) {
    const to = addMonths(period.from, DEFAULT_REPORT_MONTHS - 1);
    return { from: period.from, to: to > last ? (last > period.from ? last : period.from) : to };
  }
  return { from: addMonths(last, -(DEFAULT_REPORT_MONTHS - 1)), to: last };
}

/** A report ends with a complete month at the latest (figures exist only for those). */
export function councilReportIssues(
  period: { from?: YearMonth | undefined; to?: YearMonth | undefined },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of ['from', 'to'] as const) {
    const month = period[key];
    const issue = month ? closedMonthIssue(month, today) : null;
    if (issue) issues.push({ path: [key], message: issue });
  }
  return issues;
}

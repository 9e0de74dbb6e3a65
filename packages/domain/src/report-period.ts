import { MESSAGES, token } from './messages';
import { closedMonthIssue, editMonthIssue, type FieldIssue } from './month-rules';
import { addMonths, isYearMonth, lastCompleteMonth, monthsBetween, type YearMonth } from './months';

/** The longest period a council report covers: five years, a council's term. */
export const MAX_REPORT_MONTHS = 60;

/** How many months a report covers when no period is given: the last 12 complete months. */
export const DEFAULT_REPORT_MONTHS = 12;

type ReportPeriod = { from?: YearMonth | undefined; to?: YearMonth | undefined };

/** The months a report covers once defaults are filled in. */
export function resolveReportPeriod(period: ReportPeriod, today: string): { from: YearMonth; to: YearMonth } {
  const last = lastCompleteMonth(today);
  if (period.from && period.to) return { from: period.from, to: period.to };
  if (period.to) return { from: addMonths(period.to, -(DEFAULT_REPORT_MONTHS - 1)), to: period.to };
  if (period.from) {
    const to = addMonths(period.from, DEFAULT_REPORT_MONTHS - 1);
    return { from: period.from, to: to > last ? (last > period.from ? last : period.from) : to };
  }
  return { from: addMonths(last, -(DEFAULT_REPORT_MONTHS - 1)), to: last };
}

/**
 * Both ends of a period, when both are months; null otherwise (an end left out, or one that is
 * not a month: refused by its own rule, and zod runs the period's rules all the same).
 */
function bothEnds(period: ReportPeriod): { from: YearMonth; to: YearMonth } | null {
  const { from, to } = period;
  return from !== undefined && to !== undefined && isYearMonth(from) && isYearMonth(to) ? { from, to } : null;
}

/** A period whose first month is not after its last (either may be left out). */
export function isReportPeriodOrdered(period: ReportPeriod): boolean {
  const ends = bothEnds(period);
  return ends === null || ends.from <= ends.to;
}

/** A period of at most MAX_REPORT_MONTHS months (either end may be left out). */
export function isReportPeriodShortEnough(period: ReportPeriod): boolean {
  const ends = bothEnds(period);
  return ends === null || monthsBetween(ends.from, ends.to) < MAX_REPORT_MONTHS;
}

/** A report ends with a complete month at the latest (figures exist only for those). */
export function councilReportIssues(period: ReportPeriod, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of ['from', 'to'] as const) {
    const month = period[key];
    const issue = month ? closedMonthIssue(month, today) : null;
    if (issue) issues.push({ path: [key], message: issue });
  }
  return issues;
}

/**
 * Every refusal of a report's period, as the API gives them (the schema `councilReportPeriod`,
 * then `councilReportIssues`), without zod: the public council report checks its address with it,
 * so the page loads no form schema (zod and the schemas, about 30 KB gzipped and 40 ms of a
 * phone's start-up). schemas-report.test.ts holds the two to the same answers.
 */
export function reportPeriodIssues(period: ReportPeriod, today: string): FieldIssue[] {
  const monthIssues = (['from', 'to'] as const).flatMap((key) => {
    const month = period[key];
    const issue = month === undefined ? null : editMonthIssue(month);
    return issue ? [{ path: [key], message: issue }] : [];
  });
  // As zod does: the period's own rules run even when a month is refused.
  const issues: FieldIssue[] = [
    ...monthIssues,
    ...(isReportPeriodOrdered(period) ? [] : [{ path: ['from'], message: MESSAGES.reportPeriodOrder }]),
    ...(isReportPeriodShortEnough(period)
      ? []
      : [{ path: ['from'], message: token('reportPeriodTooLong', { max: MAX_REPORT_MONTHS }) }]),
  ];
  return issues.length > 0 ? issues : councilReportIssues(period, today);
}

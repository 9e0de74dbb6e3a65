import { z } from 'zod';
import { MESSAGES, token } from './messages';
import { isReportPeriodOrdered, isReportPeriodShortEnough, MAX_REPORT_MONTHS } from './report-period';
import { editMonth } from './schemas-fields';

export {
  councilReportIssues,
  DEFAULT_REPORT_MONTHS,
  MAX_REPORT_MONTHS,
  reportPeriodIssues,
  resolveReportPeriod,
} from './report-period';

/**
 * The period of a council report, as months `from`..`to` (both included). Either may be left
 * out: the default is the 12 complete months before today, and a single end gets 12 months.
 */
export const councilReportPeriod = z
  .object({ from: editMonth.optional(), to: editMonth.optional() })
  .refine(isReportPeriodOrdered, { error: MESSAGES.reportPeriodOrder, path: ['from'] })
  .refine(isReportPeriodShortEnough, {
    error: token('reportPeriodTooLong', { max: MAX_REPORT_MONTHS }),
    path: ['from'],
  });
export type CouncilReportPeriod = z.input<typeof councilReportPeriod>;

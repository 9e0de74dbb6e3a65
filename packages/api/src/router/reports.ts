import { councilReportIssues, councilReportPeriod, resolveReportPeriod } from '@switchoff/domain/schemas';
import { refuseIssues } from '../errors';
import { getCouncilReport } from '../reads/council-report';
import { comunePageProcedure, router } from '../trpc';

export const reportsRouter = router({
  /**
   * The council report of a comune for a period of complete months (default: the last 12), in
   * one answer: stages and their changes, take-up, milestones, readiness. Public items only
   * unless the reader may see the comune's internal data.
   */
  council: comunePageProcedure
    .meta({ expensive: true })
    .input(councilReportPeriod)
    .query(({ ctx, input }) => {
      const today = ctx.today();
      refuseIssues(councilReportIssues(input, today));
      const period = resolveReportPeriod(input, today);
      return getCouncilReport(ctx.db, { found: ctx, ...period, today, internal: ctx.internal });
    }),
});

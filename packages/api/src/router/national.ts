import { getNationalSummary } from '../reads/national';
import { publicProcedure, router } from '../trpc';

export const nationalRouter = router({
  /** Every region side by side and the country's totals, public data only for everyone. */
  summary: publicProcedure
    .meta({ publicRead: true, expensive: true })
    .query(({ ctx }) => getNationalSummary(ctx.db, { today: ctx.today() })),
});

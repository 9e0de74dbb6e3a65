import { getComuneOverview } from '../queries/overview';
import { comuneProcedure, router } from '../trpc';

export const comuniRouter = router({
  overview: comuneProcedure('view').query(({ ctx }) =>
    getComuneOverview(ctx.db, { found: ctx, today: ctx.today(), internal: ctx.internal }),
  ),
});

import { comuneRef } from '@switchoff/domain/schemas';
import { getComuneOverview } from '../queries/overview';
import { publicProcedure, router } from '../trpc';

export const comuniRouter = router({
  overview: publicProcedure
    .input(comuneRef)
    .query(({ ctx, input }) => getComuneOverview(ctx.db, { istat: input.istat, today: ctx.today() })),
});

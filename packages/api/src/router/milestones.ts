import { comuneRef } from '@switchoff/domain/schemas';
import { getRoadmap } from '../queries/roadmap';
import { publicProcedure, router } from '../trpc';

export const milestonesRouter = router({
  roadmap: publicProcedure
    .input(comuneRef)
    .query(({ ctx, input }) => getRoadmap(ctx.db, { istat: input.istat, today: ctx.today() })),
});

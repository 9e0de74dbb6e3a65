import { getRoadmap } from '../queries/roadmap';
import { comuneProcedure, router } from '../trpc';

export const milestonesRouter = router({
  roadmap: comuneProcedure('view').query(({ ctx }) => getRoadmap(ctx.db, { found: ctx, today: ctx.today() })),
});

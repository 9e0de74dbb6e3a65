import { setPlatformInput, setPlatformIssues, setPnrrInput, setPnrrIssues } from '@switchoff/domain/schemas';
import { refuseIssues } from '../errors';
import { comuneProcedure, router } from '../trpc';
import { setPlatform, setPnrr } from '../writes/platforms';
import { comuneEdit } from './comune-edit';

export const platformsRouter = router({
  /** The state of one national platform (ANPR: inattivo, presubentro, subentro). */
  set: comuneProcedure('edit')
    .input(setPlatformInput)
    .mutation(({ ctx, input }) => {
      refuseIssues(setPlatformIssues(input, ctx.today()));
      return setPlatform(ctx.db, comuneEdit(ctx, input));
    }),
});

export const pnrrRouter = router({
  /** The state and funding of one PNRR measure. */
  set: comuneProcedure('edit')
    .input(setPnrrInput)
    .mutation(({ ctx, input }) => {
      refuseIssues(setPnrrIssues(input, ctx.today()));
      return setPnrr(ctx.db, comuneEdit(ctx, input));
    }),
});

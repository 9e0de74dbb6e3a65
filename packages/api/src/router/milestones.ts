import {
  annulReplanInput,
  completeMilestoneInput,
  completeMilestoneIssues,
  createMilestoneInput,
  replanMilestoneInput,
  replanMilestoneIssues,
  updateMilestoneInput,
} from '@switchoff/domain/schemas';
import { refuseIssues } from '../errors';
import { getRoadmap } from '../reads/roadmap';
import { comuneProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';
import { completeMilestone, createMilestone, updateMilestone } from '../writes/milestones';
import { annulReplan, replanMilestone } from '../writes/replans';

export const milestonesRouter = router({
  /** The roadmap; internal milestones, notes, versions and comments for readers of internal data. */
  roadmap: comuneProcedure('view')
    .meta({ publicRead: true })
    .query(({ ctx }) => getRoadmap(ctx.db, { found: ctx, today: ctx.today(), internal: ctx.internal })),
  create: comuneProcedure('edit')
    .input(createMilestoneInput)
    .mutation(({ ctx, input }) =>
      createMilestone(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), input }),
    ),
  update: comuneProcedure('edit')
    .input(updateMilestoneInput)
    .mutation(({ ctx, input }) =>
      updateMilestone(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), input }),
    ),
  replan: comuneProcedure('edit')
    .input(replanMilestoneInput)
    .mutation(({ ctx, input }) => {
      refuseIssues(replanMilestoneIssues(input, ctx.today()));
      return replanMilestone(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), input });
    }),
  /** Annuls the latest re-plan in force with a reason, restoring the previous plan; nothing is deleted. */
  annulReplan: comuneProcedure('edit')
    .input(annulReplanInput)
    .mutation(({ ctx, input }) =>
      annulReplan(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), input }),
    ),
  complete: comuneProcedure('edit')
    .input(completeMilestoneInput)
    .mutation(({ ctx, input }) => {
      refuseIssues(completeMilestoneIssues(input, ctx.today()));
      return completeMilestone(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), input });
    }),
});

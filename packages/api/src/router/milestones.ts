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
import { completeMilestone, createMilestone, updateMilestone } from '../writes/milestones';
import { annulReplan, replanMilestone } from '../writes/replans';
import { comuneEdit } from './comune-edit';

export const milestonesRouter = router({
  /** The roadmap; internal milestones, notes, versions and comments for readers of internal data. */
  roadmap: comuneProcedure('view')
    .meta({ publicRead: true })
    .query(({ ctx }) => getRoadmap(ctx.db, { found: ctx, today: ctx.today(), internal: ctx.internal })),
  create: comuneProcedure('edit')
    .input(createMilestoneInput)
    .mutation(({ ctx, input }) => createMilestone(ctx.db, comuneEdit(ctx, input))),
  update: comuneProcedure('edit')
    .input(updateMilestoneInput)
    .mutation(({ ctx, input }) => updateMilestone(ctx.db, comuneEdit(ctx, input))),
  replan: comuneProcedure('edit')
    .input(replanMilestoneInput)
    .mutation(({ ctx, input }) => {
      refuseIssues(replanMilestoneIssues(input, ctx.today()));
      return replanMilestone(ctx.db, comuneEdit(ctx, input));
    }),
  /** Annuls the latest re-plan in force with a reason, restoring the previous plan; nothing is deleted. */
  annulReplan: comuneProcedure('edit')
    .input(annulReplanInput)
    .mutation(({ ctx, input }) => annulReplan(ctx.db, comuneEdit(ctx, input))),
  complete: comuneProcedure('edit')
    .input(completeMilestoneInput)
    .mutation(({ ctx, input }) => {
      refuseIssues(completeMilestoneIssues(input, ctx.today()));
      return completeMilestone(ctx.db, comuneEdit(ctx, input));
    }),
});

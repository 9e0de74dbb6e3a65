import {
  annulReplanInput,
  completeMilestoneInput,
  completeMilestoneIssues,
  createMilestoneInput,
  replanMilestoneInput,
  replanMilestoneIssues,
  updateMilestoneInput,
} from '@switchoff/domain/schemas';
import { getRoadmap } from '../reads/roadmap';
import { comunePageProcedure, comuneProcedure, router } from '../trpc';
import { completeMilestone, createMilestone, updateMilestone } from '../writes/milestones';
import { annulReplan, replanMilestone } from '../writes/replans';
import { writeComuneEdit } from './comune-edit';

export const milestonesRouter = router({
  /** The roadmap; internal milestones, notes, versions and comments for readers of internal data. */
  roadmap: comunePageProcedure.query(({ ctx }) =>
    getRoadmap(ctx.db, { found: ctx, today: ctx.today(), internal: ctx.internal }),
  ),
  create: comuneProcedure('edit').input(createMilestoneInput).mutation(writeComuneEdit(createMilestone)),
  update: comuneProcedure('edit').input(updateMilestoneInput).mutation(writeComuneEdit(updateMilestone)),
  replan: comuneProcedure('edit')
    .input(replanMilestoneInput)
    .mutation(writeComuneEdit(replanMilestone, replanMilestoneIssues)),
  /** Annuls the latest re-plan in force with a reason, restoring the previous plan; nothing is deleted. */
  annulReplan: comuneProcedure('edit').input(annulReplanInput).mutation(writeComuneEdit(annulReplan)),
  complete: comuneProcedure('edit')
    .input(completeMilestoneInput)
    .mutation(writeComuneEdit(completeMilestone, completeMilestoneIssues)),
});

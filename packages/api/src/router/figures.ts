import { figuresGridInput, saveMonthsInput, saveMonthsIssues } from '@switchoff/domain/schemas';
import { getFiguresGrid } from '../reads/figures-grid';
import { comuneProcedure, router } from '../trpc';
import { saveMonths } from '../writes/figures';
import { writeComuneEdit } from './comune-edit';

export const figuresRouter = router({
  /** The month-by-channel grid of a service, with each month's version. */
  months: comuneProcedure('internal')
    .input(figuresGridInput)
    .query(({ ctx, input }) => getFiguresGrid(ctx.db, { comune: ctx.comune, slug: input.slug, today: ctx.today() })),
  /** Adds and corrects months of the grid in one go (months up to the last complete one). */
  saveMonths: comuneProcedure('edit').input(saveMonthsInput).mutation(writeComuneEdit(saveMonths, saveMonthsIssues)),
});

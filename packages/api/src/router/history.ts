import { monthOf } from '@switchoff/domain';
import { milestoneHistoryInput, monthHistoryInput, serviceHistoryInput } from '@switchoff/domain/schemas';
import type { z } from 'zod';
import { exportMonthHistory } from '../data-io/history-export';
import { milestoneHistory, monthHistory, serviceHistory } from '../reads/history';
import type { ComuneRow } from '../reads/lookup';
import { comuneProcedure, router } from '../trpc';

/** The comune's month of changes asked for, with its filters (this month unless said). */
function monthAsked(ctx: { comune: ComuneRow; now: () => Date }, input: z.infer<typeof monthHistoryInput>) {
  // Audit timestamps come from the clock, so "this month" does too (not the calendar of `today`).
  const month = input.month ?? monthOf(ctx.now().toISOString());
  return { comune: ctx.comune, month, kind: input.kind, person: input.person };
}

export const historyRouter = router({
  /** Every change of a service and its figures, for readers of the comune's internal data. */
  forService: comuneProcedure('internal')
    .input(serviceHistoryInput)
    .query(({ ctx, input }) => serviceHistory(ctx.db, { comune: ctx.comune, slug: input.slug })),
  forMilestone: comuneProcedure('internal')
    .input(milestoneHistoryInput)
    .query(({ ctx, input }) => milestoneHistory(ctx.db, { comune: ctx.comune, id: input.id })),
  /** What changed in the comune in a month (this month unless said), for the consortium's staff. */
  thisMonth: comuneProcedure('edit')
    .input(monthHistoryInput)
    .query(({ ctx, input }) => monthHistory(ctx.db, monthAsked(ctx, input))),
  /** The same changes as a CSV file (Italian columns, formulas guarded), for the same staff. */
  monthCsv: comuneProcedure('edit')
    .input(monthHistoryInput)
    .query(({ ctx, input }) => exportMonthHistory(ctx.db, monthAsked(ctx, input))),
});

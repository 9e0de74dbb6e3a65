import { monthOf } from '@switchoff/domain';
import { milestoneHistoryInput, monthHistoryInput, serviceHistoryInput } from '@switchoff/domain/schemas';
import { exportMonthHistory } from '../data-io/history-export';
import { milestoneHistory, monthHistory, serviceHistory } from '../reads/history';
import { comuneProcedure, router } from '../trpc';

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
    // Audit timestamps come from the clock, so "this month" does too (not the calendar of `today`).
    .query(({ ctx, input }) =>
      monthHistory(ctx.db, {
        comune: ctx.comune,
        month: input.month ?? monthOf(ctx.now().toISOString()),
        kind: input.kind,
        person: input.person,
      }),
    ),
  /** The same changes as a CSV file (Italian columns, formulas guarded), for the same staff. */
  monthCsv: comuneProcedure('edit')
    .input(monthHistoryInput)
    .query(({ ctx, input }) =>
      exportMonthHistory(ctx.db, {
        comune: ctx.comune,
        month: input.month ?? monthOf(ctx.now().toISOString()),
        kind: input.kind,
        person: input.person,
      }),
    ),
});

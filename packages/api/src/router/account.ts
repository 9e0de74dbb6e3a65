import { emailPreferencesInput, rowIdInput } from '@switchoff/domain/schemas';
import { createCalendarToken, listCalendarTokens, revokeCalendarToken } from '../calendar/calendar-tokens';
import { authedProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';
import { readEmailPreferences, saveEmailPreferences } from '../writes/email-preferences';

/** What every logged-in person sets for themselves: their emails and their private calendar addresses. */
export const accountRouter = router({
  preferences: authedProcedure.query(({ ctx }) => readEmailPreferences(ctx.db, ctx.user.id)),
  setPreferences: authedProcedure
    .input(emailPreferencesInput)
    .mutation(({ ctx, input }) =>
      saveEmailPreferences(ctx.db, { userId: ctx.user.id, author: authorOf(ctx.user), input }),
    ),
  calendars: authedProcedure.query(({ ctx }) => listCalendarTokens(ctx.db, ctx.user.id)),
  /** A new private calendar address; its token is in this answer only. */
  createCalendar: authedProcedure.mutation(({ ctx }) =>
    createCalendarToken(ctx.db, { userId: ctx.user.id, author: authorOf(ctx.user) }),
  ),
  revokeCalendar: authedProcedure
    .input(rowIdInput)
    .mutation(({ ctx, input }) =>
      revokeCalendarToken(ctx.db, { userId: ctx.user.id, id: input.id, author: authorOf(ctx.user), now: ctx.now() }),
    ),
});

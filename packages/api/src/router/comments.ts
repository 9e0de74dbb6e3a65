import { addCommentInput } from '@switchoff/domain/schemas-editing';
import { authorOf } from '../queries/audit';
import { addComment } from '../queries/comments';
import { comuneProcedure, router } from '../trpc';

export const commentsRouter = router({
  /** A comment on the comune, one of its services or milestones; council members and staff. */
  add: comuneProcedure('comment')
    .input(addCommentInput)
    .mutation(({ ctx, input }) =>
      addComment(ctx.db, { comune: ctx.comune, user: ctx.user, author: authorOf(ctx.user), ...input }),
    ),
});

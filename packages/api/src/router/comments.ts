import { addCommentInput } from '@switchoff/domain/schemas';
import { comuneProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';
import { addComment } from '../writes/comments';

export const commentsRouter = router({
  /** A comment on the comune, one of its services or milestones; council members and staff. */
  add: comuneProcedure('comment')
    .input(addCommentInput)
    .mutation(({ ctx, input }) =>
      addComment(ctx.db, { comune: ctx.comune, user: ctx.user, author: authorOf(ctx.user), ...input }),
    ),
});

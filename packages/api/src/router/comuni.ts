import { slug } from '@switchoff/domain/schemas';
import { z } from 'zod';
import { listComuni } from '../reads/comuni-list';
import { getComuneOverview } from '../reads/overview';
import { getSetupChecklist } from '../reads/setup-checklist';
import { comunePageProcedure, comuneProcedure, publicProcedure, router } from '../trpc';

/** The light list's filters: a consortium, a part of the name or the start of the ISTAT code. */
const listInput = z
  .object({
    consortium: slug.optional(),
    search: z.string().max(80).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .optional();

export const comuniRouter = router({
  overview: comunePageProcedure.query(({ ctx }) =>
    getComuneOverview(ctx.db, { found: ctx, today: ctx.today(), internal: ctx.internal }),
  ),
  /** What a new comune still lacks (services, figures, milestones, a council account): its staff's checklist. */
  setupChecklist: comuneProcedure('edit').query(({ ctx }) => getSetupChecklist(ctx.db, ctx.comune)),
  /** Comuni by name with their consortium, public fields only: for finding a comune, instead of whole portfolios. */
  list: publicProcedure
    .meta({ publicRead: true })
    .input(listInput)
    .query(({ ctx, input }) =>
      listComuni(ctx.db, { consortium: input?.consortium, search: input?.search, limit: input?.limit ?? 50 }),
    ),
});

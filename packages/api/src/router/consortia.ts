import { slug } from '@switchoff/domain/schemas';
import { z } from 'zod';
import { getPortfolio, getServiceAcross, listConsortia } from '../reads/portfolio';
import { consortiumProcedure, publicProcedure, router } from '../trpc';

export const consortiaRouter = router({
  list: publicProcedure.query(({ ctx }) => listConsortia(ctx.db)),
  /** Comuni side by side; internal services and milestones count for the consortium's staff only. */
  portfolio: consortiumProcedure('slug').query(({ ctx }) =>
    getPortfolio(ctx.db, { consortium: ctx.consortium, today: ctx.today(), internal: ctx.internal }),
  ),
  serviceAcross: consortiumProcedure('consortium')
    .input(z.object({ service: slug }))
    .query(({ ctx, input }) =>
      getServiceAcross(ctx.db, {
        consortium: ctx.consortium,
        service: input.service,
        today: ctx.today(),
        internal: ctx.internal,
      }),
    ),
});

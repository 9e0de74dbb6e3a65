import { slug } from '@switchoff/domain/schemas';
import { z } from 'zod';
import { getPortfolio, getServiceAcross, listConsortia } from '../reads/portfolio';
import { consortiumProcedure, publicProcedure, router } from '../trpc';

export const consortiaRouter = router({
  list: publicProcedure.meta({ publicRead: true }).query(({ ctx }) => listConsortia(ctx.db)),
  /** Comuni side by side; internal services and milestones count for the consortium's staff only. */
  portfolio: consortiumProcedure('slug')
    .meta({ publicRead: true, expensive: true })
    .query(({ ctx }) =>
      getPortfolio(ctx.db, { consortium: ctx.consortium, today: ctx.today(), internal: ctx.internal }),
    ),
  serviceAcross: consortiumProcedure('consortium')
    .meta({ publicRead: true, expensive: true })
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

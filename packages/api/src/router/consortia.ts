import { catalogueServiceRef, consortiumRef } from '@switchoff/domain/schemas';
import { getPortfolio, getServiceAcross, listConsortia } from '../queries/portfolio';
import { publicProcedure, router } from '../trpc';

export const consortiaRouter = router({
  list: publicProcedure.query(({ ctx }) => listConsortia(ctx.db)),
  portfolio: publicProcedure
    .input(consortiumRef)
    .query(({ ctx, input }) => getPortfolio(ctx.db, { slug: input.slug, today: ctx.today() })),
  serviceAcross: publicProcedure
    .input(catalogueServiceRef)
    .query(({ ctx, input }) => getServiceAcross(ctx.db, { ...input, today: ctx.today() })),
});

import { serviceRef } from '@switchoff/domain/schemas';
import { getServicePage } from '../queries/service-page';
import { publicProcedure, router } from '../trpc';

export const servicesRouter = router({
  get: publicProcedure
    .input(serviceRef)
    .query(({ ctx, input }) => getServicePage(ctx.db, { ...input, today: ctx.today() })),
});

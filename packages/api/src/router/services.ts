import { slug } from '@switchoff/domain/schemas';
import { z } from 'zod';
import { getServicePage } from '../queries/service-page';
import { comuneProcedure, router } from '../trpc';

export const servicesRouter = router({
  get: comuneProcedure('view')
    .input(z.object({ slug }))
    .query(({ ctx, input }) => getServicePage(ctx.db, { found: ctx, slug: input.slug, today: ctx.today() })),
});

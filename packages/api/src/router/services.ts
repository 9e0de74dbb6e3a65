import {
  createServiceInput,
  createServiceIssues,
  recordStageInput,
  recordStageIssues,
  setupServicesInput,
  slug,
  updateServiceInput,
} from '@switchoff/domain/schemas';
import { z } from 'zod';
import { listAddableServices } from '../reads/catalogue';
import { getServicePage } from '../reads/service-page';
import { comunePageProcedure, comuneProcedure, router } from '../trpc';
import { setupServices } from '../writes/comune-setup';
import { createService, recordStageChange, updateService } from '../writes/services';
import { writeComuneEdit } from './comune-edit';

export const servicesRouter = router({
  /** The service page; internal services, notes, versions and comments for readers of internal data. */
  get: comunePageProcedure
    .input(z.object({ slug }))
    .query(({ ctx, input }) =>
      getServicePage(ctx.db, { found: ctx, slug: input.slug, today: ctx.today(), internal: ctx.internal }),
    ),
  /** Catalogue services the comune does not offer yet, for the "add a service" form. */
  addable: comuneProcedure('edit').query(({ ctx }) => listAddableServices(ctx.db, ctx.comune)),
  /** The services a new comune offers, from the catalogue, each with its stage and since when: all or none. */
  setup: comuneProcedure('edit').input(setupServicesInput).mutation(writeComuneEdit(setupServices)),
  recordStage: comuneProcedure('edit')
    .input(recordStageInput)
    .mutation(writeComuneEdit(recordStageChange, recordStageIssues)),
  create: comuneProcedure('edit')
    .input(createServiceInput)
    .mutation(writeComuneEdit(createService, createServiceIssues)),
  update: comuneProcedure('edit').input(updateServiceInput).mutation(writeComuneEdit(updateService)),
});

import {
  comuneSettingsInput,
  createCatalogueEntryInput,
  createUserInput,
  disableUserInput,
  updateCatalogueEntryInput,
} from '@switchoff/domain/schemas-admin';
import {
  createCatalogueEntry,
  listCatalogue,
  updateCatalogueEntry,
  updateComuneSettings,
} from '../queries/admin-settings';
import { createConsortiumUser, disableConsortiumUser, listConsortiumUsers } from '../queries/admin-users';
import { authorOf } from '../queries/audit';
import { adminProcedure, comuneProcedure, router } from '../trpc';

/** What a consortium's admins manage: always their own consortium's accounts and comuni. */
export const adminRouter = router({
  users: router({
    list: adminProcedure.query(({ ctx }) => listConsortiumUsers(ctx.db, ctx.user.consortiumId)),
    create: adminProcedure
      .input(createUserInput)
      .mutation(({ ctx, input }) =>
        createConsortiumUser(ctx.db, { consortiumId: ctx.user.consortiumId, author: authorOf(ctx.user), input }),
      ),
    disable: adminProcedure.input(disableUserInput).mutation(({ ctx, input }) =>
      disableConsortiumUser(ctx.db, {
        consortiumId: ctx.user.consortiumId,
        selfId: ctx.user.id,
        author: authorOf(ctx.user),
        input,
      }),
    ),
  }),
  comuni: router({
    /** A comune's take-up target, assisted desk and internal note. */
    update: comuneProcedure('administer')
      .input(comuneSettingsInput)
      .mutation(({ ctx, input }) =>
        updateComuneSettings(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), input }),
      ),
  }),
  /** The catalogue is shared by every consortium of the installation, so comuni compare. */
  catalogue: router({
    list: adminProcedure.query(({ ctx }) => listCatalogue(ctx.db, ctx.user.consortiumId)),
    create: adminProcedure
      .input(createCatalogueEntryInput)
      .mutation(({ ctx, input }) =>
        createCatalogueEntry(ctx.db, { consortiumId: ctx.user.consortiumId, author: authorOf(ctx.user), input }),
      ),
    update: adminProcedure
      .input(updateCatalogueEntryInput)
      .mutation(({ ctx, input }) =>
        updateCatalogueEntry(ctx.db, { consortiumId: ctx.user.consortiumId, author: authorOf(ctx.user), input }),
      ),
  }),
});

import type { Db } from '@switchoff/db';
import { token } from '@switchoff/domain';
import {
  comuneSettingsInput,
  createCatalogueEntryInput,
  createUserInput,
  disableUserInput,
  outboxListInput,
  rowIdInput,
  updateCatalogueEntryInput,
  updateUserInput,
  userVersionInput,
} from '@switchoff/domain/schemas';
import type { SessionUser } from '../access';
import { notFound } from '../errors';
import { listOutbox, retryFailedEmail } from '../mail/outbox-admin';
import { type CatalogueViewer, listCatalogue, listConsortiumUsers } from '../reads/admin';
import { findOperator } from '../reads/backups';
import { adminProcedure, catalogueEntryProcedure, comuneProcedure, router } from '../trpc';
import { createCatalogueEntry, updateCatalogueEntry, updateComuneSettings } from '../writes/admin-settings';
import { enableConsortiumUser, resetConsortiumUserPassword, updateConsortiumUser } from '../writes/admin-user-changes';
import { createConsortiumUser, disableConsortiumUser } from '../writes/admin-users';
import { type Author, authorOf } from '../writes/audit';
import { comuniAdminProcedures, consortiaAdminRouter } from './admin-installation';

const catalogueViewer = (ctx: { db: Db; user: SessionUser; operator: string | null }): CatalogueViewer => ({
  user: ctx.user,
  operatorId: findOperator(ctx.db, ctx.operator)?.id ?? null,
});

/**
 * The resolver of a change of an account: always of the admin's own consortium, with who changes
 * it (`selfId`: the admin, who may not take some changes on themselves) and the checked input.
 */
const changeUser =
  <I, R>(change: (db: Db, params: { consortiumId: number; selfId: number; author: Author; input: I }) => R) =>
  ({ ctx, input }: { ctx: { db: Db; user: SessionUser }; input: I }): R =>
    change(ctx.db, { consortiumId: ctx.user.consortiumId, selfId: ctx.user.id, author: authorOf(ctx.user), input });

/** What a consortium's admins manage: always their own consortium's accounts and comuni. */
export const adminRouter = router({
  users: router({
    list: adminProcedure.query(({ ctx }) => listConsortiumUsers(ctx.db, ctx.user.consortiumId)),
    create: adminProcedure
      .input(createUserInput)
      .mutation(({ ctx, input }) =>
        createConsortiumUser(ctx.db, { consortiumId: ctx.user.consortiumId, author: authorOf(ctx.user), input }),
      ),
    disable: adminProcedure.input(disableUserInput).mutation(changeUser(disableConsortiumUser)),
    /** Lets a disabled account log in again. */
    enable: adminProcedure.input(userVersionInput).mutation(changeUser(enableConsortiumUser)),
    /** A new role and comuni; not the admin role away from oneself. */
    update: adminProcedure.input(updateUserInput).mutation(changeUser(updateConsortiumUser)),
    /** A generated password, in this answer only; the account's sessions end. */
    resetPassword: adminProcedure.input(userVersionInput).mutation(changeUser(resetConsortiumUserPassword)),
  }),
  consortia: consortiaAdminRouter,
  /** The emails to the consortium's accounts, latest first, a page at a time; a failed one can be tried again. */
  outbox: router({
    list: adminProcedure
      .input(outboxListInput)
      .query(({ ctx, input }) => listOutbox(ctx.db, { consortiumId: ctx.user.consortiumId, ...input })),
    retry: adminProcedure.input(rowIdInput).mutation(({ ctx, input }) => {
      const params = { id: input.id, consortiumId: ctx.user.consortiumId, now: ctx.now() };
      if (!retryFailedEmail(ctx.db, params)) notFound(token('outbox.notFound', { id: input.id }));
      return { id: input.id };
    }),
  }),
  comuni: router({
    ...comuniAdminProcedures,
    /** A comune's take-up target, assisted desk and internal note. */
    update: comuneProcedure('administer')
      .input(comuneSettingsInput)
      .mutation(({ ctx, input }) =>
        updateComuneSettings(ctx.db, { comune: ctx.comune, author: authorOf(ctx.user), input }),
      ),
  }),
  /**
   * The catalogue is read by every consortium of the installation, so comuni compare; an entry is
   * changed only by who owns it (its consortium, or the operator's admins for a shared one).
   */
  catalogue: router({
    list: adminProcedure.query(({ ctx }) => listCatalogue(ctx.db, catalogueViewer(ctx))),
    create: adminProcedure
      .input(createCatalogueEntryInput)
      .mutation(({ ctx, input }) =>
        createCatalogueEntry(ctx.db, { viewer: catalogueViewer(ctx), author: authorOf(ctx.user), input }),
      ),
    update: catalogueEntryProcedure
      .input(updateCatalogueEntryInput)
      .mutation(({ ctx, input }) =>
        updateCatalogueEntry(ctx.db, { viewer: catalogueViewer(ctx), author: authorOf(ctx.user), input }),
      ),
  }),
});

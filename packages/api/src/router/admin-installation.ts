import type { Db } from '@switchoff/db';
import {
  addComuneInput,
  archiveComuneInput,
  createConsortiumInput,
  updateConsortiumInput,
} from '@switchoff/domain/schemas';
import { z } from 'zod';
import type { SessionUser } from '../access';
import { appError } from '../errors';
import { findOperator } from '../reads/backups';
import { listConsortiaFor, listConsortiumComuni } from '../reads/installation';
import { findConsortium, findConsortiumById } from '../reads/lookup';
import { adminProcedure, comuneProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';
import { addComune, archiveComune, createConsortium, updateConsortium } from '../writes/consortia';

/** Whether the admin works for the consortium that runs the installation (SWITCHOFF_OPERATOR). */
function isOperatorAdmin(ctx: { db: Db; user: SessionUser; operator: string | null }): boolean {
  return findOperator(ctx.db, ctx.operator)?.id === ctx.user.consortiumId;
}

/**
 * The consortium an admin acts on: their own, or — for the operator's admins only — the one
 * named. Another consortium's admin naming one not theirs is refused.
 */
function targetConsortium(ctx: { db: Db; user: SessionUser; operator: string | null }, slug: string | undefined) {
  const consortium =
    slug === undefined ? findConsortiumById(ctx.db, ctx.user.consortiumId) : findConsortium(ctx.db, slug);
  if (consortium === null) throw appError('FORBIDDEN', 'auth.adminsOnly');
  if (consortium.id !== ctx.user.consortiumId && !isOperatorAdmin(ctx)) {
    throw appError('FORBIDDEN', 'consortium.operatorOnly');
  }
  return consortium;
}

const consortiumChoice = z.object({ consortium: updateConsortiumInput.shape.slug.optional() });

/** Consortia: the operator's admins add any; a consortium's admins change their own. */
export const consortiaAdminRouter = router({
  list: adminProcedure.query(({ ctx }) => ({
    operator: isOperatorAdmin(ctx),
    own: ctx.user.consortiumId,
    consortia: listConsortiaFor(ctx.db, { consortiumId: ctx.user.consortiumId, operator: isOperatorAdmin(ctx) }),
  })),
  create: adminProcedure.input(createConsortiumInput).mutation(({ ctx, input }) => {
    if (!isOperatorAdmin(ctx)) throw appError('FORBIDDEN', 'consortium.operatorOnly');
    return createConsortium(ctx.db, { author: authorOf(ctx.user), input });
  }),
  update: adminProcedure.input(updateConsortiumInput).mutation(({ ctx, input }) => {
    const consortium = targetConsortium(ctx, input.slug);
    return updateConsortium(ctx.db, { author: authorOf(ctx.user), consortium, input });
  }),
});

/** A consortium's comuni: taken from the ISTAT registry, archived (never deleted). */
export const comuniAdminProcedures = {
  /** Every comune of the admin's consortium (or the one the operator names), archived ones too. */
  list: adminProcedure.input(consortiumChoice).query(({ ctx, input }) => {
    const consortium = targetConsortium(ctx, input.consortium);
    return { consortium: consortium.slug, comuni: listConsortiumComuni(ctx.db, consortium.id) };
  }),
  add: adminProcedure.input(addComuneInput).mutation(({ ctx, input }) => {
    const consortium = targetConsortium(ctx, input.consortium);
    return addComune(ctx.db, { author: authorOf(ctx.user), consortium, input });
  }),
  archive: comuneProcedure('administer')
    .input(archiveComuneInput)
    .mutation(({ ctx, input }) => archiveComune(ctx.db, { author: authorOf(ctx.user), comune: ctx.comune, input })),
};

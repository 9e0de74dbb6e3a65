import { istatCode } from '@switchoff/domain/schemas';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import { canComment, canEdit, canReadInternal } from './access';
import type { Context } from './context';
import { findComune } from './queries/lookup';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // One message per field, so a form can show each next to its input.
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, logged in or not. */
export const publicProcedure = t.procedure;

/** A logged-in person; UNAUTHORIZED otherwise. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Accedi per continuare' });
  return next({ ctx: { user: ctx.user } });
});

/** Consortium staff: editors and admins. */
export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === 'council') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Riservato al personale del consorzio' });
  }
  return next();
});

export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Riservato agli amministratori del consorzio' });
  }
  return next();
});

/**
 * A procedure about one comune (input `{ istat }`): the comune is resolved and access checked
 * here, once, so resolvers never repeat tenancy. `view` is open to all and tells whether the
 * caller may also read internal items; `comment` and `edit` refuse whoever may not.
 */
export function comuneProcedure(access: 'view' | 'comment' | 'edit') {
  return t.procedure.input(z.object({ istat: istatCode })).use(({ ctx, input, next }) => {
    if (access !== 'view' && !ctx.user) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Accedi per continuare' });
    }
    const found = findComune(ctx.db, input.istat);
    const allowed =
      access === 'view' ||
      (access === 'edit' ? canEdit(ctx.user, found.comune) : canComment(ctx.user, found.comune));
    if (!allowed) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Non hai accesso al comune di ${found.comune.name}` });
    }
    return next({ ctx: { ...found, internal: canReadInternal(ctx.user, found.comune) } });
  });
}

import {
  type ComunePlace,
  canAdministerConsortium,
  canChangeCatalogueEntry,
  canCommentOnComune,
  canEditComune,
  canEditConsortium,
  canReadComune,
  canReadConsortium,
  isAdmin,
  isStaff,
  italianText,
  MESSAGES,
  type MessageCode,
  type Viewer,
} from '@switchoff/domain';
import { istatCode, slug } from '@switchoff/domain/schemas';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { placeOf, type SessionUser, viewerOf } from './access';
import { guardedCall, type ProcedureMeta } from './call-guard';
import type { Context } from './context';
import { errorData } from './error-format';
import { appError } from './errors';
import { findOperator } from './reads/backups';
import { findCatalogueEntry } from './reads/catalogue';
import { findComune, findConsortium, findDataScope } from './reads/lookup';

export type { ProcedureMeta };

/**
 * Stacks in errors only in development: the server's bundle is production (build.mjs), whatever
 * NODE_ENV its environment has; `pnpm dev` and the tests run the sources and keep them.
 */
const isDev = process.env.NODE_ENV !== 'production';

const withMeta = initTRPC.context<Context>().meta<ProcedureMeta>();
const t = withMeta.create({
  isDev,
  errorFormatter({ shape, error }) {
    const data = errorData(error);
    // In production a fault's own text (a driver's message, a file name) stays in the server's log.
    const message = !isDev && error.code === 'INTERNAL_SERVER_ERROR' ? italianText(data.appError) : shape.message;
    return { ...shape, message, data: { ...shape.data, ...data } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure runs in the call guard (call-guard.ts: the read budget, the busy retry, a public read's transaction). */
const procedure = t.procedure.use((opts) => guardedCall(opts, () => opts.next()));

/** Anyone, logged in or not. */
export const publicProcedure = procedure;

/** A logged-in person; UNAUTHORIZED otherwise. */
export const authedProcedure = t.procedure.use((opts) => {
  const { user } = opts.ctx;
  if (!user) throw appError('UNAUTHORIZED', 'auth.loginRequired');
  // The check reads no database: the call guard runs after it, in the same middleware.
  return guardedCall(opts, () => opts.next({ ctx: { user } }));
});

/**
 * A logged-in person, checked before anything reads the input (procedures add `.input()` after
 * it), so an anonymous caller learns nothing of what a procedure expects: UNAUTHORIZED, never a
 * refusal of the input. The context keeps its type. It runs before the call guard of the
 * procedures that begin with it (comuneProcedure, dataScopeProcedure): it reads no database.
 */
const requireLogin = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw appError('UNAUTHORIZED', 'auth.loginRequired');
  return next();
});

/**
 * A logged-in person whose role `allowed` accepts, checked and guarded in one middleware (like
 * `authedProcedure`); UNAUTHORIZED, then FORBIDDEN with `refusal`.
 */
function roleProcedure(allowed: (viewer: Viewer<number> | null) => boolean, refusal: MessageCode) {
  return t.procedure.use((opts) => {
    const { user } = opts.ctx;
    if (!user) throw appError('UNAUTHORIZED', 'auth.loginRequired');
    if (!allowed(viewerOf(user))) throw appError('FORBIDDEN', refusal);
    return guardedCall(opts, () => opts.next({ ctx: { user } }));
  });
}

/** Consortium staff: editors and admins. */
export const staffProcedure = roleProcedure(isStaff, 'auth.staffOnly');

/** A consortium's admins; what they manage is always their own consortium's. */
export const adminProcedure = roleProcedure(isAdmin, 'auth.adminsOnly');

/**
 * What a procedure about one comune requires:
 * - `view`: anyone; `ctx.internal` tells whether internal items and notes may be shown;
 * - `internal`: whoever reads the comune's internal data (its council, its consortium's staff);
 * - `comment`: whoever may comment (the same people);
 * - `edit`: the staff of the comune's consortium;
 * - `administer`: the admins of the comune's consortium.
 */
export type ComuneAccess = 'view' | 'internal' | 'comment' | 'edit' | 'administer';

/**
 * A procedure about one comune (input `{ istat }`): the comune is resolved and access checked
 * here, once, so resolvers never repeat tenancy. Everything but `view` refuses an anonymous
 * caller with UNAUTHORIZED before any input is read, and a caller without the right with
 * FORBIDDEN before the rest of the input is validated. The comune is resolved inside the call
 * guard, in the same middleware (call-guard.ts: a middleware fewer on every comune's page).
 */
export function comuneProcedure<A extends ComuneAccess>(access: A) {
  const base = access === 'view' ? t.procedure : t.procedure.use(requireLogin);
  return base.input(z.object({ istat: istatCode })).use((opts) =>
    guardedCall(opts, () => {
      const { ctx, input, next } = opts;
      const { user } = ctx;
      const found = findComune(ctx.db, input.istat);
      const viewer = viewerOf(user);
      const place = placeOf(found.comune);
      const internal = canReadComune(viewer, place);
      // An archived comune is hidden from the public (its rows kept); its staff and council still reach it.
      if (found.comune.archivedAt !== null && !internal)
        throw appError('NOT_FOUND', 'comune.notFound', { istat: input.istat });
      if (!allows[access](viewer, place, internal)) {
        const code: (typeof refusal)[ComuneAccess] = refusal[access];
        throw appError('FORBIDDEN', code, { comune: found.comune.name });
      }
      // Every access but `view` has refused an anonymous caller before the input (requireLogin).
      return next({ ctx: { ...found, internal, user: user as UserFor<A> } });
    }),
  );
}

/**
 * A public page of one comune (`view`): anyone, internal items only for who may read them;
 * declared a public read, so the server caches and revalidates it and a busy database retries it.
 */
export const comunePageProcedure = comuneProcedure('view').meta({ publicRead: true });

/**
 * Whether the caller has the access asked for, by the domain's rules (only that rule runs);
 * `internal` is canReadComune's answer.
 */
const allows: Record<
  ComuneAccess,
  (viewer: Viewer<number> | null, place: ComunePlace<number>, internal: boolean) => boolean
> = {
  view: () => true,
  internal: (_viewer, _place, internal) => internal,
  comment: canCommentOnComune,
  edit: canEditComune,
  administer: (viewer, place) => canAdministerConsortium(viewer, place.consortium),
};

/** Why a caller who may read the comune is still refused: the message names what is missing. */
const refusal = {
  view: 'access.comune',
  internal: 'access.comuneInternal',
  comment: 'access.comment',
  edit: 'access.edit',
  administer: 'access.administer',
} as const satisfies Record<ComuneAccess, MessageCode>;

type UserFor<A extends ComuneAccess> = A extends 'view' ? SessionUser | null : SessionUser;

/**
 * A public procedure about one consortium, named by its slug in the input field `key`.
 * `ctx.internal` is true for the consortium's own staff only (not its council members,
 * who read their comuni, not the whole consortium's internal data).
 */
export function consortiumProcedure<K extends string>(key: K) {
  const input = z.object({ [key]: slug } as { [P in K]: typeof slug });
  return t.procedure.input(input).use((opts) =>
    guardedCall(opts, () => {
      const { ctx, next } = opts;
      const consortium = findConsortium(ctx.db, (opts.input as Record<K, string>)[key]);
      return next({ ctx: { consortium, internal: canReadConsortium(viewerOf(ctx.user), consortium.id) } });
    }),
  );
}

/** One comune (`{ istat }`) or a whole consortium (`{ consortium }`), for imports and exports. */
export const dataScope = z.union([z.object({ istat: istatCode }).strict(), z.object({ consortium: slug }).strict()], {
  error: MESSAGES['access.scopeRequired'],
});

/**
 * A procedure on the data of one comune or of a whole consortium (input `{ scope }`), for the
 * consortium's staff only: tenancy is checked here, like `comuneProcedure('edit')`.
 */
export const dataScopeProcedure = t.procedure
  .use(requireLogin)
  .input(z.object({ scope: dataScope }))
  .use((opts) =>
    guardedCall(opts, () => {
      const { ctx, input, next } = opts;
      const { user } = ctx;
      // requireLogin has refused an anonymous caller; this narrows the type.
      if (!user) throw appError('UNAUTHORIZED', 'auth.loginRequired');
      const scope = findDataScope(ctx.db, input.scope);
      const [only] = scope.comuni;
      const viewer = viewerOf(user);
      const allowed =
        scope.kind === 'comune' && only
          ? canEditComune(viewer, placeOf(only))
          : canEditConsortium(viewer, scope.consortium.id);
      if (!allowed) {
        throw scope.kind === 'comune' && only
          ? appError('FORBIDDEN', 'access.comune', { comune: only.name })
          : appError('FORBIDDEN', 'access.consortium', { consortium: scope.consortium.name });
      }
      return next({ ctx: { scope, user } });
    }),
  );

/**
 * A change to one catalogue entry (input `{ slug }`), for who owns it (`canChangeCatalogueEntry`):
 * every consortium reads and uses the catalogue, so one admin must not rename another's entry.
 */
export const catalogueEntryProcedure = adminProcedure.input(z.object({ slug })).use(({ ctx, input, next }) => {
  const entry = findCatalogueEntry(ctx.db, input.slug);
  const operator = findOperator(ctx.db, ctx.operator);
  if (!canChangeCatalogueEntry(viewerOf(ctx.user), { owner: entry.ownerConsortiumId }, operator?.id ?? null)) {
    const owner = entry.ownerName ?? operator?.name;
    throw owner
      ? appError('FORBIDDEN', 'catalogue.notOwner', { entry: entry.name, owner })
      : appError('FORBIDDEN', 'catalogue.operatorOwns', { entry: entry.name });
  }
  return next();
});

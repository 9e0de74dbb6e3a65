import { inReadTransaction } from '@switchoff/db';
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
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { placeOf, type SessionUser, viewerOf } from './access';
import { addressKey } from './auth/rate-limit';
import { retryWhileBusy } from './busy-retry';
import type { Context } from './context';
import { errorData } from './error-format';
import { appError, DATABASE_BUSY_MESSAGE, DatabaseBusy, isDatabaseBusy } from './errors';
import { ReadBudgetExceeded } from './read-budget';
import { findOperator } from './reads/backups';
import { findCatalogueEntry } from './reads/catalogue';
import { findComune, findConsortium, findDataScope } from './reads/lookup';

/**
 * What a procedure says about itself with `.meta()`, for the HTTP layer (apps/server), which
 * reads it from the router instead of keeping lists of names.
 */
export type ProcedureMeta = {
  /**
   * The same answer for everyone who is not logged in: a browser or proxy may keep it and ask
   * again with its ETag. Only for queries whose answer depends on the input alone.
   */
  publicRead?: boolean;
  /**
   * A read that costs tens of milliseconds at national scale (a whole report, a portfolio,
   * the national summary): each call counts against the caller's address budget.
   */
  expensive?: boolean;
};

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

/**
 * Every procedure: an expensive read (meta) spends one call of the caller's budget, each call of
 * a batch alike, and is refused with 429 and Retry-After when none is left (ReadBudgetExceeded);
 * a call the database refused as busy runs again, after a timer, until the context's
 * `writeWaitMs` has passed (busy-retry.ts), then is a 503 with Retry-After (DatabaseBusy); both
 * are read by the server's responseMeta. Never a 500.
 */
const procedure = t.procedure.use(async ({ ctx, meta, type, next }) => {
  if (meta?.expensive && ctx.readBudget) {
    // Logged in: the account's own budget, so an office shares none with a script behind its address.
    const caller = ctx.user ? `user:${ctx.user.id}` : addressKey(ctx.session.clientAddress);
    const wait = ctx.readBudget.spend(caller, ctx.now().getTime());
    if (wait > 0) {
      const cause = new ReadBudgetExceeded(wait);
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
    }
  }
  // A public read's answer depends on its input alone: it writes nothing, and its statements run
  // in one read transaction, each attempt its own (none is open while the thread waits).
  const publicRead = type === 'query' && meta?.publicRead === true;
  // A call the database refused as busy runs again after a pause, the thread free meanwhile.
  const result = await retryWhileBusy({
    db: ctx.db,
    budgetMs: ctx.writeWaitMs,
    attempt: publicRead ? () => inReadTransaction(ctx.db, next) : () => next(),
    isBusy: (outcome) => !outcome.ok && isDatabaseBusy(outcome.error),
    readOnly: publicRead,
  });
  if (!result.ok && isDatabaseBusy(result.error)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_BUSY_MESSAGE, cause: new DatabaseBusy() });
  }
  return result;
});

/** Anyone, logged in or not. */
export const publicProcedure = procedure;

/** A logged-in person; UNAUTHORIZED otherwise. */
export const authedProcedure = procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw appError('UNAUTHORIZED', 'auth.loginRequired');
  return next({ ctx: { user: ctx.user } });
});

/**
 * A logged-in person, checked before anything reads the input (procedures add `.input()` after
 * it), so an anonymous caller learns nothing of what a procedure expects: UNAUTHORIZED, never a
 * refusal of the input. The context keeps its type, so a procedure can start from here or from
 * `procedure` alike.
 */
const loginFirst = procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw appError('UNAUTHORIZED', 'auth.loginRequired');
  return next();
});

/** Consortium staff: editors and admins. */
export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!isStaff(viewerOf(ctx.user))) {
    throw appError('FORBIDDEN', 'auth.staffOnly');
  }
  return next();
});

/** A consortium's admins; what they manage is always their own consortium's. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!isAdmin(viewerOf(ctx.user))) {
    throw appError('FORBIDDEN', 'auth.adminsOnly');
  }
  return next();
});

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
 * FORBIDDEN before the rest of the input is validated.
 */
export function comuneProcedure<A extends ComuneAccess>(access: A) {
  const base = access === 'view' ? procedure : loginFirst;
  return base.input(z.object({ istat: istatCode })).use(({ ctx, input, next }) => {
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
    // Every access but `view` has refused an anonymous caller before the input (loginFirst).
    return next({ ctx: { ...found, internal, user: user as UserFor<A> } });
  });
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
  return procedure.input(input).use(({ ctx, input, next }) => {
    const consortium = findConsortium(ctx.db, (input as Record<K, string>)[key]);
    return next({ ctx: { consortium, internal: canReadConsortium(viewerOf(ctx.user), consortium.id) } });
  });
}

/** One comune (`{ istat }`) or a whole consortium (`{ consortium }`), for imports and exports. */
export const dataScope = z.union([z.object({ istat: istatCode }).strict(), z.object({ consortium: slug }).strict()], {
  error: MESSAGES['access.scopeRequired'],
});

/**
 * A procedure on the data of one comune or of a whole consortium (input `{ scope }`), for the
 * consortium's staff only: tenancy is checked here, like `comuneProcedure('edit')`.
 */
export const dataScopeProcedure = loginFirst.input(z.object({ scope: dataScope })).use(({ ctx, input, next }) => {
  const { user } = ctx;
  // loginFirst has refused an anonymous caller; this narrows the type.
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
});

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

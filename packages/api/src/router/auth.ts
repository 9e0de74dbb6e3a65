import { logIn, loginInput } from '../auth/login';
import { deleteSession } from '../auth/sessions';
import { describeUser } from '../auth/user-listing';
import { publicProcedure, router } from '../trpc';

export const authRouter = router({
  /** Opens a session (the cookie is set by the transport) and returns who logged in. */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { session, user } = await logIn(ctx.db, { ...input, address: ctx.session.clientAddress, now: ctx.now() });
    // A new login replaces the session the browser held, if any.
    if (ctx.session.token) deleteSession(ctx.db, ctx.session.token);
    ctx.session.setSessionToken(session.token, session.expiresAt);
    return describeUser(ctx.db, user);
  }),
  /** Ends the session of this browser; harmless when logged out. */
  logout: publicProcedure.mutation(({ ctx }) => {
    if (ctx.session.token) deleteSession(ctx.db, ctx.session.token);
    ctx.session.clearSessionToken();
    return null;
  }),
  /** The logged-in person, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? describeUser(ctx.db, ctx.user) : null)),
});

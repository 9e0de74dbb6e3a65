import type { AppRouter } from '@switchoff/api';
import { MAX_BATCH_CALLS } from '@switchoff/domain';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** tRPC hooks for the SPA: `useTRPC()` then `useQuery(trpc.area.procedure.queryOptions(input))`. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** A tRPC client of the app's router (over HTTP in the browser, direct calls on the server). */
export type ApiClient = TRPCClient<AppRouter>;

/**
 * The client talking to the server's tRPC endpoint (proxied by Vite in development). The
 * session cookie travels with every same-origin request; the SPA never sees the token.
 * Tests pass their own `fetch` to answer as the server would. A batch holds at most the
 * calls the server accepts in one request.
 */
export function createApiClient(options: { fetch?: typeof fetch } = {}): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/api/trpc',
        maxItems: MAX_BATCH_CALLS,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });
}

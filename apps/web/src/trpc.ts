import type { AppRouter } from '@switchoff/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** tRPC hooks for the SPA: `useTRPC()` then `useQuery(trpc.area.procedure.queryOptions(input))`. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The client talking to the server's tRPC endpoint (proxied by Vite in development). */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/api/trpc' })],
  });
}

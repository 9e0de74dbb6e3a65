import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from './errors';

/** The SPA's query cache: answers fresh for a minute, client errors not retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: shouldRetry, refetchOnWindowFocus: false } },
  });
}

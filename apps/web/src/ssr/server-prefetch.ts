import { type QueryKey, type UsePrefetchQueryOptions, useQueryClient } from '@tanstack/react-query';

/**
 * On the server, reads an answer a screen will ask for once an earlier one arrives, in the same
 * round as the answers its render asks for now (`RenderQueryClient.fetchAsked` waits for it too):
 * one render fewer. In the browser it does nothing: there the guess could be a request for an
 * answer the screen never shows (an untracked comune's overview is a 404).
 */
export function useServerPrefetch<TData, TError, TKey extends QueryKey>(
  options: UsePrefetchQueryOptions<TData, TError, TData, TData, TKey>,
): void {
  const client = useQueryClient();
  if (import.meta.env.SSR && client.getQueryState(options.queryKey) === undefined) {
    void client.prefetchQuery(options);
  }
}

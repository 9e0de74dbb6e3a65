import type { RouterOutputs } from '@switchoff/api';
import { canEditConsortium, canEditComune as canEditPlace, canReadConsortium, type Viewer } from '@switchoff/domain';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc';

/** The logged-in person as `auth.me` answers, or null for a public visitor. */
export type Me = RouterOutputs['auth']['me'];
export type User = NonNullable<Me>;
export type Role = User['role'];

/** Who is logged in; the session is an httpOnly cookie, so only the server can say. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

type ComuneRef = { istat: string; consortium: { slug: string } };

/** The person as the domain's access rules see them, named by slug and ISTAT codes (what the SPA holds). */
export function viewerOf(me: Me | undefined): Viewer<string> | null {
  return me ? { role: me.role, consortium: me.consortium.slug, comuni: me.comuni.map((c) => c.istat) } : null;
}

const placeOf = (comune: ComuneRef) => ({ comune: comune.istat, consortium: comune.consortium.slug });

/**
 * Whether the person may edit the comune (the domain's rule: its consortium's staff). The
 * server enforces it anyway; this only decides which controls to show.
 */
export function canEditComune(me: Me | undefined, comune: ComuneRef): boolean {
  return canEditPlace(viewerOf(me), placeOf(comune));
}

/** Whether the person reads the consortium's internal portfolio (its staff). */
export function canReadConsortiumOf(me: Me | undefined, consortiumSlug: string): boolean {
  return canReadConsortium(viewerOf(me), consortiumSlug);
}

/** Whether the person imports and exports the data of the whole consortium (its staff). */
export function canEditConsortiumOf(me: Me | undefined, consortiumSlug: string): boolean {
  return canEditConsortium(viewerOf(me), consortiumSlug);
}

/**
 * After a login or logout every answer may differ (internal items, notes, comments), so what
 * was read as the previous person is dropped and shown screens read again; `auth.me` is set.
 */
export function resetForNewViewer(queryClient: QueryClient, meKey: readonly unknown[], me: Me) {
  queryClient.setQueryData(meKey, me);
  const meHash = JSON.stringify(meKey);
  void queryClient.resetQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== meHash });
}

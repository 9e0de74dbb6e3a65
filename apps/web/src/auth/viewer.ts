import type { RouterOutputs } from '@switchoff/api';
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

/**
 * Whether the person may edit the comune: staff (editors, admins) of its consortium. The server
 * enforces it anyway; this only decides which controls to show.
 */
export function canEditComune(me: Me | undefined, comune: ComuneRef): boolean {
  return !!me && me.role !== 'council' && me.consortium.slug === comune.consortium.slug;
}

/** Whether the person reads the comune's internal data (its council, its consortium's staff). */
export function canReadComune(me: Me | undefined, comune: ComuneRef): boolean {
  if (!me) return false;
  if (me.role === 'council') return me.comuni.some((c) => c.istat === comune.istat);
  return me.consortium.slug === comune.consortium.slug;
}

export function isStaff(me: Me | undefined): boolean {
  return !!me && me.role !== 'council';
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

import type { AppRouter } from '@switchoff/api';
import type { IdentifierCheck } from '@switchoff/domain';
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import type { ComponentType, ReactNode } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../components/query-state';
import { useTRPC } from '../trpc';
import { NotFound } from './not-found';

type Check = (value: string | undefined) => IdentifierCheck;

type CheckedParamsProps<K extends string> = {
  /** Each address parameter with its rule (`checkIstat`, `checkSlug`), checked in this order. */
  checks: Record<K, Check>;
  children: (values: Record<K, string>) => ReactNode;
};

/**
 * A screen's address parameters, checked before anything asks the API: the screen gets them
 * trimmed, or the visitor gets the not-found page saying what is wrong with the first bad one.
 */
export function CheckedParams<K extends string>({ checks, children }: CheckedParamsProps<K>) {
  const params = useParams();
  const values: Partial<Record<K, string>> = {};
  for (const key of Object.keys(checks) as K[]) {
    const checked = checks[key](params[key]);
    if (!checked.ok) return <NotFound message={checked.message} />;
    values[key] = checked.value;
  }
  return <>{children(values as Record<K, string>)}</>;
}

/**
 * A route's screen that is `Screen` given its checked address parameters, as props of the same
 * names (`checkedScreen({ istat: checkIstat }, RoadmapLoader)`).
 */
export function checkedScreen<K extends string>(checks: Record<K, Check>, Screen: ComponentType<Record<K, string>>) {
  return function CheckedScreen() {
    return <CheckedParams checks={checks}>{(values) => <Screen {...values} />}</CheckedParams>;
  };
}

/**
 * A route's screen that, given its checked address parameters, asks the API one query (`options`
 * of them, e.g. `(trpc, params) => trpc.milestones.roadmap.queryOptions(params)`) and shows `View`
 * with its answer, or what QueryState says while it is pending or when it failed.
 */
export function queryScreen<K extends string, Data, Key extends QueryKey>(
  checks: Record<K, Check>,
  options: (
    trpc: ReturnType<typeof useTRPC>,
    params: Record<K, string>,
  ) => UseQueryOptions<Data, TRPCClientErrorLike<AppRouter>, Data, Key>,
  View: ComponentType<{ data: Data }>,
) {
  function QueryLoader(params: Record<K, string>) {
    const trpc = useTRPC();
    const query = useQuery(options(trpc, params));
    return <QueryState query={query}>{(data) => <View data={data} />}</QueryState>;
  }
  return checkedScreen(checks, QueryLoader);
}

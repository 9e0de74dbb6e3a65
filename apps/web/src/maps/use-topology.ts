import { useQuery } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import type { GeoFile } from './geo-files';

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}

/** A boundary file, fetched once per visit (its address changes with its content: never stale). */
export function useTopology(file: GeoFile | null) {
  return useQuery({
    queryKey: ['geo', file?.url ?? null],
    queryFn: () => (file === null ? Promise.reject(new Error('no boundary file')) : fetchTopology(file.url)),
    enabled: file !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10 * 60_000,
    retry: 1,
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc';

/**
 * What each kind of change makes stale, and nothing more: a mutation refreshes the answers
 * that show what it touched (the page of the thing, the comune's overview where it counts, the
 * histories, the consortium's views for stages and names), never the whole cache.
 */
export function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(() => {
    const run = (...filters: Parameters<typeof queryClient.invalidateQueries>[0][]) =>
      Promise.all(filters.map((filter) => queryClient.invalidateQueries(filter))).then(() => undefined);
    const changesOf = (istat: string) => trpc.history.thisMonth.queryFilter({ istat });
    return {
      /** A service's stage or details: its page and history, the overview, the consortium's views. */
      service: (istat: string, slug: string) =>
        run(
          trpc.services.get.queryFilter({ istat, slug }),
          trpc.history.forService.queryFilter({ istat, slug }),
          trpc.comuni.overview.queryFilter({ istat }),
          // Milestones name their service.
          trpc.milestones.roadmap.queryFilter({ istat }),
          trpc.consortia.pathFilter(),
          changesOf(istat),
        ),
      /** A new service of the comune. */
      newService: (istat: string) =>
        run(
          trpc.comuni.overview.queryFilter({ istat }),
          trpc.services.addable.queryFilter({ istat }),
          trpc.consortia.pathFilter(),
          changesOf(istat),
        ),
      /** A milestone: the roadmap, the overview's lists, the service pages that list it, its history. */
      milestone: (istat: string, id?: number) =>
        run(
          trpc.milestones.roadmap.queryFilter({ istat }),
          trpc.comuni.overview.queryFilter({ istat }),
          trpc.services.get.queryFilter({ istat }),
          id === undefined
            ? trpc.history.forMilestone.queryFilter({ istat })
            : trpc.history.forMilestone.queryFilter({ istat, id }),
          trpc.consortia.portfolio.pathFilter(),
          changesOf(istat),
        ),
      /** Monthly figures of a service: the grid, the service's page and history, the take-up views. */
      figures: (istat: string, slug: string) =>
        run(
          trpc.figures.months.queryFilter({ istat, slug }),
          trpc.services.get.queryFilter({ istat, slug }),
          trpc.history.forService.queryFilter({ istat, slug }),
          trpc.comuni.overview.queryFilter({ istat }),
          trpc.consortia.pathFilter(),
          changesOf(istat),
        ),
      /** National platforms and PNRR: the overview and the readiness it feeds on service pages. */
      platforms: (istat: string) =>
        run(trpc.comuni.overview.queryFilter({ istat }), trpc.services.get.queryFilter({ istat }), changesOf(istat)),
      /** A comment: the screens that list comments of the comune. */
      comments: (istat: string) =>
        run(
          trpc.comuni.overview.queryFilter({ istat }),
          trpc.services.get.queryFilter({ istat }),
          trpc.milestones.roadmap.queryFilter({ istat }),
          changesOf(istat),
        ),
      /** A comune's settings (target, desk, note): everything the target or desk shows in. */
      comuneSettings: (istat: string) =>
        run(
          trpc.comuni.overview.queryFilter({ istat }),
          trpc.services.get.queryFilter({ istat }),
          trpc.milestones.roadmap.queryFilter({ istat }),
          trpc.consortia.pathFilter(),
          changesOf(istat),
        ),
      /**
       * A CSV import into the given comuni: their pages that show what the file carried (figures or
       * milestones), their histories and reports, and the consortium's views; nothing of other comuni.
       */
      imported: (kind: 'figures' | 'milestones', istats: readonly string[]) =>
        run(
          ...istats.flatMap((istat) => [
            trpc.comuni.overview.queryFilter({ istat }),
            trpc.services.get.queryFilter({ istat }),
            trpc.reports.council.queryFilter({ istat }),
            changesOf(istat),
            ...(kind === 'figures'
              ? [trpc.figures.months.queryFilter({ istat }), trpc.history.forService.queryFilter({ istat })]
              : [trpc.milestones.roadmap.queryFilter({ istat }), trpc.history.forMilestone.queryFilter({ istat })]),
          ]),
          trpc.consortia.pathFilter(),
        ),
      users: () => run(trpc.admin.users.list.pathFilter()),
      /** A comune added, archived or restored: the admin's list and every list and page of comuni. */
      comuni: () => run(trpc.admin.comuni.list.pathFilter(), trpc.comuni.pathFilter(), trpc.consortia.pathFilter()),
      /** A consortium added or changed: the admin's list, the header's name of one's own, every page of consortia. */
      consortia: () =>
        run(trpc.admin.consortia.list.pathFilter(), trpc.auth.me.pathFilter(), trpc.consortia.pathFilter()),
      catalogue: () => run(trpc.admin.catalogue.list.pathFilter(), trpc.services.addable.pathFilter()),
    };
  }, [trpc, queryClient]);
}

import type { Db } from '@switchoff/db';
import { getComuneNational, searchComuni } from '@switchoff/db/national';
import { canReadComune, PADIGITALE_SOURCE, REGISTRY_SOURCE, token } from '@switchoff/domain';
import { comuneRef, provinceRef, regionRef } from '@switchoff/domain/schemas';
import { z } from 'zod';
import { placeOf, viewerOf } from '../access';
import { notFound } from '../errors';
import { getItalyMap, getMapGeometryInput, type ItalyMap } from '../reads/italy-maps';
import { getMapDrawing } from '../reads/map-drawings';
import { publicProcedure, router } from '../trpc';

const searchInput = z.object({ q: z.string().trim().min(1, 'Scrivi un nome o un codice ISTAT').max(80) });

/** The map a drawing is asked for: Italy, a region by its code, a province by its code. */
const drawingInput = z.discriminatedUnion('level', [
  z.object({ level: z.literal('italy') }),
  regionRef.extend({ level: z.literal('region') }),
  provinceRef.extend({ level: z.literal('province') }),
]);

/** A map read by `read`; NOT_FOUND (naming the code asked for) when the registry has no comune there. */
function mapOrNotFound<T>(
  read: (db: Db, level: ItalyMap['level'], code: string) => T | null,
  db: Db,
  level: ItalyMap['level'],
  code: string,
): T {
  const map = read(db, level, code);
  if (map !== null) return map;
  return notFound(level === 'italy' ? token('registry.empty') : token(`${level}.notFound`, { code }));
}

/** The map of a region or a province, public; NOT_FOUND names the code asked for. */
function mapProcedure<Ref extends typeof regionRef | typeof provinceRef>(level: 'region' | 'province', ref: Ref) {
  return publicProcedure
    .meta({ publicRead: true })
    .input(ref)
    .query(({ ctx, input }) => mapOrNotFound(getItalyMap, ctx.db, level, input.code));
}

/** Every comune of Italy from national open data, tracked by a consortium or not: public. */
export const italyRouter = router({
  /**
   * A comune's registry facts, its PNRR applications (PA digitale 2026) with their history, the
   * platforms they imply and, when a consortium tracks the comune, the states it recorded by
   * hand: both kept apart, each with its source.
   */
  comune: publicProcedure
    .meta({ publicRead: true })
    .input(comuneRef)
    .query(({ ctx, input }) => {
      const national = getComuneNational(ctx.db, input.istat);
      if (national === null) return notFound(token('comune.notFound', { istat: input.istat }));
      // An archived comune is hidden from the public: to them it is not tracked (its staff still reach it).
      const { tracked } = national;
      const visible =
        tracked !== null && (tracked.archivedAt === null || canReadComune(viewerOf(ctx.user), placeOf(tracked)));
      return {
        comune: national.comune,
        reachedFrom: national.reachedFrom,
        mergedFrom: national.mergedFrom,
        formerName: national.formerName,
        trackedBy: visible ? { ...tracked.consortium, istat: tracked.istat } : null,
        applications: national.applications,
        derived: national.derived,
        entered: visible ? tracked.platforms : [],
        snapshots: [...new Set(national.applications.map((a) => a.snapshotDate))].sort(),
        source: PADIGITALE_SOURCE,
        registrySource: REGISTRY_SOURCE,
      };
    }),
  /** Comuni by name or ISTAT code, accents and case aside: at most 10, best first. */
  search: publicProcedure
    .meta({ publicRead: true })
    .input(searchInput)
    .query(({ ctx, input }) => searchComuni(ctx.db, input.q, 10)),
  /** The map of Italy: per region, its comuni's PNRR measures completed and tracked services switched off. */
  regions: publicProcedure
    .meta({ publicRead: true })
    .query(({ ctx }) => mapOrNotFound(getItalyMap, ctx.db, 'italy', '')),
  /** The map of a region: the same per province. */
  region: mapProcedure('region', regionRef),
  /** The map of a province: the same per comune. */
  province: mapProcedure('province', provinceRef),
  /**
   * The drawing of a map (its areas' outlines as SVG paths, projected once per process on the
   * server, so no browser converts or projects a boundary file); null when no boundary file has
   * the area. The fills and links are the page's: they follow the measure shown.
   */
  drawing: publicProcedure
    .meta({ publicRead: true })
    .input(drawingInput)
    .query(({ ctx, input }) =>
      getMapDrawing(mapOrNotFound(getMapGeometryInput, ctx.db, input.level, input.level === 'italy' ? '' : input.code)),
    ),
});

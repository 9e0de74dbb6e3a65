/**
 * The phase-1 reads of a consortium (portfolio, one service across its comuni), computed from the
 * raw rows: the oracle that rollup-reads.test.ts holds the roll-up reads to. Not used by any
 * procedure.
 */
import { type Db, schema } from '@switchoff/db';
import { lastCompleteMonth, sumFigures, token } from '@switchoff/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { notFound } from '../errors';
import type { ConsortiumRow } from './lookup';
import { last12 } from './measures';
import { loadMilestonesByComune, slippageSummary } from './milestones';
import { type ComuneTally, type MatrixService, portfolioView, serviceAcrossView } from './portfolio-view';
import { rawServiceStatuses } from './reference-services.testing';

const { catalogueServices, comuni, services } = schema;

/** The services of a consortium's comuni (public ones unless `internal`) with their stage, figures and readiness. */
function loadConsortiumServices(
  db: Db,
  params: { consortiumId: number; today: string; internal: boolean; catalogueSlug?: string },
) {
  const asOf = lastCompleteMonth(params.today);
  const window12 = last12(asOf);
  const comuneRows = db
    .select()
    .from(comuni)
    .where(eq(comuni.consortiumId, params.consortiumId))
    .orderBy(asc(comuni.name))
    .all();
  const comuneIds = comuneRows.map((c) => c.id);
  const serviceRows = db
    .select({
      service: services,
      catalogue: {
        slug: catalogueServices.slug,
        name: catalogueServices.name,
        category: catalogueServices.category,
        description: catalogueServices.description,
      },
    })
    .from(services)
    .leftJoin(catalogueServices, eq(catalogueServices.id, services.catalogueId))
    .where(
      and(
        inArray(services.comuneId, comuneIds),
        params.internal ? undefined : eq(services.visibility, 'public'),
        params.catalogueSlug ? eq(catalogueServices.slug, params.catalogueSlug) : undefined,
      ),
    )
    .all();
  const { statusOf } = rawServiceStatuses(db, {
    services: serviceRows.map((r) => r.service),
    comuni: comuneRows,
    from: window12.from,
    today: params.today,
  });
  const rows = serviceRows.map(({ service: s, catalogue }) => {
    const { stage, since, series, freshness, takeUp, readiness } = statusOf(s);
    return {
      comuneId: s.comuneId,
      slug: s.slug,
      visibility: s.visibility,
      catalogue,
      stage,
      stageSince: since,
      series,
      lastMonth: freshness.lastMonth,
      stale: freshness.stale,
      takeUp,
      ready: readiness.status === 'ready',
    };
  });
  return { asOf, comuneRows, rows };
}

/** A comune's milestone figures from the statuses computed in TypeScript: the SQL counts must agree. */
function milestoneTally(milestones: Parameters<typeof slippageSummary>[0]) {
  const { slipped, doneLate, slippageDays, replans } = slippageSummary(milestones);
  return {
    lateMilestones: milestones.filter((m) => m.status === 'late').length,
    slippedMilestones: slipped,
    doneLateMilestones: doneLate,
    slippageDays,
    replans,
  };
}

/** The portfolio from the raw rows, through the same view as the roll-up read (portfolioView). */
export function rawPortfolio(db: Db, params: { consortium: ConsortiumRow; today: string; internal: boolean }) {
  const { consortium, internal } = params;
  const { asOf, comuneRows, rows } = loadConsortiumServices(db, {
    consortiumId: consortium.id,
    today: params.today,
    internal,
  });
  const milestones = loadMilestonesByComune(db, {
    comuneIds: comuneRows.map((c) => c.id),
    today: params.today,
    internal,
  });
  const catalogue = new Map<string, MatrixService>();
  for (const r of rows)
    if (r.catalogue)
      catalogue.set(r.catalogue.slug, {
        slug: r.catalogue.slug,
        name: r.catalogue.name,
        category: r.catalogue.category,
      });
  const stageOf = new Map(rows.map((r) => [`${r.comuneId}:${r.catalogue?.slug}`, r.stage]));
  return portfolioView({
    consortium,
    asOf,
    internal,
    comuneRows,
    tallyOf: (comuneId): ComuneTally => {
      const own = rows.filter((r) => r.comuneId === comuneId);
      return {
        stages: own.map((r) => r.stage),
        channels: sumFigures(own.flatMap((r) => r.series)),
        milestones: milestoneTally(milestones.get(comuneId) ?? []),
        ready: own.filter((r) => r.ready).length,
        stale: own.filter((r) => r.stale).length,
        stageOf: (slug) => stageOf.get(`${comuneId}:${slug}`) ?? null,
      };
    },
    catalogue: catalogue.values(),
    totals: {
      stages: rows.map((r) => r.stage),
      channels: sumFigures(rows.flatMap((r) => r.series)),
      stale: rows.filter((r) => r.stale).length,
    },
  });
}

/** One catalogue service across the comuni of a consortium, from the raw rows (serviceAcrossView). */
export function rawServiceAcross(
  db: Db,
  params: { consortium: ConsortiumRow; service: string; today: string; internal: boolean },
) {
  const { consortium, internal } = params;
  const entry =
    db.select().from(catalogueServices).where(eq(catalogueServices.slug, params.service)).get() ??
    notFound(token('catalogue.serviceNotFound', { service: params.service }));
  const { asOf, comuneRows, rows } = loadConsortiumServices(db, {
    consortiumId: consortium.id,
    today: params.today,
    internal,
    catalogueSlug: entry.slug,
  });
  return serviceAcrossView({ consortium, asOf, internal, entry, comuneRows, instances: rows });
}

import { bool, type Db } from '@switchoff/db';
import { comuneRow, comuniOfConsortium, consortiaWithComuni, firstComuniOfConsortia } from '@switchoff/db/reads/comuni';
import { countConsortiumMilestones, milestoneFigures, NO_MILESTONE_COUNTS } from '@switchoff/db/reads/milestone-counts';
import {
  type ConsortiumServiceTuple,
  catalogueBySlug,
  catalogueEntries,
  catalogueServiceSums,
  consortiumPlatforms,
  consortiumServices,
} from '@switchoff/db/reads/portfolio';
import type { ServiceStatus } from '@switchoff/db/reads/status';
import {
  digitalTakeUp,
  figuresFreshness,
  lastCompleteMonth,
  readyButForTakeUp,
  type Stage,
  takeUpCondition,
  token,
  type Visibility,
} from '@switchoff/domain';
import { notFound } from '../errors';
import type { ComuneRow, ConsortiumRow } from './lookup';
import { last12 } from './measures';
import type { PlatformStates } from './platforms';
import { type ComuneTally, type MatrixService, portfolioView, serviceAcrossView } from './portfolio-view';
import { lastMonthUpToAsOf, readinessFigures, stageOnDay } from './status';
import { addChannels, loadConsortiumTotals } from './totals';

/**
 * Every consortium with its number of comuni and the first of them by name: what the home page
 * shows, in two statements (reading each portfolio made the national home page 15 MB).
 */
export function listConsortia(db: Db) {
  const firstComuni = new Map<string, { istat: string; name: string }[]>();
  for (const { slug, istat, name } of firstComuniOfConsortia.all(db)) {
    const list = firstComuni.get(slug) ?? [];
    list.push({ istat, name });
    firstComuni.set(slug, list);
  }
  return consortiaWithComuni.all(db).map((consortium) => ({
    ...consortium,
    firstComuni: firstComuni.get(consortium.slug) ?? [],
  }));
}

type ServiceState = {
  stage: Stage | null;
  stageSince: string | null;
  lastMonth: string | null;
  stale: boolean;
  ready: boolean;
};

/**
 * Visits the services of a consortium's comuni (public ones unless `internal`; one catalogue
 * service's with `catalogueId`) with their stage today, freshness and readiness, from
 * service_status: one row per service, no monthly rows.
 */
function visitConsortiumServices(
  db: Db,
  params: { consortiumId: number; today: string; internal: boolean; catalogueId?: number },
  visit: (service: ConsortiumServiceTuple, state: ServiceState) => void,
) {
  const asOf = lastCompleteMonth(params.today);
  const window12 = last12(asOf);
  const comuneRows: ComuneRow[] = comuniOfConsortium.all(db, params.consortiumId).map(comuneRow);
  const filter = { consortium: params.consortiumId };
  const serviceRows =
    params.catalogueId === undefined
      ? (params.internal ? consortiumServices.all : consortiumServices.public).all(db, filter)
      : (params.internal ? consortiumServices.allOfCatalogue : consortiumServices.publicOfCatalogue).all(db, {
          ...filter,
          catalogue: params.catalogueId,
        });
  const platforms = new Map<number, PlatformStates>();
  for (const p of consortiumPlatforms.all(db, params.consortiumId)) {
    const states = platforms.get(p.comuneId) ?? {};
    states[p.platform] = p.state;
    platforms.set(p.comuneId, states);
  }
  const targets = new Map(comuneRows.map((c) => [c.id, c.takeUpTarget]));
  // Most services share their last month: the freshness rule runs once per distinct month.
  const freshnessOf = new Map<string | null, ReturnType<typeof figuresFreshness>>();
  for (const t of serviceRows) {
    const [serviceId, , , , recent, comuneId, , , takesPayment, needsIdentity, hasAssistedDesk] = t;
    const status: ServiceStatus = { serviceId, stage: t[1], stageSince: t[2], lastMonth: t[3], recent };
    const { stage, since } = stageOnDay(db, status, params.today);
    const lastMonth = lastMonthUpToAsOf(db, status, asOf);
    let freshness = freshnessOf.get(lastMonth);
    if (freshness === undefined) {
      freshness = figuresFreshness(lastMonth, params.today);
      freshnessOf.set(lastMonth, freshness);
    }
    const target = targets.get(comuneId) ?? 0.8;
    // Take-up months are read only where they decide: everything else in place (the domain's rule).
    const othersInPlace = readyButForTakeUp({
      stage,
      takesPayment: bool(takesPayment),
      needsIdentity: bool(needsIdentity),
      hasAssistedDesk: bool(hasAssistedDesk),
      platforms: platforms.get(comuneId) ?? NO_PLATFORMS,
    });
    visit(t, {
      stage,
      stageSince: since,
      lastMonth: freshness.lastMonth,
      stale: freshness.stale,
      ready: othersInPlace && takeUpCondition(readinessFigures(db, status, asOf), target, params.today).met,
    });
  }
  return { asOf, window12, comuneRows };
}

type Tally = {
  stages: (Stage | null)[];
  ready: number;
  stale: number;
  stageOf: Map<string, Stage | null>;
};

/**
 * Comuni of a consortium side by side: stages, take-up, late and slipped milestones with the
 * days of slippage and re-plans, the stage matrix (portfolioView).
 * Public items only, unless the reader is the consortium's staff (`internal`): then internal
 * services and milestones count too, and each comune carries its internal note.
 */
export function getPortfolio(db: Db, params: { consortium: ConsortiumRow; today: string; internal: boolean }) {
  const { consortium, internal, today } = params;
  // Each comune's services are tallied as they are read: no object per service.
  const tallies = new Map<number, Tally>();
  // The matrix's columns: the catalogue entries the services are instances of, by id.
  const entries = new Map(catalogueEntries.all(db).map((e) => [e.id, e]));
  const catalogue = new Map<number, MatrixService>();
  const allStages: (Stage | null)[] = [];
  let stale = 0;
  const { asOf, window12, comuneRows } = visitConsortiumServices(
    db,
    { consortiumId: consortium.id, today, internal },
    (t, state) => {
      const comuneId = t[5];
      let tally = tallies.get(comuneId);
      if (tally === undefined) {
        tally = { stages: [], ready: 0, stale: 0, stageOf: new Map() };
        tallies.set(comuneId, tally);
      }
      tally.stages.push(state.stage);
      if (state.ready) tally.ready += 1;
      if (state.stale) tally.stale += 1;
      const entry = t[11] === null ? undefined : entries.get(t[11]);
      if (entry !== undefined) {
        tally.stageOf.set(entry.slug, state.stage);
        if (!catalogue.has(entry.id))
          catalogue.set(entry.id, { slug: entry.slug, name: entry.name, category: entry.category });
      }
      allStages.push(state.stage);
      if (state.stale) stale += 1;
    },
  );
  const totals = loadConsortiumTotals(db, {
    consortiumId: consortium.id,
    from: window12.from,
    to: window12.to,
    internal,
  });
  const milestoneCounts = (internal ? countConsortiumMilestones.all : countConsortiumMilestones.public)(db, {
    consortium: consortium.id,
    today,
  });
  return portfolioView({
    consortium,
    asOf,
    internal,
    comuneRows,
    tallyOf: (comuneId): ComuneTally => {
      const tally = tallies.get(comuneId);
      return {
        stages: tally?.stages ?? [],
        channels: totals.get(comuneId) ?? NO_CHANNELS,
        milestones: milestoneFigures(milestoneCounts.get(comuneId) ?? NO_MILESTONE_COUNTS),
        ready: tally?.ready ?? 0,
        stale: tally?.stale ?? 0,
        stageOf: (slug) => tally?.stageOf.get(slug) ?? null,
      };
    },
    catalogue: catalogue.values(),
    totals: { stages: allStages, channels: addChannels(totals.values()), stale },
  });
}

const NO_CHANNELS = { online: 0, assisted: 0, paper: 0 };
const NO_PLATFORMS: PlatformStates = {};

/** One catalogue service across the comuni of a consortium (internal instances for its staff only). */
export function getServiceAcross(
  db: Db,
  params: { consortium: ConsortiumRow; service: string; today: string; internal: boolean },
) {
  const { consortium, internal } = params;
  const entry =
    catalogueBySlug.get(db, params.service) ??
    notFound(token('catalogue.serviceNotFound', { service: params.service }));
  const rows: Array<ServiceState & { serviceId: number; comuneId: number; slug: string; visibility: Visibility }> = [];
  const { asOf, window12, comuneRows } = visitConsortiumServices(
    db,
    { consortiumId: consortium.id, today: params.today, internal, catalogueId: entry.id },
    (t, state) => rows.push({ ...state, serviceId: t[0], comuneId: t[5], slug: t[6], visibility: t[7] }),
  );
  const sums = new Map(
    catalogueServiceSums
      .all(db, { consortium: consortium.id, catalogue: entry.id, from: window12.from, to: window12.to })
      .map((r) => [r.serviceId, r]),
  );
  return serviceAcrossView({
    consortium,
    asOf,
    internal,
    entry,
    comuneRows,
    instances: rows.map((r) => ({ ...r, takeUp: digitalTakeUp(sums.get(r.serviceId) ?? NO_CHANNELS) })),
  });
}

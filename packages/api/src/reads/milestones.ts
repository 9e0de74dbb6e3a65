import { type Db, idList, schema, type Tx } from '@switchoff/db';
import { milestonesOf, milestoneWithLinks } from '@switchoff/db/reads/milestones';
import {
  compareRoadmap,
  isClosedStatus,
  isPublicMilestone,
  type MilestoneFacts,
  type MilestoneStatus,
  milestoneStatuses,
  slippageDays,
} from '@switchoff/domain';
import { inArray } from 'drizzle-orm';
import { withInternal } from './visibility';

const { milestoneDependencies } = schema;

/** A milestone as a screen reads it: derived status and slippage, visible dependencies only. */
export type MilestoneView = ReturnType<typeof loadMilestones>[number];

/** The public milestones of one comune, late first. */
export function loadPublicMilestones(db: Db, params: { comuneId: number; today: string }) {
  return loadMilestones(db, { ...params, internal: false });
}

/**
 * The milestones of one comune, late first; internal ones (with their notes) only when `internal`.
 * `replanCounts`: the re-plans in force of each milestone, from a reader that loaded them anyway
 * (the roadmap), so that the statement does not count them again.
 */
export function loadMilestones(
  db: Db,
  params: { comuneId: number; today: string; internal: boolean; replanCounts?: ReadonlyMap<number, number> },
) {
  return loadMilestonesByComune(db, { ...params, comuneIds: [params.comuneId] }).get(params.comuneId) ?? [];
}

/** The public milestones of the given comuni, late first. */
export function loadPublicMilestonesByComune(db: Db, params: { comuneIds: readonly number[]; today: string }) {
  return loadMilestonesByComune(db, { ...params, internal: false });
}

/** Dependencies of the given milestones. */
export function loadDependencies(db: Tx, milestoneIds: readonly number[]) {
  if (milestoneIds.length === 0) return [];
  return db
    .select()
    .from(milestoneDependencies)
    .where(inArray(milestoneDependencies.milestoneId, [...milestoneIds]))
    .all();
}

/**
 * The milestones of the given comuni with their derived status, late first. Statuses are
 * computed over all milestones, because an internal dependency can put a public one at risk.
 * A public reader sees public milestones of public services (or of the comune) only.
 */
export function loadMilestonesByComune(
  db: Db,
  params: {
    comuneIds: readonly number[];
    today: string;
    internal: boolean;
    replanCounts?: ReadonlyMap<number, number> | undefined;
  },
) {
  const [only] = params.comuneIds;
  const single = params.comuneIds.length === 1 && only !== undefined;
  const { replanCounts } = params;
  // Each milestone with its dependencies and re-plans in force (unless counted already), in one statement.
  const tuples = single
    ? (replanCounts ? milestonesOf.uncounted : milestonesOf.one).all(db, only)
    : milestonesOf.many.all(db, idList(params.comuneIds));
  const rows = tuples.map(milestoneWithLinks);
  // The rows hold every fact the rule reads: no copy of them (MilestoneFacts is their subset).
  const statuses = milestoneStatuses(rows satisfies readonly MilestoneFacts[], params.today);
  const isVisible = (m: { visibility: 'public' | 'internal'; serviceVisibility: 'public' | 'internal' | null }) =>
    params.internal || isPublicMilestone(m);
  const visibleRows = rows.filter(isVisible);
  const visibleById = new Map(visibleRows.map((m) => [m.id, m]));

  const views = visibleRows.map((m) => {
    const view = withInternal(
      {
        id: m.id,
        title: m.title,
        description: m.description,
        kind: m.kind,
        service: m.serviceId === null ? null : { slug: m.serviceSlug ?? '', name: m.serviceName ?? '' },
        baselineDate: m.baselineDate,
        plannedDate: m.plannedDate,
        actualDate: m.actualDate,
        owner: m.owner,
        progress: m.progress,
        status: statuses.get(m.id) ?? 'not_started',
        slippageDays: slippageDays(m, params.today),
        /** Re-plans in force (annulled ones and annulments aside). */
        replanCount: replanCounts ? (replanCounts.get(m.id) ?? 0) : m.replans,
        dependsOn: m.dependsOn
          .filter((id) => visibleById.has(id))
          .map((id) => ({
            id,
            title: visibleById.get(id)?.title ?? '',
            status: statuses.get(id) ?? 'not_started',
          })),
      },
      params.internal,
      () => ({ visibility: m.visibility, internalNote: m.internalNote, version: m.version }),
    );
    return { comuneId: m.comuneId, view };
  });
  const byComune = new Map<number, Array<(typeof views)[number]['view']>>();
  for (const { comuneId, view } of views.sort((a, b) => compareRoadmap(a.view, b.view))) {
    const list = byComune.get(comuneId);
    if (list === undefined) byComune.set(comuneId, [view]);
    else list.push(view);
  }
  return byComune;
}

/** Soonest first: by planned date, then by id. */
export function byPlannedDate(a: { plannedDate: string; id: number }, b: { plannedDate: string; id: number }): number {
  return a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : a.id - b.id;
}

type Summarised = {
  id: number;
  status: MilestoneStatus;
  plannedDate: string;
  slippageDays: number;
  replanCount: number;
};

/**
 * Slippage of a set of milestones: how many slipped (open, re-planned past the baseline) and
 * done late, the days of slippage added up over the milestones later than their baseline (an
 * early one does not make up for a late one), and the re-plans in force.
 */
export function slippageSummary(milestones: readonly Summarised[]) {
  return {
    slipped: milestones.filter((m) => m.status === 'slipped').length,
    doneLate: milestones.filter((m) => m.status === 'done_late').length,
    slippageDays: milestones.reduce((sum, m) => sum + Math.max(0, m.slippageDays), 0),
    replans: milestones.reduce((sum, m) => sum + m.replanCount, 0),
  };
}

/**
 * A comune's milestones in short: how many by status (slipped and done late beside late), the
 * days of slippage and re-plans, the late ones, and the next `next` still open (slipped ones among them).
 */
export function milestoneSummary<M extends Summarised>(milestones: readonly M[], next: number) {
  const open = milestones.filter((m) => !isClosedStatus(m.status));
  return {
    total: milestones.length,
    done: milestones.length - open.length,
    late: open.filter((m) => m.status === 'late').length,
    atRisk: open.filter((m) => m.status === 'at_risk').length,
    ...slippageSummary(milestones),
    lateList: open.filter((m) => m.status === 'late'),
    next: open
      .filter((m) => m.status !== 'late')
      .sort(byPlannedDate)
      .slice(0, next),
  };
}

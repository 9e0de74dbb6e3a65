import { type Db, idList, schema, type Tx } from '@switchoff/db';
import {
  dependenciesOf,
  type MilestoneWithService,
  milestoneRow,
  milestonesOf,
  replansOf,
  replansOfComune,
} from '@switchoff/db/reads/milestones';
import { compareRoadmap, type MilestoneFacts, milestoneStatuses, slippageDays } from '@switchoff/domain';
import { inArray } from 'drizzle-orm';
import { withInternal } from './visibility';

const { milestoneDependencies } = schema;

/** A milestone as a screen reads it: derived status and slippage, visible dependencies only. */
export type MilestoneView = ReturnType<typeof loadMilestones>[number];

/** The public milestones of one comune, late first. */
export function loadPublicMilestones(db: Db, params: { comuneId: number; today: string }) {
  return loadMilestones(db, { ...params, internal: false });
}

/** The milestones of one comune, late first; internal ones (with their notes) only when `internal`. */
export function loadMilestones(db: Db, params: { comuneId: number; today: string; internal: boolean }) {
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
  params: { comuneIds: readonly number[]; today: string; internal: boolean },
) {
  const [only] = params.comuneIds;
  const single = params.comuneIds.length === 1 && only !== undefined;
  const ids = idList(params.comuneIds);
  const rows = (single ? milestonesOf.one.all(db, only) : milestonesOf.many.all(db, ids)).map(milestoneRow);
  const dependsOn = new Map<number, number[]>();
  for (const d of single ? dependenciesOf.one.all(db, only) : dependenciesOf.many.all(db, ids)) {
    const list = dependsOn.get(d.milestoneId);
    if (list === undefined) dependsOn.set(d.milestoneId, [d.dependsOnId]);
    else list.push(d.dependsOnId);
  }

  const facts: MilestoneFacts[] = rows.map((m) => ({
    id: m.id,
    baselineDate: m.baselineDate,
    plannedDate: m.plannedDate,
    actualDate: m.actualDate,
    progress: m.progress,
    dependsOn: dependsOn.get(m.id) ?? [],
  }));
  const statuses = milestoneStatuses(facts, params.today);
  const isVisible = (m: MilestoneWithService) =>
    params.internal || (m.visibility === 'public' && (m.serviceId === null || m.serviceVisibility === 'public'));
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
        slippageDays: slippageDays(m),
        dependsOn: (dependsOn.get(m.id) ?? [])
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

/** A comune's milestones in short: how many by status, the late ones, and the next `next` still open. */
export function milestoneSummary<M extends { id: number; status: string; plannedDate: string }>(
  milestones: readonly M[],
  next: number,
) {
  const open = milestones.filter((m) => m.status !== 'done');
  return {
    total: milestones.length,
    done: milestones.length - open.length,
    late: open.filter((m) => m.status === 'late').length,
    atRisk: open.filter((m) => m.status === 'at_risk').length,
    lateList: open.filter((m) => m.status === 'late'),
    next: open
      .filter((m) => m.status !== 'late')
      .sort(byPlannedDate)
      .slice(0, next),
  };
}

/**
 * Re-plans of the given milestones (or of every milestone of a comune, `{ comuneId }`), oldest
 * first, grouped by milestone; who re-planned only when `internal`.
 */
export function loadReplans(db: Db, milestones: readonly number[] | { comuneId: number }, internal = false) {
  const byMilestone = new Map<
    number,
    Array<{ previousDate: string; plannedDate: string; reason: string; changedAt: string; changedBy?: string }>
  >();
  if (Array.isArray(milestones) && milestones.length === 0) return byMilestone;
  const rows =
    'comuneId' in milestones ? replansOfComune.all(db, milestones.comuneId) : replansOf.all(db, idList(milestones));
  for (const r of rows) {
    const list = byMilestone.get(r.milestoneId) ?? [];
    list.push(
      withInternal(
        { previousDate: r.previousDate, plannedDate: r.plannedDate, reason: r.reason, changedAt: r.changedAt },
        internal,
        () => ({ changedBy: r.changedBy }),
      ),
    );
    byMilestone.set(r.milestoneId, list);
  }
  return byMilestone;
}

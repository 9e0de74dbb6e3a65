import { type Db, schema } from '@switchoff/db';
import { compareRoadmap, type MilestoneFacts, milestoneStatuses, slippageDays } from '@switchoff/domain/milestones';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from './audit';
import { withInternal } from './visibility';

const { milestones, milestoneDependencies, milestoneReplans, services } = schema;

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
  const rows = db
    .select({
      milestone: milestones,
      service: { slug: services.slug, name: services.name, visibility: services.visibility },
    })
    .from(milestones)
    .leftJoin(services, eq(services.id, milestones.serviceId))
    .where(inArray(milestones.comuneId, [...params.comuneIds]))
    .all();
  const dependencies = loadDependencies(
    db,
    rows.map((r) => r.milestone.id),
  );

  const facts: MilestoneFacts[] = rows.map(({ milestone: m }) => ({
    id: m.id,
    baselineDate: m.baselineDate,
    plannedDate: m.plannedDate,
    actualDate: m.actualDate,
    progress: m.progress,
    dependsOn: dependencies.filter((d) => d.milestoneId === m.id).map((d) => d.dependsOnId),
  }));
  const statuses = milestoneStatuses(facts, params.today);
  const isVisible = (r: (typeof rows)[number]) =>
    params.internal ||
    (r.milestone.visibility === 'public' && (r.service === null || r.service.visibility === 'public'));
  const visibleRows = rows.filter(isVisible);
  const visibleById = new Map(visibleRows.map((r) => [r.milestone.id, r.milestone]));

  const views = visibleRows.map(({ milestone: m, service }) => ({
    comuneId: m.comuneId,
    ...withInternal(
      {
        id: m.id,
        title: m.title,
        description: m.description,
        kind: m.kind,
        service: service ? { slug: service.slug, name: service.name } : null,
        baselineDate: m.baselineDate,
        plannedDate: m.plannedDate,
        actualDate: m.actualDate,
        owner: m.owner,
        progress: m.progress,
        status: statuses.get(m.id) ?? 'not_started',
        slippageDays: slippageDays(m),
        dependsOn: dependencies
          .filter((d) => d.milestoneId === m.id && visibleById.has(d.dependsOnId))
          .map((d) => ({
            id: d.dependsOnId,
            title: visibleById.get(d.dependsOnId)?.title ?? '',
            status: statuses.get(d.dependsOnId) ?? 'not_started',
          })),
      },
      params.internal,
      () => ({ visibility: m.visibility, internalNote: m.internalNote, version: m.version }),
    ),
  }));
  const byComune = new Map<number, Array<Omit<(typeof views)[number], 'comuneId'>>>();
  for (const { comuneId, ...view } of views.sort(compareRoadmap)) {
    const list = byComune.get(comuneId) ?? [];
    list.push(view);
    byComune.set(comuneId, list);
  }
  return byComune;
}

/** Re-plans of the given milestones, oldest first, grouped by milestone; who re-planned only when `internal`. */
export function loadReplans(db: Db, milestoneIds: readonly number[], internal = false) {
  const byMilestone = new Map<
    number,
    Array<{ previousDate: string; plannedDate: string; reason: string; changedAt: string; changedBy?: string }>
  >();
  if (milestoneIds.length === 0) return byMilestone;
  const rows = db
    .select()
    .from(milestoneReplans)
    .where(inArray(milestoneReplans.milestoneId, [...milestoneIds]))
    .orderBy(asc(milestoneReplans.changedAt), asc(milestoneReplans.id))
    .all();
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

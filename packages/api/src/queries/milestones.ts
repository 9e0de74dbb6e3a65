import { type Db, schema } from '@switchoff/db';
import { compareRoadmap, type MilestoneFacts, milestoneStatuses, slippageDays } from '@switchoff/domain/milestones';
import { asc, eq, inArray } from 'drizzle-orm';

const { milestones, milestoneDependencies, milestoneReplans, services } = schema;

/** A milestone as the public reads it: derived status and slippage, public dependencies only. */
export type MilestoneView = ReturnType<typeof loadPublicMilestones>[number];

/** The public milestones of one comune, late first. */
export function loadPublicMilestones(db: Db, params: { comuneId: number; today: string }) {
  return loadPublicMilestonesByComune(db, { comuneIds: [params.comuneId], today: params.today }).get(params.comuneId) ?? [];
}

/**
 * The public milestones of the given comuni with their derived status, late first. Statuses are
 * computed over all milestones, because an internal dependency can put a public one at risk.
 */
export function loadPublicMilestonesByComune(db: Db, params: { comuneIds: readonly number[]; today: string }) {
  const rows = db
    .select({
      milestone: milestones,
      service: { slug: services.slug, name: services.name, visibility: services.visibility },
    })
    .from(milestones)
    .leftJoin(services, eq(services.id, milestones.serviceId))
    .where(inArray(milestones.comuneId, [...params.comuneIds]))
    .all();
  const ids = rows.map((r) => r.milestone.id);
  const dependencies =
    ids.length === 0
      ? []
      : db
          .select()
          .from(milestoneDependencies)
          .where(inArray(milestoneDependencies.milestoneId, ids))
          .all();

  const facts: MilestoneFacts[] = rows.map(({ milestone: m }) => ({
    id: m.id,
    baselineDate: m.baselineDate,
    plannedDate: m.plannedDate,
    actualDate: m.actualDate,
    progress: m.progress,
    dependsOn: dependencies.filter((d) => d.milestoneId === m.id).map((d) => d.dependsOnId),
  }));
  const statuses = milestoneStatuses(facts, params.today);
  const isPublic = (r: (typeof rows)[number]) =>
    r.milestone.visibility === 'public' && (r.service === null || r.service.visibility === 'public');
  const publicRows = rows.filter(isPublic);
  const publicById = new Map(publicRows.map((r) => [r.milestone.id, r.milestone]));

  const views = publicRows.map(({ milestone: m, service }) => ({
      comuneId: m.comuneId,
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
        .filter((d) => d.milestoneId === m.id && publicById.has(d.dependsOnId))
        .map((d) => ({
          id: d.dependsOnId,
          title: publicById.get(d.dependsOnId)?.title ?? '',
          status: statuses.get(d.dependsOnId) ?? 'not_started',
        })),
    }));
  const byComune = new Map<number, Array<Omit<(typeof views)[number], 'comuneId'>>>();
  for (const { comuneId, ...view } of views.sort(compareRoadmap)) {
    const list = byComune.get(comuneId) ?? [];
    list.push(view);
    byComune.set(comuneId, list);
  }
  return byComune;
}

/** Re-plans of the given milestones, oldest first, grouped by milestone. */
export function loadReplans(db: Db, milestoneIds: readonly number[]) {
  const byMilestone = new Map<number, Array<{ previousDate: string; plannedDate: string; reason: string; changedAt: string }>>();
  if (milestoneIds.length === 0) return byMilestone;
  const rows = db
    .select()
    .from(milestoneReplans)
    .where(inArray(milestoneReplans.milestoneId, [...milestoneIds]))
    .orderBy(asc(milestoneReplans.changedAt), asc(milestoneReplans.id))
    .all();
  for (const r of rows) {
    const list = byMilestone.get(r.milestoneId) ?? [];
    list.push({ previousDate: r.previousDate, plannedDate: r.plannedDate, reason: r.reason, changedAt: r.changedAt });
    byMilestone.set(r.milestoneId, list);
  }
  return byMilestone;
}

import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import { createsDependencyCycle, MESSAGES, milestoneStatuses, slippageDays, token } from '@switchoff/domain';
import type { completeMilestoneInput, createMilestoneInput, updateMilestoneInput } from '@switchoff/domain/schemas';
import { and, eq, inArray } from 'drizzle-orm';
import { notFound, refuseField } from '../errors';
import type { ComuneRow } from '../reads/lookup';
import { loadDependencies } from '../reads/milestones';
import { insertAudited, snapshot } from './audit';
import { changedFields } from './changes';
import type { EditOf, EditParams } from './edit-params';
import { bumpVersion, editVersioned, updateAudited } from './versioned';

const { milestones, milestoneDependencies, services } = schema;

export type MilestoneRow = typeof milestones.$inferSelect;

/** The milestone `id` of the comune (NOT_FOUND otherwise). */
function findMilestone(tx: Tx, comune: ComuneRow, id: number): MilestoneRow {
  return (
    tx
      .select()
      .from(milestones)
      .where(and(eq(milestones.comuneId, comune.id), eq(milestones.id, id)))
      .get() ?? notFound(token('milestone.notFound', { comune: comune.name, milestone: String(id) }))
  );
}

/** A milestone as the editing screens get it back: every field, its dependencies, status and version. */
export function milestoneItem(tx: Tx, comune: ComuneRow, id: number, today: string) {
  const row = findMilestone(tx, comune, id);
  const all = tx
    .select({
      id: milestones.id,
      baselineDate: milestones.baselineDate,
      plannedDate: milestones.plannedDate,
      actualDate: milestones.actualDate,
      progress: milestones.progress,
    })
    .from(milestones)
    .where(eq(milestones.comuneId, comune.id))
    .all();
  const dependencies = loadDependencies(
    tx,
    all.map((m) => m.id),
  );
  const statuses = milestoneStatuses(
    all.map((m) => ({ ...m, dependsOn: dependencies.filter((d) => d.milestoneId === m.id).map((d) => d.dependsOnId) })),
    today,
  );
  const service = row.serviceId
    ? tx.select({ slug: services.slug, name: services.name }).from(services).where(eq(services.id, row.serviceId)).get()
    : undefined;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    service: service ?? null,
    baselineDate: row.baselineDate,
    plannedDate: row.plannedDate,
    actualDate: row.actualDate,
    owner: row.owner,
    progress: row.progress,
    visibility: row.visibility,
    internalNote: row.internalNote,
    dependsOn: dependencies.filter((d) => d.milestoneId === row.id).map((d) => d.dependsOnId),
    status: statuses.get(row.id) ?? 'not_started',
    slippageDays: slippageDays(row, today),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export type MilestoneItem = ReturnType<typeof milestoneItem>;

/** The service a milestone concerns, by slug (null: the comune as a whole). */
function resolveService(tx: Tx, comune: ComuneRow, slug: string | null): number | null {
  if (slug === null) return null;
  const service = tx
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.comuneId, comune.id), eq(services.slug, slug)))
    .get();
  return service?.id ?? refuseField('service', token('service.notFound', { comune: comune.name, service: slug }));
}

/** Checks that dependencies are milestones of the same comune, not itself, and close no cycle. */
function checkDependencies(tx: Tx, comune: ComuneRow, id: number | null, dependsOn: readonly number[]): void {
  if (dependsOn.length === 0) return;
  if (id !== null && dependsOn.includes(id)) refuseField('dependsOn', MESSAGES.selfDependency);
  const found = tx
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(eq(milestones.comuneId, comune.id), inArray(milestones.id, [...dependsOn])))
    .all();
  const unknown = dependsOn.filter((d) => !found.some((f) => f.id === d));
  if (unknown.length > 0) {
    refuseField('dependsOn', token('milestone.notFound', { comune: comune.name, milestone: unknown.join(', ') }));
  }
  if (id === null) return;
  const all = tx.select({ id: milestones.id }).from(milestones).where(eq(milestones.comuneId, comune.id)).all();
  const edges = loadDependencies(
    tx,
    all.map((m) => m.id),
  );
  const list = all.map((m) => ({
    id: m.id,
    dependsOn: edges.filter((e) => e.milestoneId === m.id).map((e) => e.dependsOnId),
  }));
  if (createsDependencyCycle(list, id, dependsOn)) {
    refuseField('dependsOn', token('milestone.cycle'));
  }
}

export function writeDependencies(tx: Tx, id: number, dependsOn: readonly number[]): void {
  tx.delete(milestoneDependencies).where(eq(milestoneDependencies.milestoneId, id)).run();
  if (dependsOn.length > 0) {
    tx.insert(milestoneDependencies)
      .values(dependsOn.map((dependsOnId) => ({ milestoneId: id, dependsOnId })))
      .run();
  }
}

function currentDependencies(tx: Tx, id: number): number[] {
  return loadDependencies(tx, [id])
    .map((d) => d.dependsOnId)
    .sort((a, b) => a - b);
}

/** Writes fields of a milestone on the version it was read with, bumping it (CONFLICT if it moved). */
export function bumpMilestone(tx: Tx, row: MilestoneRow, fields: Partial<typeof milestones.$inferInsert>): void {
  bumpVersion(tx, milestones, row, fields);
}

/**
 * An edit of one milestone of the comune, in one transaction: its row is found and checked against
 * the version the form was read with (CONFLICT, who changed it and when) before `change` runs (a
 * `change` that returns early writes nothing); answers the milestone as the editing screens get it.
 */
export function editMilestone(
  db: Db,
  params: EditParams & { input: { id: number; version: number } },
  change: (tx: Tx, row: MilestoneRow) => void,
): MilestoneItem {
  const { comune, input } = params;
  return editVersioned(db, {
    table: milestones,
    version: input.version,
    find: (tx) => findMilestone(tx, comune, input.id),
    change: (tx, row) => {
      change(tx, row);
      return milestoneItem(tx, comune, row.id, params.today);
    },
  });
}

/** A new milestone; its baseline is the first agreed date and never changes afterwards. */
export function createMilestone(db: Db, params: EditOf<typeof createMilestoneInput>): MilestoneItem {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    const serviceId = resolveService(tx, comune, input.service);
    checkDependencies(tx, comune, null, input.dependsOn);
    const row = insertAudited(tx, milestones, {
      author: params.author,
      values: {
        comuneId: comune.id,
        serviceId,
        title: input.title,
        description: input.description,
        kind: input.kind,
        baselineDate: input.baselineDate ?? input.plannedDate,
        plannedDate: input.plannedDate,
        owner: input.owner,
        progress: input.progress,
        visibility: input.visibility,
        internalNote: input.internalNote,
      },
      after: (r) => ({ ...snapshot(r), dependsOn: input.dependsOn }),
    });
    writeDependencies(tx, row.id, input.dependsOn);
    return milestoneItem(tx, comune, row.id, params.today);
  });
}

/** The fields of a milestone a form or a file changes directly (dates move through re-plan and complete). */
export const MILESTONE_FIELDS = [
  'title',
  'description',
  'kind',
  'owner',
  'progress',
  'visibility',
  'internalNote',
  'serviceId',
] as const;

/** Changes a milestone's fields and dependencies (not its dates: re-plan and complete do that). */
export function updateMilestone(db: Db, params: EditOf<typeof updateMilestoneInput>): MilestoneItem {
  const { comune, input } = params;
  return editMilestone(db, params, (tx, row) => {
    const serviceId = input.service === undefined ? undefined : resolveService(tx, comune, input.service);
    const { before, after } = changedFields(row, { ...input, serviceId }, MILESTONE_FIELDS);
    const dependsBefore = currentDependencies(tx, row.id);
    const dependsAfter = input.dependsOn ? [...input.dependsOn].sort((a, b) => a - b) : dependsBefore;
    const dependenciesChange = JSON.stringify(dependsAfter) !== JSON.stringify(dependsBefore);
    if (Object.keys(after).length === 0 && !dependenciesChange) return;
    if (dependenciesChange) {
      checkDependencies(tx, comune, row.id, dependsAfter);
      writeDependencies(tx, row.id, dependsAfter);
    }
    updateAudited(tx, milestones, row, {
      author: params.author,
      comuneId: comune.id,
      fields: after,
      before: { ...before, ...(dependenciesChange ? { dependsOn: dependsBefore } : {}) },
      after: { ...after, ...(dependenciesChange ? { dependsOn: dependsAfter } : {}) },
    });
  });
}

/** Marks a milestone reached on a date (not in the future); progress becomes 100%. */
export function completeMilestone(db: Db, params: EditOf<typeof completeMilestoneInput>): MilestoneItem {
  const { comune, input } = params;
  return editMilestone(db, params, (tx, row) => {
    if (row.actualDate === input.actualDate && row.progress === 100) return;
    const reached = { actualDate: input.actualDate, progress: 100 };
    updateAudited(tx, milestones, row, {
      author: params.author,
      comuneId: comune.id,
      action: 'complete',
      fields: reached,
      before: { actualDate: row.actualDate, progress: row.progress },
      after: reached,
    });
  });
}

import type { Stage, YearMonth } from '@switchoff/domain';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { FIGURE_COLUMNS } from '../rows/figures';
import {
  auditLog,
  catalogueServices,
  comuni,
  consortia,
  milestoneDependencies,
  milestoneReplans,
  milestones,
  monthlyFigures,
  openDatasets,
  platformAdoptions,
  pnrrMeasures,
  services,
  stageEvents,
} from '../schema';
import type { Tx } from '../transaction';
import { CATALOGUE, catalogueEntry } from './catalogue';
import { CONSORTIUM, comuneFacts, RECORDED_BY } from './comuni';
import { earliest, monthAt, monthIndex, stamp } from './dates';
import { generateFigures } from './figures';
import { prepareInsert } from './insert';
import type { ComunePlan, ServicePlan } from './plan';
import { createRng } from './prng';

/** The tables the seed writes, each counted after seeding (SeedSummary). */
export const SEED_TABLES = {
  consortia,
  comuni,
  catalogueServices,
  services,
  stageEvents,
  monthlyFigures,
  milestones,
  milestoneDependencies,
  milestoneReplans,
  platformAdoptions,
  pnrrMeasures,
  openDatasets,
  auditLog,
} satisfies Record<string, SQLiteTable>;

const FIGURE_FIELDS = ['serviceId', 'month', ...FIGURE_COLUMNS, 'updatedAt'] as const;
const STAGE_EVENT_FIELDS = ['serviceId', 'stage', 'effectiveDate', 'reason', 'recordedBy', 'recordedAt'] as const;

/** Prepared inserts for the many small rows; they run on the connection of the open transaction. */
export function prepareRowWriters(db: Db) {
  return {
    figure: prepareInsert(db.$client, monthlyFigures, FIGURE_FIELDS),
    stageEvent: prepareInsert(db.$client, stageEvents, STAGE_EVENT_FIELDS),
  };
}

export type RowWriters = ReturnType<typeof prepareRowWriters>;

/** Inserts the catalogue; returns the id of each slug. */
export function writeCatalogue(tx: Tx, today: string): Map<string, number> {
  const rows = tx
    .insert(catalogueServices)
    .values(
      CATALOGUE.map((e) => ({
        slug: e.slug,
        name: e.name,
        category: e.category,
        description: e.description,
        takesPayment: e.takesPayment,
        needsIdentity: e.needsIdentity,
        updatedAt: stamp(today, 8),
      })),
    )
    .returning({ id: catalogueServices.id, slug: catalogueServices.slug })
    .all();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export function writeConsortium(tx: Tx, today: string): number {
  return tx
    .insert(consortia)
    .values({ ...CONSORTIUM, demo: true, createdAt: stamp(today, 8) })
    .returning({ id: consortia.id })
    .get().id;
}

function currentStage(service: ServicePlan): Stage {
  return service.stages[service.stages.length - 1]?.stage ?? 'paper';
}

function interactivityLevel(service: ServicePlan, takesPayment: boolean): number {
  if (service.interactivityLevel !== null) return service.interactivityLevel;
  if (currentStage(service) === 'paper') return 1;
  return takesPayment ? 4 : 3;
}

function hasAssistedDesk(istatCode: string, service: ServicePlan): boolean {
  const stage = currentStage(service);
  if (stage === 'digital_first' || stage === 'switched_off') return true;
  // Some hybrid services already have a desk, others not yet: readiness shows the gap.
  return stage === 'hybrid' && createRng(`desk:${istatCode}:${service.slug}`).chance(0.5);
}

type WriteComune = {
  plan: ComunePlan;
  writers: RowWriters;
  consortiumId: number;
  catalogueIds: ReadonlyMap<string, number>;
  until: YearMonth;
  today: string;
};

/** Inserts one comune with its services, stage events, figures, roadmap, platforms and datasets. */
export function writeComune(tx: Tx, w: WriteComune): void {
  const { plan, today } = w;
  const facts = comuneFacts(plan.istatCode);
  const seededAt = stamp(today, 8);
  const comuneId = tx
    .insert(comuni)
    .values({
      ...facts,
      consortiumId: w.consortiumId,
      takeUpTarget: plan.takeUpTarget,
      assistedDesk: plan.assistedDesk,
      figuresIllustrative: true,
      internalNote: plan.internalNote,
      createdAt: seededAt,
      updatedAt: seededAt,
    })
    .returning({ id: comuni.id })
    .get().id;

  const pagopa = plan.platforms.find((p) => p.platform === 'pagopa' && p.state === 'active');
  const pagopaFrom = pagopa?.activationDate?.slice(0, 7) ?? null;
  const serviceIds = new Map<string, number>();
  for (const service of plan.services) {
    const entry = catalogueEntry(service.slug);
    const first = service.stages[0]?.date ?? today;
    const last = service.stages[service.stages.length - 1]?.date ?? today;
    const serviceId = tx
      .insert(services)
      .values({
        comuneId,
        catalogueId: w.catalogueIds.get(entry.slug) ?? null,
        slug: entry.slug,
        name: entry.name,
        category: entry.category,
        description: entry.description,
        office: service.office ?? entry.office,
        interactivityLevel: interactivityLevel(service, entry.takesPayment),
        takesPayment: entry.takesPayment,
        needsIdentity: entry.needsIdentity,
        hasAssistedDesk: hasAssistedDesk(plan.istatCode, service),
        visibility: service.visibility,
        internalNote: service.internalNote,
        createdAt: stamp(first),
        updatedAt: stamp(last),
      })
      .returning({ id: services.id })
      .get().id;
    serviceIds.set(service.slug, serviceId);
    for (const stage of service.stages) {
      w.writers.stageEvent({
        serviceId,
        stage: stage.stage,
        effectiveDate: stage.date,
        reason: stage.reason,
        recordedBy: RECORDED_BY,
        recordedAt: stamp(stage.date, 10),
      });
    }
    const key = `${plan.istatCode}:${service.slug}`;
    const rows = generateFigures(service, { key, population: facts.population, entry, pagopaFrom, until: w.until });
    for (const row of rows) {
      // Figures of a month arrive on the first day of the next one.
      w.writers.figure({
        ...row,
        serviceId,
        updatedAt: stamp(earliest(`${monthAt(monthIndex(row.month) + 1)}-01`, today), 7),
      });
    }
  }

  writeRoadmap(tx, { plan, comuneId, serviceIds, today });

  if (plan.platforms.length > 0) {
    tx.insert(platformAdoptions)
      .values(plan.platforms.map((p) => ({ ...p, comuneId, updatedAt: stamp(p.activationDate ?? today, 8) })))
      .run();
  }
  if (plan.pnrr.length > 0) {
    tx.insert(pnrrMeasures)
      .values(plan.pnrr.map((p) => ({ ...p, comuneId, updatedAt: stamp(p.stateDate ?? today, 8) })))
      .run();
  }
  if (plan.datasets.length > 0) {
    tx.insert(openDatasets)
      .values(plan.datasets.map((d) => ({ ...d, comuneId })))
      .run();
  }
  tx.insert(auditLog)
    .values({
      at: seededAt,
      actor: RECORDED_BY,
      action: 'seed',
      entity: 'comuni',
      entityId: comuneId,
      comuneId,
      before: null,
      after: {
        istatCode: facts.istatCode,
        name: facts.name,
        services: plan.services.length,
        figuresIllustrative: true,
      },
    })
    .run();
}

function writeRoadmap(
  tx: Tx,
  p: { plan: ComunePlan; comuneId: number; serviceIds: ReadonlyMap<string, number>; today: string },
): void {
  const ids = new Map<string, number>();
  for (const m of p.plan.milestones) {
    const changes = [m.createdAt, ...m.replans.map((r) => r.changedAt), m.actualDate ?? m.createdAt].sort();
    const id = tx
      .insert(milestones)
      .values({
        comuneId: p.comuneId,
        serviceId: m.serviceSlug === null ? null : (p.serviceIds.get(m.serviceSlug) ?? null),
        title: m.title,
        description: m.description,
        kind: m.kind,
        baselineDate: m.baselineDate,
        plannedDate: m.plannedDate,
        actualDate: m.actualDate,
        owner: m.owner,
        progress: m.progress,
        visibility: m.visibility,
        internalNote: m.internalNote,
        version: 1 + m.replans.length,
        createdAt: stamp(m.createdAt),
        updatedAt: stamp(earliest(changes[changes.length - 1] ?? m.createdAt, p.today)),
      })
      .returning({ id: milestones.id })
      .get().id;
    ids.set(m.key, id);
    let previousDate = m.baselineDate;
    for (const replan of m.replans) {
      tx.insert(milestoneReplans)
        .values({
          milestoneId: id,
          previousDate,
          plannedDate: replan.plannedDate,
          reason: replan.reason,
          changedBy: RECORDED_BY,
          changedAt: stamp(replan.changedAt, 11),
        })
        .run();
      previousDate = replan.plannedDate;
    }
  }
  for (const m of p.plan.milestones) {
    const milestoneId = ids.get(m.key);
    for (const key of m.dependsOn) {
      const dependsOnId = ids.get(key);
      if (milestoneId === undefined || dependsOnId === undefined) {
        throw new Error(`Seed: milestone "${m.key}" depends on unknown "${key}" in ${p.plan.istatCode}`);
      }
      tx.insert(milestoneDependencies).values({ milestoneId, dependsOnId }).run();
    }
  }
}

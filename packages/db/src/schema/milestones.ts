import { MILESTONE_KINDS } from '@switchoff/domain';
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { childRow, internalVersionedColumns, requiredRef, stamp } from './columns';
import { services } from './services';
import { comuni } from './tenancy';

/**
 * A milestone of a comune's roadmap, for one service or for the comune as a whole.
 * The baseline date is the first agreed one and never changes; re-plans move the planned date
 * and are kept in milestone_replans.
 */
export const milestones = sqliteTable(
  'milestones',
  {
    ...childRow('comuneId', () => comuni.id),
    serviceId: integer('service_id').references(() => services.id),
    /**
     * Stable key within the comune, for spreadsheets (import matches rows by it). Null for
     * milestones made on screen, which files name `id-<id>` instead.
     */
    code: text('code'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: MILESTONE_KINDS }).notNull(),
    baselineDate: text('baseline_date').notNull(),
    plannedDate: text('planned_date').notNull(),
    actualDate: text('actual_date'),
    owner: text('owner').notNull().default(''),
    progress: integer('progress').notNull().default(0),
    ...internalVersionedColumns(),
  },
  (t) => [
    index('milestones_comune_idx').on(t.comuneId, t.plannedDate),
    index('milestones_service_idx').on(t.serviceId),
    uniqueIndex('milestones_comune_code_idx').on(t.comuneId, t.code),
    // The national summary's milestone counts (reads/milestone-counts.ts), each index holding every
    // column the count reads, so no milestone row is read:
    // late ones, the open ones by planned date and the few done on a date still to come;
    index('milestones_open_idx')
      .on(t.plannedDate, t.comuneId, t.visibility, t.serviceId, t.baselineDate, t.actualDate)
      .where(sql`${t.actualDate} IS NULL`),
    index('milestones_actual_idx').on(t.actualDate),
    // slipped, done late and days of slippage, only ever off their baseline;
    index('milestones_off_baseline_idx')
      .on(t.comuneId, t.visibility, t.serviceId, t.baselineDate, t.plannedDate, t.actualDate)
      .where(sql`${t.plannedDate} > ${t.baselineDate} OR ${t.actualDate} > ${t.baselineDate}`),
    // re-plans, found by their milestone's id.
    index('milestones_visibility_idx').on(t.id, t.comuneId, t.visibility, t.serviceId),
  ],
);

export const milestoneDependencies = sqliteTable(
  'milestone_dependencies',
  {
    milestoneId: requiredRef('milestone_id', () => milestones.id),
    dependsOnId: requiredRef('depends_on_id', () => milestones.id),
  },
  (t) => [
    primaryKey({ columns: [t.milestoneId, t.dependsOnId] }),
    index('milestone_dependencies_depends_on_idx').on(t.dependsOnId),
  ],
);

/**
 * Every re-plan of a milestone, with its reason: the plan's history is never rewritten. A
 * mistaken re-plan is annulled by a row of its own (`annuls_id`) that restores the plan it
 * replaced; each re-plan is annulled at most once.
 */
export const milestoneReplans = sqliteTable(
  'milestone_replans',
  {
    ...childRow('milestoneId', () => milestones.id),
    previousDate: text('previous_date').notNull(),
    plannedDate: text('planned_date').notNull(),
    reason: text('reason').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: stamp('changed_at'),
    annulsId: integer('annuls_id').references((): AnySQLiteColumn => milestoneReplans.id),
  },
  (t) => [
    index('milestone_replans_milestone_idx').on(t.milestoneId, t.changedAt),
    uniqueIndex('milestone_replans_annuls_idx').on(t.annulsId),
  ],
);

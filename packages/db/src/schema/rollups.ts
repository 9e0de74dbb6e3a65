import { STAGES, VISIBILITIES } from '@switchoff/domain';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * Roll-ups: sums and states derived from monthly_figures, services and stage_events, kept by
 * SQLite triggers (drizzle/0003_rollups_sqlite_3_40.sql, written by scripts/rollup-triggers.mjs)
 * in the same transaction as every write of those tables — the grid, imports, the seed, tests
 * that insert rows directly. They are never written by application code; `rebuildRollups`
 * (src/rollups.ts) recomputes them from the raw rows (the generator does, after a bulk load
 * without triggers). No foreign keys: they are derived.
 *
 * The sums keep what `sumFigures` (domain/measures.ts) needs to add rows up exactly: payments
 * and cost are nullable per row, so each has its sum over the rows that know it and how many
 * rows do (`*_n`); a sum is null when no row knows it (payments) or when any row does not (cost).
 */
const sums = {
  /** Rows (services with figures) added up: a month without any row has no roll-up row. */
  services: integer('services').notNull(),
  online: integer('online').notNull(),
  assisted: integer('assisted').notNull(),
  paper: integer('paper').notNull(),
  paymentsTotal: integer('payments_total').notNull(),
  paymentsTotalN: integer('payments_total_n').notNull(),
  paymentsPagopa: integer('payments_pagopa').notNull(),
  paymentsPagopaN: integer('payments_pagopa_n').notNull(),
  satisfaction1: integer('satisfaction_1').notNull(),
  satisfaction2: integer('satisfaction_2').notNull(),
  satisfaction3: integer('satisfaction_3').notNull(),
  satisfaction4: integer('satisfaction_4').notNull(),
  satisfaction5: integer('satisfaction_5').notNull(),
  costCents: integer('cost_cents').notNull(),
  costN: integer('cost_n').notNull(),
};

/** A month-totals row after its key: which services' figures (by visibility), the month, the sums. */
const monthTotalsColumns = () => ({
  visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
  month: text('month').notNull(),
  ...sums,
});

/** Monthly figures added up per comune, visibility of the service (public reads use 'public' only) and month. */
export const comuneMonthTotals = sqliteTable(
  'comune_month_totals',
  { comuneId: integer('comune_id').notNull(), ...monthTotalsColumns() },
  (t) => [primaryKey({ columns: [t.comuneId, t.visibility, t.month] })],
);

/** The same per region: the national summary reads 20 regions × 12 months instead of millions of rows. */
export const regionMonthTotals = sqliteTable(
  'region_month_totals',
  { region: text('region').notNull(), ...monthTotalsColumns() },
  (t) => [primaryKey({ columns: [t.region, t.visibility, t.month] })],
);

/**
 * Where each service stands: its latest stage event (by effective date, then id — which may be
 * dated in the future: a read for an earlier day looks the stage in force up among the events),
 * its last month with figures, and its latest months with transactions (what readiness needs).
 */
export const serviceStatus = sqliteTable(
  'service_status',
  {
    serviceId: integer('service_id').primaryKey(),
    comuneId: integer('comune_id').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    /** Stage of the latest event; null when the service has none. */
    stage: text('stage', { enum: STAGES }),
    /** Effective date of that event: the stage holds from then on (until a later event, if any). */
    stageSince: text('stage_since'),
    stageEventId: integer('stage_event_id'),
    /** The last month with figures (null: none). */
    lastMonth: text('last_month'),
    /**
     * JSON `[[month, online + assisted, online + assisted + paper], …]`, newest first: the last
     * three months with at least one transaction.
     */
    recent: text('recent').notNull().default('[]'),
    /**
     * JSON `[online, assisted, paper]` summed over the 12 months ending with `lastMonth` (zeros
     * without figures): a service's 12-month take-up when its last month is the last complete one.
     */
    last12: text('last12').notNull().default('[0,0,0]'),
  },
  (t) => [index('service_status_since_idx').on(t.stageSince)],
);

/** Services per stage of their latest event, per region and visibility (services without a stage are not counted). */
export const regionStageCounts = sqliteTable(
  'region_stage_counts',
  {
    region: text('region').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    stage: text('stage', { enum: STAGES }).notNull(),
    services: integer('services').notNull(),
  },
  (t) => [primaryKey({ columns: [t.region, t.visibility, t.stage] })],
);

/**
 * Present (one row) only inside a transaction that writes many monthly figures at once (an
 * import): the figures triggers then leave the roll-ups alone, and the writer brings them up to
 * date once per comune and month it touched before the transaction ends (`writeFiguresInBulk`).
 * Never committed: the row is removed in the same transaction.
 */
export const rollupPause = sqliteTable('rollup_pause', {
  id: integer('id').primaryKey(),
});

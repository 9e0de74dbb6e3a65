import { CATEGORY_CODES, STAGES } from '@switchoff/domain';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { childRow, internalVersionedColumns, rowId, stamp, versionedColumns } from './columns';
import { comuni, consortia } from './tenancy';

/**
 * Catalogue of typical municipal services, so one service compares across comuni. Every
 * consortium reads every entry; who changes one is who owns it: the consortium named by
 * `owner_consortium_id`, or, when it is null (a shared entry), the operator's admins.
 */
export const catalogueServices = sqliteTable('catalogue_services', {
  id: rowId(),
  ownerConsortiumId: integer('owner_consortium_id').references(() => consortia.id),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  category: text('category', { enum: CATEGORY_CODES }).notNull(),
  description: text('description').notNull().default(''),
  takesPayment: integer('takes_payment', { mode: 'boolean' }).notNull().default(false),
  needsIdentity: integer('needs_identity', { mode: 'boolean' }).notNull().default(false),
  ...versionedColumns(),
});

/** A service of one comune, usually an instance of a catalogue service. */
export const services = sqliteTable(
  'services',
  {
    ...childRow('comuneId', () => comuni.id),
    catalogueId: integer('catalogue_id').references(() => catalogueServices.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: CATEGORY_CODES }).notNull(),
    description: text('description').notNull().default(''),
    office: text('office').notNull().default(''),
    interactivityLevel: integer('interactivity_level').notNull().default(0),
    takesPayment: integer('takes_payment', { mode: 'boolean' }).notNull().default(false),
    needsIdentity: integer('needs_identity', { mode: 'boolean' }).notNull().default(false),
    hasAssistedDesk: integer('has_assisted_desk', { mode: 'boolean' }).notNull().default(false),
    ...internalVersionedColumns(),
  },
  (t) => [
    uniqueIndex('services_comune_slug_idx').on(t.comuneId, t.slug),
    index('services_catalogue_idx').on(t.catalogueId),
    // A service's visibility by its id without reading its row: the national summary's milestone
    // counts look up tens of thousands (milestone-counts.ts).
    index('services_visibility_idx').on(t.id, t.visibility),
  ],
);

/**
 * A dated change of a service's channel stage. The current stage is the latest event by
 * effective date (then by id); events are never updated or deleted.
 */
export const stageEvents = sqliteTable(
  'stage_events',
  {
    ...childRow('serviceId', () => services.id),
    stage: text('stage', { enum: STAGES }).notNull(),
    effectiveDate: text('effective_date').notNull(),
    reason: text('reason').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [index('stage_events_service_idx').on(t.serviceId, t.effectiveDate, t.id)],
);

import { ALL_PLATFORM_STATES, PLATFORMS, PNRR_MEASURES, PNRR_STATES } from '@switchoff/domain';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { childRow, versionedColumns } from './columns';
import { comuni } from './tenancy';

/** Adoption of a national platform (pagoPA, App IO, SPID, ANPR …) by a comune. */
export const platformAdoptions = sqliteTable(
  'platform_adoptions',
  {
    ...childRow('comuneId', () => comuni.id),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    state: text('state', { enum: ALL_PLATFORM_STATES }).notNull(),
    activationDate: text('activation_date'),
    note: text('note').notNull().default(''),
    ...versionedColumns(),
  },
  (t) => [uniqueIndex('platform_adoptions_comune_platform_idx').on(t.comuneId, t.platform)],
);

/** A PNRR measure the comune applied for, with its funding in euro cents. */
export const pnrrMeasures = sqliteTable(
  'pnrr_measures',
  {
    ...childRow('comuneId', () => comuni.id),
    measure: text('measure', { enum: PNRR_MEASURES }).notNull(),
    state: text('state', { enum: PNRR_STATES }).notNull(),
    amountCents: integer('amount_cents').notNull().default(0),
    stateDate: text('state_date'),
    ...versionedColumns(),
  },
  (t) => [uniqueIndex('pnrr_measures_comune_measure_idx').on(t.comuneId, t.measure)],
);

/** An open dataset the comune publishes on a portal. */
export const openDatasets = sqliteTable(
  'open_datasets',
  {
    ...childRow('comuneId', () => comuni.id),
    title: text('title').notNull(),
    portal: text('portal').notNull(),
    url: text('url').notNull(),
    license: text('license').notNull(),
    publishedDate: text('published_date').notNull(),
  },
  (t) => [uniqueIndex('open_datasets_comune_title_idx').on(t.comuneId, t.title)],
);

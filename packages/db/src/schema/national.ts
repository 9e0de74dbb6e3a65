import { PADIGITALE_STATES, PNRR_MEASURES } from '@switchoff/domain';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { childRow, rowId, stamp } from './columns';

/**
 * Every current comune of Italy (data/registry/comuni.csv), tracked by a consortium or not.
 * Loaded from the shipped file; `comuni` holds only the comuni a consortium tracks.
 */
export const registryComuni = sqliteTable(
  'registry_comuni',
  {
    istatCode: text('istat_code').primaryKey(),
    name: text('name').notNull(),
    /** The name as search compares it (searchKey). */
    searchKey: text('search_key').notNull(),
    provinceCode: text('province_code').notNull(),
    provinceIstat: text('province_istat').notNull(),
    provinceName: text('province_name').notNull(),
    regionCode: text('region_code').notNull(),
    regionName: text('region_name').notNull(),
    population: integer('population'),
    ipaCode: text('ipa_code'),
    formerIstat: text('former_istat'),
  },
  (t) => [
    index('registry_comuni_province_idx').on(t.provinceIstat),
    index('registry_comuni_former_idx').on(t.formerIstat),
  ],
);

/** One funded application of a comune (PA digitale 2026): per comune, measure, call and project. */
export const pnrrApplications = sqliteTable(
  'pnrr_applications',
  {
    id: rowId(),
    istatCode: text('istat_code')
      .notNull()
      .references(() => registryComuni.istatCode),
    measure: text('measure', { enum: PNRR_MEASURES }).notNull(),
    call: text('call').notNull(),
    /** The project within the call: its CUP, or the time window when the row has none. */
    projectKey: text('project_key').notNull(),
    cup: text('cup'),
    ipaCode: text('ipa_code').notNull(),
    state: text('state', { enum: PADIGITALE_STATES }).notNull(),
    stateDate: text('state_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Date of the open-data snapshot the row was last read from. */
    snapshotDate: text('snapshot_date').notNull(),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('pnrr_applications_key_idx').on(t.istatCode, t.measure, t.call, t.projectKey),
    index('pnrr_applications_measure_idx').on(t.measure, t.state),
  ],
);

/** Every state an application was seen in (A on the funding date, then E on payment …). */
export const pnrrApplicationStates = sqliteTable(
  'pnrr_application_states',
  {
    ...childRow('applicationId', () => pnrrApplications.id),
    state: text('state', { enum: PADIGITALE_STATES }).notNull(),
    stateDate: text('state_date').notNull(),
    snapshotDate: text('snapshot_date').notNull(),
    recordedAt: stamp('recorded_at'),
  },
  (t) => [index('pnrr_application_states_application_idx').on(t.applicationId)],
);

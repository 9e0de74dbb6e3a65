import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { lockVersion, requiredRef, rowId, stamp } from './columns';

/** An in-house IT consortium serving many comuni. */
export const consortia = sqliteTable('consortia', {
  id: rowId(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** IPA code of the consortium (iPA index), publisher of its open data. */
  ipaCode: text('ipa_code').notNull(),
  city: text('city').notNull(),
  website: text('website'),
  /** The contact point of its open data (DCAT-AP_IT dcat:contactPoint): an email, a telephone. */
  contactEmail: text('contact_email'),
  telephone: text('telephone'),
  description: text('description').notNull().default(''),
  /** True for the demo's consortium (illustrative data): never published as real open data. */
  demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
  version: lockVersion(),
  createdAt: stamp('created_at'),
});

/** A comune; the 6-digit ISTAT code is its public identifier. */
export const comuni = sqliteTable(
  'comuni',
  {
    id: rowId(),
    istatCode: text('istat_code').notNull().unique(),
    name: text('name').notNull(),
    /** Two-letter province abbreviation (sigla), e.g. CR. */
    provinceCode: text('province_code').notNull(),
    region: text('region').notNull(),
    population: integer('population').notNull(),
    consortiumId: requiredRef('consortium_id', () => consortia.id),
    /** IPA code of the comune (e.g. c_h357), rights holder of its open data. */
    ipaCode: text('ipa_code').notNull(),
    /** Digital take-up a service must hold before switch-off (0..1). */
    takeUpTarget: real('take_up_target').notNull().default(0.8),
    /** Where citizens without internet access get help (the assisted desk). */
    assistedDesk: text('assisted_desk'),
    /** True when the monthly figures are illustrative (the demo), so every screen says so. */
    figuresIllustrative: integer('figures_illustrative', { mode: 'boolean' }).notNull().default(false),
    internalNote: text('internal_note'),
    /** When it was archived: hidden from lists and public pages, its data kept (never deleted). */
    archivedAt: text('archived_at'),
    version: lockVersion(),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [index('comuni_consortium_idx').on(t.consortiumId, t.name)],
);

/** How the installation was started, decided once on its first start (a single row, id 1). */
export const installation = sqliteTable('installation', {
  id: integer('id').primaryKey(),
  /** `demo`: filled with the demo; `real`: a consortium's own, which never loads demo rows. */
  mode: text('mode', { enum: ['demo', 'real'] }).notNull(),
  decidedAt: stamp('decided_at'),
});
